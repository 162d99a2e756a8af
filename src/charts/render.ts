/**
 * One entry point for every chart kind: (chart, options) => SVG string. It renders every chart at build time
 * (pages, embeds, SVG/PNG downloads), so the chart exists without JavaScript; the browser island only adds
 * tooltips and keyboard movement to that SVG and never redraws it.
 */
import { renderBarChart } from './bar.ts';
import { renderDotChart } from './dot.ts';
import { renderGroupedChart } from './grouped.ts';
import { renderStackedChart } from './stacked.ts';
import type { ChartData, RenderOptions } from './types.ts';

const renderers = { bar: renderBarChart, grouped: renderGroupedChart, stacked: renderStackedChart, dot: renderDotChart } as const;

export function renderChart(chart: ChartData, options: RenderOptions): string {
  // A bar chart given several series is drawn grouped; a grouped chart with one series as bars.
  const kind = chart.kind === 'bar' && chart.series ? 'grouped' : chart.kind === 'grouped' && !chart.series ? 'bar' : chart.kind;
  return renderers[kind](chart, options);
}
