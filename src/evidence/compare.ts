/**
 * The six-country comparison table: one row per chart whose points are countries, one column per country.
 * A country the report gives no value for in its text gets null (shown as "not printed"), never a guess.
 */
import type { Chart } from './schema.ts';
import { countryIds, countryNames, type CountryId } from './vocabulary.ts';

export interface ComparisonRow {
  chart: Chart;
  values: Record<CountryId, number | null>;
}

const byName = new Map(countryIds.map((id) => [countryNames[id].toLowerCase(), id] as const));

export function comparisonRows(charts: Chart[]): ComparisonRow[] {
  return charts.flatMap((chart) => {
    const points = chart.points ?? [];
    const matched = points.filter((p) => byName.has(p.label.toLowerCase()));
    if (matched.length < 2) return [];
    const values = Object.fromEntries(countryIds.map((id) => [id, null])) as Record<CountryId, number | null>;
    for (const p of matched) values[byName.get(p.label.toLowerCase())!] = p.value;
    return [{ chart, values }];
  });
}
