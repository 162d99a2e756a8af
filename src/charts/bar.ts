/**
 * Horizontal bar chart: one series of categories. Each row is the category label (wrapped, above the bar so it
 * reads at any width), then the bar with its value written at its end. A light value axis runs along the top.
 * Ratios are drawn from the line at 1 (no difference), with the caution that they do not show cause.
 * Pure: data and size in, SVG and height out.
 */
import {
  labelRoom,
  labelAttrs,
  RATIO_CAUTION,
  axisMax,
  barValue,
  escapeXml,
  finish,
  formatValue,
  markAttrs,
  chartHead,
  note,
  textBlock,
  wrap,
  xAt,
  FONT,
  LINE,
} from './svg.ts';
import type { ChartData, RenderOptions, Rendered } from './types.ts';

const BAR = 22;
const GAP = 12;

export function renderBarChart(chart: ChartData, options: RenderOptions): Rendered {
  const { width, theme } = options;
  const points = chart.points ?? [];
  const x = xAt(width);
  const room = labelRoom(options);
  const domainMax = axisMax(
    points.map((p) => p.value),
    chart.unit,
  );
  const at = (v: number) => Math.max(0, v) / domainMax;
  const origin = chart.unit === 'ratio' ? at(1) : 0;
  const head = chartHead(chart, domainMax, x, theme, room);
  const { axis, axisTop } = head;
  let y = head.y;
  const rows = points.map((p, i) => {
    const lines = wrap(p.label, { width: room });
    const label = textBlock(lines, 0, y + FONT, labelAttrs(theme));
    const barY = y + lines.length * LINE + 2;
    y = barY + BAR + GAP;
    const value = formatValue(p.value, chart.unit);
    const [from, to] = [Math.min(origin, at(p.value)), Math.max(origin, at(p.value))];
    return `<g ${markAttrs(p.label, value)} data-index="${i}">${label}
<rect class="s0" x="${x(from)}" y="${barY}" width="${x(to - from)}" height="${BAR}" fill="${theme.series[0]}"><title>${escapeXml(`${p.label}: ${value}`)}</title></rect>
${barValue(value, to, barY + BAR / 2 + FONT / 2 - 1, x, theme)}</g>`;
  });
  const bottom = y - GAP;
  const caution = chart.unit === 'ratio' ? note(RATIO_CAUTION, y, theme, room) : { svg: '', height: 0 };
  y += caution.height;
  const body = `${head.caption}\n${axis.draw(axisTop, bottom)}\n${rows.join('\n')}\n${caution.svg}`;
  return finish(chart, options, y, body);
}
