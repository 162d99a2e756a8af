/**
 * Dot plot: one value per row (e.g. a measure across countries), or several series per row told apart by shape as
 * well as colour. Each dot is labelled with its value (left of the dot in the right half of the plot, so the label
 * stays inside); a legend names the series when there are several. A light value axis runs along the top.
 */
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, symbolCross, symbolStar } from 'd3-shape';
import {
  labelRoom,
  labelAttrs,
  axisMax,
  categoriesOf,
  escapeXml,
  finish,
  formatValue,
  markAttrs,
  chartHead,
  seriesClass,
  textBlock,
  wrap,
  xAt,
  FONT,
  LINE,
  SERIES_COUNT,
  SMALL,
} from './svg.ts';
import type { ChartData, RenderOptions, Rendered } from './types.ts';

const ROW = 26;
const GAP = 8;
const SHAPES = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolCross, symbolStar];
const shapePath = (i: number) => symbol(SHAPES[i % SHAPES.length]!, 110)() ?? '';
/** Dots sit inside the plot by this fraction at either end, so a dot at 0 or at the top is whole. */
const INSET = 0.03;

export function renderDotChart(chart: ChartData, options: RenderOptions): Rendered {
  const { width, theme } = options;
  const series = chart.series ?? [{ name: chart.title, points: chart.points ?? [] }];
  const x = xAt(width);
  const room = labelRoom(options);
  const rows = chart.series ? categoriesOf(chart) : (chart.points ?? []).map((p) => p.label);
  const domainMax = axisMax(
    series.flatMap((s) => s.points.map((p) => p.value)),
    chart.unit,
  );
  const at = (v: number) => INSET + (1 - 2 * INSET) * (v / domainMax);
  const px = (f: number) => x(at(f * domainMax));
  let y = 0;
  const legend =
    series.length > 1
      ? series.map((s, si) => {
          const lines = wrap(s.name, { width: room - 30 });
          const row = y;
          y += lines.length * LINE + 4;
          return `<path class="${seriesClass(si)}" transform="translate(8,${row + 8})" d="${shapePath(si)}" fill="${theme.series[si % SERIES_COUNT]}"/>${textBlock(lines, 22, row + FONT - 1, `class="t" fill="${theme.text}"`)}`;
        })
      : [];
  if (legend.length) y += 6;
  const head = chartHead(chart, domainMax, px, theme, room, y);
  const { axis, axisTop } = head;
  y = head.y;
  const body = rows.map((label) => {
    const lines = wrap(label, { width: room });
    const head = textBlock(lines, 0, y + FONT, labelAttrs(theme));
    y += lines.length * LINE;
    const mid = y + ROW / 2;
    const dots = series.flatMap((s, si) => {
      const p = s.points.find((q) => q.label === label);
      if (!p) return [];
      const value = formatValue(p.value, chart.unit);
      const name = series.length > 1 ? `${label} — ${s.name}` : label;
      const f = at(p.value);
      const left = f > 0.6;
      const dy = series.length > 1 ? (si % 2 ? 9 : -5) : 0;
      return [
        `<g ${markAttrs(name, value)}><svg x="${x(f)}" y="${mid}" overflow="visible"><path class="${seriesClass(si)}" d="${shapePath(si)}" fill="${theme.series[si % SERIES_COUNT]}"><title>${escapeXml(`${name}: ${value}`)}</title></path></svg><text class="t v" x="${x(f)}" dx="${left ? -10 : 10}" y="${mid + 5 + dy}" text-anchor="${left ? 'end' : 'start'}" fill="${theme.text}" font-size="${SMALL + 0.5}" font-weight="700">${escapeXml(value)}</text></g>`,
      ];
    });
    const track = `<line class="grid" x1="${x(0)}" x2="${x(1)}" y1="${mid}" y2="${mid}" stroke="${theme.grid}" stroke-width="1"/>`;
    y += ROW + GAP;
    return `${head}\n${track}${dots.join('')}`;
  });
  return finish(
    chart,
    options,
    y - GAP + 2,
    `${legend.join('\n')}\n${head.caption}\n${axis.draw(axisTop, y - GAP)}\n${body.join('\n')}`,
  );
}
