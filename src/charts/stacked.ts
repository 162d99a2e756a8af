/**
 * 100% stacked bars: the parts of each series (e.g. ratings poor / fair / good) side by side in one bar.
 * Segments carry a hatch pattern as well as a colour, and a value label when wide enough; the legend pairs each
 * category with its colour and pattern, so colour is never the only cue. Values are drawn as printed: when the
 * report's parts do not add up to 100 (rounding, or parts not printed), the bar is simply shorter or longer.
 */
import { escapeXml, formatValue, frame, wrapLabel, FONT, LINE } from './svg.ts';
import { categoriesOf } from './grouped.ts';
import type { ChartData, RenderOptions } from './types.ts';

const BAR = 26;
const GAP = 14;
/** Pattern drawn over each category's colour, by category index. */
const HATCH = ['', 'M0,8 L8,0', 'M0,0 L8,8', 'M4,0 L4,8', 'M0,4 L8,4', 'M0,8 L8,0 M0,0 L8,8'];

export function patternDefs(id: string, bg: string): string {
  return HATCH.map((d, i) =>
    d ? `<pattern id="${id}-h${i}" width="8" height="8" patternUnits="userSpaceOnUse"><path class="hatch" d="${d}" stroke="${bg}" stroke-width="1.5" opacity="0.65"/></pattern>` : '',
  ).join('');
}

export function renderStackedChart(chart: ChartData, { width, theme }: RenderOptions): string {
  // A single stacked bar may be given as points.
  const series = chart.series ?? [{ name: 'All', points: chart.points ?? [] }];
  const f = frame(width);
  const categories = categoriesOf({ ...chart, series });
  const ids = { title: `${chart.id}-title`, desc: `${chart.id}-desc` };
  const total = Math.max(100, ...series.map((s) => s.points.reduce((a, p) => a + p.value, 0)));
  let y = 4;
  // Legend first: it explains the segments before they are read.
  // With a single bar, the legend also gives each value, since narrow segments have no room for a label.
  const single = series.length === 1 ? series[0]! : null;
  const legend = categories.map((c, ci) => {
    const row = y;
    const p = single?.points.find((q) => q.label === c);
    const text = p ? `${c}: ${formatValue(p.value, chart.unit)}` : c;
    y += LINE + 4;
    return `<rect class="s${ci % 6}" x="0" y="${row}" width="16" height="16" fill="${theme.series[ci % 6]}"/>${HATCH[ci % 6] ? `<rect x="0" y="${row}" width="16" height="16" fill="url(#${chart.id}-h${ci % 6})"/>` : ''}<text class="t" x="22" y="${row + 13}" fill="${theme.text}" font-size="${FONT}">${escapeXml(text)}</text>`;
  });
  y += 8;
  const bars = series.map((s) => {
    const lines = wrapLabel(s.name);
    const head = `<text class="t" x="0" y="${y + FONT}" fill="${theme.text}" font-size="${FONT}" font-weight="700">${lines.map((l, j) => `<tspan x="0" dy="${j === 0 ? 0 : LINE}">${escapeXml(l)}</tspan>`).join('')}</text>`;
    y += lines.length * LINE + 2;
    let start = 0;
    const segments = categories.map((c, ci) => {
      const p = s.points.find((q) => q.label === c);
      if (!p) return '';
      const from = start / total;
      const w = p.value / total;
      start += p.value;
      const value = formatValue(p.value, chart.unit);
      const label = w >= 0.12 ? `<text class="seg-label" x="${f.x(from + w / 2)}" y="${y + BAR / 2 + 5}" text-anchor="middle" fill="${theme.bg}" font-size="${FONT}" font-weight="700">${escapeXml(value)}</text>` : '';
      return `<g class="mark" data-label="${escapeXml(`${s.name} — ${c}`)}" data-value="${escapeXml(value)}"><rect class="s${ci % 6}" x="${f.x(from)}" y="${y}" width="${f.x(w)}" height="${BAR}" fill="${theme.series[ci % 6]}" stroke="${theme.bg}" stroke-width="1"><title>${escapeXml(`${s.name}, ${c}: ${value}`)}</title></rect>${HATCH[ci % 6] ? `<rect x="${f.x(from)}" y="${y}" width="${f.x(w)}" height="${BAR}" fill="url(#${chart.id}-h${ci % 6})" pointer-events="none"/>` : ''}${label}</g>`;
    });
    y += BAR + GAP;
    return `${head}\n${segments.join('')}`;
  });
  return `${f.open(y, ids)}<title id="${ids.title}">${escapeXml(chart.title)}</title><desc id="${ids.desc}">${escapeXml(chart.description)}</desc>
<defs>${patternDefs(chart.id, theme.bg)}</defs>
${legend.join('\n')}
${bars.join('\n')}</svg>`;
}
