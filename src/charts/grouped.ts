/**
 * Grouped bars: the same categories across several series (countries, groups). Each category label is followed by
 * one bar per series; each bar is labelled directly with its series name (above it) and its value, and carries its
 * series' colour and hatch pattern, so colour is never the only cue. A light value axis runs along the top.
 */
import {
  labelRoom,
  labelAttrs,
  axisMax,
  barValue,
  categoriesOf,
  escapeXml,
  finish,
  formatValue,
  markAttrs,
  chartHead,
  patternDefs,
  seriesRect,
  textBlock,
  wrap,
  xAt,
  FONT,
  LINE,
  SMALL,
} from './svg.ts';
import type { ChartData, RenderOptions, Rendered } from './types.ts';

const BAR = 18;
const GAP = 14;

export function renderGroupedChart(chart: ChartData, options: RenderOptions): Rendered {
  const { width, theme } = options;
  const series = chart.series ?? [];
  const x = xAt(width);
  const room = labelRoom(options);
  const domainMax = axisMax(
    series.flatMap((s) => s.points.map((p) => p.value)),
    chart.unit,
  );
  const head = chartHead(chart, domainMax, x, theme, room);
  const { axis, axisTop } = head;
  let y = head.y;
  const groups = categoriesOf(chart).map((category) => {
    const lines = wrap(category, { bold: true, width: room });
    const head = textBlock(lines, 0, y + FONT, labelAttrs(theme, { bold: true }));
    y += lines.length * LINE + 2;
    const bars = series.flatMap((s, si) => {
      const p = s.points.find((q) => q.label === category);
      if (!p) return [];
      const value = formatValue(p.value, chart.unit);
      const nameLines = wrap(s.name, { size: SMALL, width: room });
      const name = textBlock(nameLines, 0, y + SMALL, labelAttrs(theme, { muted: true }));
      const barY = y + nameLines.length * LINE;
      y = barY + BAR + 6;
      const end = p.value / domainMax;
      return [
        `<g ${markAttrs(`${category} — ${s.name}`, value)}>${name}
${seriesRect(chart.id, si, x(0), barY, x(end), BAR, theme, ` data-series="${si}"`)}<title>${escapeXml(`${category}, ${s.name}: ${value}`)}</title>
${barValue(value, end, barY + BAR / 2 + FONT / 2 - 1, x, theme, si)}</g>`,
      ];
    });
    y += GAP;
    return `${head}\n${bars.join('\n')}`;
  });
  const body = `${patternDefs(chart.id, theme)}${head.caption}\n${axis.draw(axisTop, y - GAP)}\n${groups.join('\n')}`;
  return finish(chart, options, y - GAP + 4, body);
}
