/**
 * The line under a chart: source, section, base and whose numbers they are. One wording for pages, embeds and
 * downloads; pages link the report's title, so the line comes in three parts around it.
 */
import type { Chart, Source } from '../evidence/schema.ts';
import { scopeLabel, scopeOfChart } from '../evidence/scope.ts';

export interface SourceLineParts {
  before: string;
  /** The report's title (linked on pages). */
  title: string;
  after: string;
}

export function sourceLineParts(chart: Chart, source: Source): SourceLineParts {
  const scope = scopeLabel(scopeOfChart(chart), chart.n);
  return {
    before: 'Source: ',
    title: source.title,
    after: ` (${source.authors}, ${source.year}), ${chart.source.section}. Base: ${chart.base} (${scope}).`,
  };
}

export const sourceLineOf = (chart: Chart, source: Source) => {
  const p = sourceLineParts(chart, source);
  return `${p.before}${p.title}${p.after}`;
};
