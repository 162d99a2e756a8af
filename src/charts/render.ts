/**
 * One entry point for every chart kind: (chart, options) => { svg, height }. It runs at build time only: pages,
 * embeds and the SVG/PNG downloads all carry the server-rendered SVG, so the chart exists without JavaScript.
 * The browser island (src/client/chart-island.ts) never redraws it; it only adds focus and tooltips.
 */
import { renderBarChart } from './bar.ts';
import { renderDotChart } from './dot.ts';
import { renderGroupedChart } from './grouped.ts';
import { renderStackedChart } from './stacked.ts';
import type { ChartData, RenderOptions, Rendered } from './types.ts';

const renderers = {
  bar: renderBarChart,
  grouped: renderGroupedChart,
  stacked: renderStackedChart,
  dot: renderDotChart,
} as const;

/**
 * The kind a chart is drawn as: a bar chart given several series is drawn grouped; a grouped chart with one series as
 * bars.
 */
export const drawnKind = (chart: Pick<ChartData, 'kind' | 'series'>) =>
  chart.kind === 'bar' && chart.series ? 'grouped' : chart.kind === 'grouped' && !chart.series ? 'bar' : chart.kind;

export function renderChart(chart: ChartData, options: RenderOptions): Rendered {
  return renderers[drawnKind(chart)](chart, options);
}
