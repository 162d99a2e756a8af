/** What every chart function takes and returns. The data type is the schema's own, narrowed to what drawing needs. */
import type { Theme } from '../design/tokens.ts';
import type { Chart } from '../evidence/schema.ts';

export type ChartData = Pick<Chart, 'id' | 'title' | 'description' | 'kind' | 'unit' | 'base' | 'points' | 'series'>;
export type ChartUnit = Chart['unit'];
export type ChartPoint = NonNullable<Chart['points']>[number];
export type ChartSeries = NonNullable<Chart['series']>[number];

export interface RenderOptions {
  /** Omit for a fluid chart (in pages and embeds); give a number for a fixed-size standalone SVG. */
  width?: number;
  /** Colours to write inline (standalone files). In pages, CSS classes take colours from the tokens instead. */
  theme: Theme;
  /**
   * In pages: the id of the element that names the chart for assistive technology (its long description), so the
   * SVG carries no <title>/<desc> of its own and the title is read once, as the page's heading. Without it
   * (standalone files, which stand alone), the SVG is named by its own <title> and <desc>.
   */
  labelledby?: string;
}

/** A rendered chart: the SVG markup and its height in px (the height does not depend on the width). */
export interface Rendered {
  svg: string;
  height: number;
}
