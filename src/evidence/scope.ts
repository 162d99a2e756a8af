/**
 * Whose numbers these are: one country's, several countries' pooled, several countries side by side, or an
 * earlier study a report cites. Every page that shows a finding or a chart next to a country says this beside the
 * number (scopeLabel), so a six-country result is never read as one country's. One home for the rule; pages,
 * exports and search use it.
 *
 * The scope is the explicit `scope` field every finding and chart carries (checked by src/evidence/schema.ts);
 * this module only reads and words it.
 */
import type { Chart, Finding, Source } from './schema.ts';
import { countryIds, countryNames, type CountryId } from './vocabulary.ts';

export type ScopeKind = 'country' | 'pooled' | 'by-country' | 'cited-study';

export interface Scope {
  kind: ScopeKind;
  /** The countries the number rests on (one for 'country', none for 'cited-study'). */
  countries: CountryId[];
  /** The sample it rests on, in words, where the record gives one. */
  sample?: string | undefined;
}

const ordered = (ids: readonly string[]) => countryIds.filter((c) => ids.includes(c));
const read = (s: Scope): Scope => ({
  kind: s.kind,
  countries: ordered(s.countries),
  ...(s.sample ? { sample: s.sample } : {}),
});

/**
 * A finding's scope, as its record states it. The source parameter is kept so callers written against the
 * derived scope keep working; it is no longer needed.
 */
export function scopeOfFinding(f: Pick<Finding, 'scope'>, _source?: Pick<Source, 'countries'>): Scope {
  return read(f.scope);
}

/** A chart's scope, as its record states it. */
export function scopeOfChart(c: Pick<Chart, 'scope'>): Scope {
  return read(c.scope);
}

const names = (ids: CountryId[]) => ids.map((c) => countryNames[c]);
const list = (items: string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** "Mexico only", "All six countries, pooled", "Albania and Moldova, pooled", "Moldova and Albania compared". */
export function scopeLabel(scope: Scope, n?: number | null): string {
  const all = scope.countries.length === countryIds.length;
  const who = all ? 'All six countries' : list(names(scope.countries));
  const what =
    scope.kind === 'cited-study'
      ? 'An earlier study the report cites (not data from these countries)'
      : scope.kind === 'country'
        ? `${who} only`
        : scope.kind === 'pooled'
          ? `${who}, pooled`
          : `${who} compared`;
  return n ? `${what}, n = ${n.toLocaleString('en-US')}` : what;
}

/** True when a number shown on `country`'s page is that country's alone. */
export const isOwnCountry = (scope: Scope, country: CountryId) =>
  scope.kind === 'country' && scope.countries[0] === country;
