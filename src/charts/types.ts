/** What every chart function takes: the chart data and how to draw it. */
import type { Theme } from '../design/tokens.ts';

export interface ChartPoint { label: string; value: number }
export interface ChartSeries { name: string; points: ChartPoint[] }
export interface ChartData {
  id: string;
  title: string;
  description: string;
  unit: string;
  kind: 'bar' | 'stacked' | 'grouped' | 'dot';
  points?: ChartPoint[] | undefined;
  series?: ChartSeries[] | undefined;
}
export interface RenderOptions {
  /** Omit for a fluid chart (in pages and embeds); give a number for a fixed-size standalone SVG. */
  width?: number;
  /** Colours to write inline (standalone files). In pages, CSS classes take colours from the tokens instead. */
  theme: Theme;
}
