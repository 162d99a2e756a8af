/**
 * 100% stacked bars: the parts of each series (e.g. ratings poor / fair / good) side by side in one bar.
 * Segments carry a hatch pattern as well as a colour, and their value when wide enough; the legend above pairs each
 * category with its colour and pattern, so colour is never the only cue. Values are drawn as printed: when the
 * report's parts do not add up to 100 (rounding, or parts not printed), the bar is simply shorter or longer.
 */
import {
  labelRoom,
  categoriesOf,
  escapeXml,
  finish,
  formatValue,
  markAttrs,
  patternDefs,
  seriesRect,
  textBlock,
  textWidth,
  wrap,
  xAt,
  FONT,
  LINE,
  MIN_WIDTH,
  SERIES_COUNT,
} from './svg.ts';
import type { ChartData, RenderOptions, Rendered } from './types.ts';

const BAR = 28;
const GAP = 14;
const SWATCH = 16;

export function renderStackedChart(chart: ChartData, options: RenderOptions): Rendered {
  const { width, theme } = options;
  // A single stacked bar may be given as points.
  const series = chart.series ?? [{ name: 'All', points: chart.points ?? [] }];
  const x = xAt(width);
  const room = labelRoom(options);
  const categories = categoriesOf({ series });
  const total = Math.max(100, ...series.map((s) => s.points.reduce((a, p) => a + p.value, 0)));
  let y = 0;
  // Legend first: it explains the segments before they are read.
  // With a single bar, the legend also gives each value, since narrow segments have no room for a label.
  const single = series.length === 1 ? series[0]! : null;
  const legend = categories.map((c, ci) => {
    const p = single?.points.find((q) => q.label === c);
    const lines = wrap(p ? `${c}: ${formatValue(p.value, chart.unit)}` : c, { width: room - SWATCH - 6 });
    const row = y;
    y += lines.length * LINE + 4;
    return `${seriesRect(chart.id, ci, '0', row + 1, String(SWATCH), SWATCH, theme)}${textBlock(lines, SWATCH + 6, row + FONT, `class="t" fill="${theme.text}"`)}`;
  });
  y += 8;
  const bars = series.map((s) => {
    const lines = wrap(s.name, { bold: true, width: room });
    const head = single ? '' : textBlock(lines, 0, y + FONT, `class="t" fill="${theme.text}" font-weight="700"`);
    if (!single) y += lines.length * LINE + 2;
    let start = 0;
    const segments = categories.map((c, ci) => {
      const p = s.points.find((q) => q.label === c);
      if (!p) return '';
      const from = start / total;
      const w = p.value / total;
      start += p.value;
      const value = formatValue(p.value, chart.unit);
      // Label a segment only where it fits at the narrowest width.
      const fits = w * (width ?? MIN_WIDTH) >= textWidth(value, { size: FONT, bold: true }) + 8;
      const label = fits
        ? `<text class="v-in o${ci % SERIES_COUNT}" x="${x(from + w / 2)}" y="${y + BAR / 2 + FONT / 2 - 1}" text-anchor="middle" fill="${theme.bg}" stroke="${theme.series[ci % SERIES_COUNT]}" stroke-width="3" paint-order="stroke" font-weight="700">${escapeXml(value)}</text>`
        : '';
      return `<g ${markAttrs(`${s.name} — ${c}`, value)}>${seriesRect(chart.id, ci, x(from), y, x(w), BAR, theme, ` stroke="${theme.bg}" stroke-width="1"`)}<title>${escapeXml(`${s.name}, ${c}: ${value}`)}</title>${label}</g>`;
    });
    y += BAR + GAP;
    return `${head}\n${segments.join('')}`;
  });
  return finish(
    chart,
    options,
    y - GAP + 2,
    `${patternDefs(chart.id, theme)}\n${legend.join('\n')}\n${bars.join('\n')}`,
  );
}
