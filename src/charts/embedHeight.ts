/**
 * How tall a chart's embed page (/embed/<id>/) is at the widths in EMBED_WIDTHS, worked out on the server for the
 * snippet that must size its iframe without a script. The SVG's height is exact (it does not depend on the width);
 * the text around it is estimated with the wide font metrics of text.ts and rounded up, so the frame errs on the
 * tall side. The layout numbers mirror the embed styles in src/layouts/EmbedLayout.astro; tests/e2e/charts.spec.ts
 * checks every chart's real height against these at each width.
 */
import { renderChart } from './render.ts';
import { wrapText } from './text.ts';
import { light } from '../design/tokens.ts';
import { EMBED_WIDTHS, embedHeightsFrom, type EmbedHeights } from '../evidence/embedCode.ts';
import { sourceLineOf } from './sourceLine.ts';
import { site } from '../site.ts';
import type { Chart, Source } from '../evidence/schema.ts';
import type { ChartData } from './types.ts';

/** Side padding of the embed's main area, and of its content-note bar (px). */
const SIDE = 16;
/** The embed's content-note bar (src/layouts/EmbedLayout.astro). */
const NOTE = `${site.embedNote} ${site.embedHelpLabel}`;
const lines = (text: string, width: number, size: number, bold = false) =>
  wrapText(text, width, { size, bold, spacing: false }).length;

export interface EmbedText {
  title: string;
  description: string;
  /** The source line with the notes, as the embed prints it. */
  source: string;
}

export function embedHeight(chart: ChartData, text: EmbedText, width: number): number {
  const inner = width - 2 * SIDE;
  const svg = renderChart(chart, { theme: light }).height;
  const bar = 8 + 22 * lines(NOTE, inner, 14);
  const title = 26 * lines(text.title, inner, 20, true) + 5;
  const description = 25 * lines(text.description, Math.min(inner, 640), 16) + 8;
  const source = 22 * lines(text.source, Math.min(inner, 560), 14) + 16;
  const table = 25 + 16;
  const back =
    22 * lines('View this chart, its data and sources on Survivors’ Voices Evidence Hub', Math.min(inner, 560), 14) +
    16;
  const padding = 16 + 16;
  const total = bar + title + description + svg + 16 + source + table + back + padding;
  // Round up to the next 10 px, plus 5%: the frame may show a little space under the chart, never cut it.
  return Math.ceil((total * 1.05) / 10) * 10;
}

export const embedHeights = (chart: ChartData, text: EmbedText): EmbedHeights =>
  embedHeightsFrom(EMBED_WIDTHS.map((w) => embedHeight(chart, text, w)));

/** The heights for a chart's embed, from the text the embed prints (title, description, source line and notes). */
export const embedHeightsOf = (chart: Chart, source: Source): EmbedHeights =>
  embedHeights(chart, {
    title: chart.title,
    description: chart.description,
    source: `${sourceLineOf(chart, source)}${chart.notes ? ` Notes: ${chart.notes}` : ''}`,
  });
