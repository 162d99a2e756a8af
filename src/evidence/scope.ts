/**
 * Whose numbers these are: one country's, several countries' pooled, or several countries side by side.
 * Every page that shows a finding or a chart next to a country says this beside the number (scopeLabel), so a
 * six-country result is never read as one country's. One home for the rule; pages, exports and search use it.
 *
 * Today the scope is derived from the fields records already carry (a finding's `country`, a chart's
 * `countries` and point labels). When records carry an explicit `scope`, read it here and nowhere else.
 */
import type { Chart, Finding, Source } from './schema.ts';
import { countryIds, countryNames, type CountryId } from './vocabulary.ts';

export type ScopeKind = 'country' | 'pooled' | 'by-country';

export interface Scope {
  kind: ScopeKind;
  /** The countries the number rests on (one for 'country'). */
  countries: CountryId[];
}

const isCountryName = (label: string) => Object.values(countryNames).includes(label);
const ordered = (ids: readonly string[]) => countryIds.filter((c) => ids.includes(c));

/** A finding's scope: its own country, or (country "multi") the countries its report covers, pooled. */
export function scopeOfFinding(f: Pick<Finding, 'country'>, source: Pick<Source, 'countries'>): Scope {
  if (f.country !== 'multi') return { kind: 'country', countries: [f.country] };
  return { kind: 'pooled', countries: ordered(source.countries) };
}

/** A chart's scope: one country; several side by side (every point or series is a country); or several pooled. */
export function scopeOfChart(c: Pick<Chart, 'countries' | 'points' | 'series'>): Scope {
  const countries = ordered(c.countries);
  if (countries.length === 1) return { kind: 'country', countries };
  const labels = c.points ? c.points.map((p) => p.label) : (c.series ?? []).map((s) => s.name);
  return { kind: labels.length > 0 && labels.every(isCountryName) ? 'by-country' : 'pooled', countries };
}

const names = (ids: CountryId[]) => ids.map((c) => countryNames[c]);
const list = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/** "Mexico only", "All six countries, pooled", "Albania and Moldova, pooled", "Moldova and Albania compared". */
export function scopeLabel(scope: Scope, n?: number | null): string {
  const all = scope.countries.length === countryIds.length;
  const who = all ? 'All six countries' : list(names(scope.countries));
  const what = scope.kind === 'country' ? `${who} only` : scope.kind === 'pooled' ? `${who}, pooled` : `${who} compared`;
  return n ? `${what}, n = ${n.toLocaleString('en-US')}` : what;
}

/** True when a number shown on `country`'s page is that country's alone. */
export const isOwnCountry = (scope: Scope, country: CountryId) => scope.kind === 'country' && scope.countries[0] === country;
