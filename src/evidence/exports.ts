/**
 * The public data contract: what /data/*.json and *.csv publish. Pure functions from typed evidence to
 * plain records, so the contract is unit-tested without a build (tests/unit/exports.test.ts).
 */
import type { Chart, Finding, Quote, Recommendation, Scope } from './schema.ts';
import { chartUrl, embedUrl, findingUrl, quoteUrl, recommendationUrl } from './urls.ts';

/** A record's scope as published: kind, countries, and the sample (null when the record gives none). */
const publicScope = (s: Scope) => ({ kind: s.kind, countries: s.countries, sample: s.sample ?? null });

export const publicQuote = (q: Quote) => ({
  id: q.id,
  text: q.text,
  speaker: {
    code: q.speaker.code ?? null,
    type: q.speaker.type,
    ...(q.speaker.detail ? { detail: q.speaker.detail } : {}),
  },
  country: q.country,
  themes: q.themes,
  /** Describes sexual abuse or its images in detail: shown collapsed behind a notice on the site. */
  explicit: q.explicit ?? false,
  source: { id: q.sources[0]!.id, section: q.sources[0]!.section },
  /** Other reports (or other sections) that print the same quote. */
  alsoIn: q.sources.slice(1).map((s) => ({ id: s.id, section: s.section, ...(s.code ? { code: s.code } : {}) })),
  url: quoteUrl(q),
});

export const publicFinding = (f: Finding) => ({
  id: f.id,
  statement: f.statement,
  /** null when the report gives no number (a quantity in words, or a qualitative finding). */
  value: f.value ?? null,
  /** The upper end of a range; null when the value is not a range. */
  valueHigh: f.valueHigh ?? null,
  /** The quantity in the report's own words; null when it prints none. */
  quantity: f.quantity ?? null,
  unit: f.unit ?? null,
  n: f.n,
  base: f.base ?? null,
  country: f.country,
  scope: publicScope(f.scope),
  themes: f.themes,
  source: { id: f.source.id, section: f.source.section, snippet: f.source.snippet },
  note: f.note ?? null,
  sample: f.sample ?? false,
  legal: f.legal ?? null,
  url: findingUrl(f),
});

export const publicRecommendation = (r: Recommendation) => ({
  id: r.id,
  number: r.number,
  title: r.title,
  area: r.area,
  countries: r.countries,
  source: { id: r.source.id, section: r.source.section },
  /** Other reports that print the same recommendation. */
  alsoIn: r.alsoIn,
  summary: r.summary,
  /** Evidence the report itself ties to it. */
  related: r.related,
  /** Evidence on this site we linked by topic (not the report's own links). */
  topical: r.topical,
  url: recommendationUrl(r),
});

export const publicChart = (c: Chart) => ({
  id: c.id,
  title: c.title,
  description: c.description,
  longDescription: c.longDescription,
  kind: c.kind,
  unit: c.unit,
  base: c.base,
  n: c.n,
  countries: c.countries,
  scope: publicScope(c.scope),
  themes: c.themes,
  ...(c.series ? { series: c.series } : { points: c.points ?? [] }),
  source: { id: c.source.id, section: c.source.section, snippets: c.source.snippets },
  notes: c.notes ?? null,
  url: chartUrl(c),
  embedUrl: embedUrl(c),
});

export const chartIndexEntry = (c: Chart) => ({
  id: c.id,
  title: c.title,
  url: chartUrl(c),
  embedUrl: embedUrl(c),
  json: `/data/charts/${c.id}.json`,
  csv: `/data/charts/${c.id}.csv`,
});

/** Chart data as rows: one per point, with the series name for multi-series charts. */
export function chartRows(c: Chart): { series: string | null; label: string; value: number }[] {
  if (c.series)
    return c.series.flatMap((s) => s.points.map((p) => ({ series: s.name, label: p.label, value: p.value })));
  return (c.points ?? []).map((p) => ({ series: null, label: p.label, value: p.value }));
}

type Cell = string | number | boolean | null | undefined | string[];

/**
 * Characters that make a spreadsheet read a cell as a formula when they come first (OWASP "CSV Injection"):
 * = + - @, tab and carriage return, plus NUL and line feed (ASVS 1.2.10) and the full-width forms of = + - @,
 * which some spreadsheets fold into the ASCII ones.
 */
const FORMULA_START = /^[=+\-@\t\r\n\0\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * One CSV cell (RFC 4180 quoting). Text that starts with a formula character gets a leading apostrophe and is
 * always wrapped in double quotes, as OWASP advises, so no spreadsheet runs it. Numbers stay numbers: a negative
 * value is data, not a formula, and it never comes from free text.
 */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const s = Array.isArray(value) ? value.join('; ') : value;
  if (FORMULA_START.test(s)) return `"'${s.replace(/"/g, '""')}"`;
  // ";" too: spreadsheets in many locales split CSV on it, so an unquoted one would start a new cell.
  return /[",;\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv<T>(rows: T[], columns: [header: string, get: (row: T) => Cell][]): string {
  const lines = [columns.map(([h]) => csvCell(h)).join(',')];
  for (const row of rows) lines.push(columns.map(([, get]) => csvCell(get(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

type PublicQuote = ReturnType<typeof publicQuote>;
type PublicFinding = ReturnType<typeof publicFinding>;
type PublicRecommendation = ReturnType<typeof publicRecommendation>;

export const quotesCsv = (rows: PublicQuote[]) =>
  toCsv(rows, [
    ['id', (r) => r.id],
    ['text', (r) => r.text],
    ['speaker_code', (r) => r.speaker.code],
    ['speaker_type', (r) => r.speaker.type],
    ['country', (r) => r.country],
    ['themes', (r) => r.themes],
    ['explicit', (r) => r.explicit],
    ['source_id', (r) => r.source.id],
    ['source_section', (r) => r.source.section],
    ['also_in', (r) => r.alsoIn.map((a) => `${a.id}: ${a.section}`)],
    ['url', (r) => r.url],
  ]);

export const findingsCsv = (rows: PublicFinding[]) =>
  toCsv(rows, [
    ['id', (r) => r.id],
    ['statement', (r) => r.statement],
    ['value', (r) => r.value],
    ['unit', (r) => r.unit],
    ['n', (r) => r.n],
    ['base', (r) => r.base],
    ['country', (r) => r.country],
    ['themes', (r) => r.themes],
    ['source_id', (r) => r.source.id],
    ['source_section', (r) => r.source.section],
    ['source_snippet', (r) => r.source.snippet],
    ['note', (r) => r.note],
    ['sample', (r) => r.sample],
    ['url', (r) => r.url],
    // Added columns go after the original ones, so scripts that read columns by position keep working.
    ['value_high', (r) => r.valueHigh],
    ['quantity', (r) => r.quantity],
    ['scope_kind', (r) => r.scope.kind],
    ['scope_countries', (r) => r.scope.countries],
    ['scope_sample', (r) => r.scope.sample],
    ['legal_jurisdictions', (r) => r.legal?.jurisdictions],
    ['legal_topic', (r) => r.legal?.topic],
    ['legal_status', (r) => r.legal?.status],
  ]);

export const recommendationsCsv = (rows: PublicRecommendation[]) =>
  toCsv(rows, [
    ['id', (r) => r.id],
    ['number', (r) => r.number],
    ['title', (r) => r.title],
    ['area', (r) => r.area],
    ['countries', (r) => r.countries],
    ['source_id', (r) => r.source.id],
    ['source_section', (r) => r.source.section],
    ['summary', (r) => r.summary],
    ['url', (r) => r.url],
    ['also_in', (r) => r.alsoIn.map((a) => `${a.id}: ${a.section}${a.number ? ` (${a.number})` : ''}`)],
    ['related_quotes', (r) => r.related.quotes],
    ['related_findings', (r) => r.related.findings],
    ['topical_quotes', (r) => r.topical.quotes],
    ['topical_findings', (r) => r.topical.findings],
  ]);

export const chartCsv = (c: Chart) =>
  c.series
    ? toCsv(chartRows(c), [
        ['series', (r) => r.series],
        ['label', (r) => r.label],
        ['value', (r) => r.value],
      ])
    : toCsv(chartRows(c), [
        ['label', (r) => r.label],
        ['value', (r) => r.value],
      ]);
