/** The line under a chart: source, section and base — the same wording on pages, downloads and embeds. */
import type { Chart, Source } from '../evidence/schema.ts';

export const sourceLineOf = (chart: Chart, source: Source) =>
  `Source: ${source.title} (${source.authors}, ${source.year}), ${chart.source.section}. Base: ${chart.base}${chart.n ? `, n = ${chart.n.toLocaleString('en-US')}` : ''}.`;
