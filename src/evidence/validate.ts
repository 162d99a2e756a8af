/**
 * Validates the whole evidence base at once: each record against its schema, then the checks that need more
 * than one record (duplicate ids, duplicate quotes, references between records). Every problem names the file,
 * the record and the field, and all problems are reported together, so one build run shows everything to fix.
 * Pure: takes parsed files, returns typed evidence or throws EvidenceError. Used by src/evidence/read.ts.
 */
import type { z } from 'astro/zod';
import {
  chartSchema,
  countrySchema,
  findingSchema,
  quoteSchema,
  recommendationSchema,
  sourceSchema,
  themeSchema,
} from './schema.ts';
import type { Chart, Country, Finding, Quote, Recommendation, Source, Theme } from './schema.ts';
import { normalizeText } from './numbers.ts';

export type Kind = 'themes' | 'sources' | 'countries' | 'quotes' | 'findings' | 'recommendations' | 'charts';
export interface ContentFile {
  /** Path relative to the repo, for messages. */
  path: string;
  kind: Kind;
  data: unknown;
}
export interface Evidence {
  themes: Theme[];
  sources: Source[];
  countries: Country[];
  quotes: Quote[];
  findings: Finding[];
  recommendations: Recommendation[];
  charts: Chart[];
}

export class EvidenceError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The evidence in content/ has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'EvidenceError';
  }
}

const schemas = {
  themes: themeSchema,
  sources: sourceSchema,
  countries: countrySchema,
  quotes: quoteSchema,
  findings: findingSchema,
  recommendations: recommendationSchema,
  charts: chartSchema,
} satisfies Record<Kind, z.ZodType>;

/** Files of these kinds hold an array of records; the others hold one record each. */
const arrayKinds = new Set<Kind>(['themes', 'quotes', 'findings', 'recommendations']);

function describe(record: unknown, index: number): string {
  const id = record && typeof record === 'object' && 'id' in record ? (record as { id: unknown }).id : undefined;
  return typeof id === 'string' && id ? `record "${id}"` : `record #${index + 1}`;
}

export function validateEvidence(files: ContentFile[]): Evidence {
  const problems: string[] = [];
  const evidence: Evidence = {
    themes: [],
    sources: [],
    countries: [],
    quotes: [],
    findings: [],
    recommendations: [],
    charts: [],
  };
  const where = new Map<string, string>(); // "kind:id" -> file, for duplicate ids

  for (const file of files) {
    if (arrayKinds.has(file.kind) && !Array.isArray(file.data)) {
      problems.push(`${file.path}: must hold a JSON array of ${file.kind}`);
      continue;
    }
    const records = arrayKinds.has(file.kind) ? (file.data as unknown[]) : [file.data];
    records.forEach((record, index) => {
      const result = schemas[file.kind].safeParse(record);
      const label = `${file.path}: ${describe(record, index)}`;
      if (!result.success) {
        for (const issue of result.error.issues)
          problems.push(`${label}: ${issue.path.join('.') || '(record)'}: ${issue.message}`);
        return;
      }
      const data = result.data as { id: string };
      const key = `${file.kind}:${data.id}`;
      if (where.has(key)) problems.push(`${label}: id: duplicate id "${data.id}" (also in ${where.get(key)})`);
      else where.set(key, file.path);
      (evidence[file.kind] as unknown[]).push(data);
    });
  }
  if (problems.length) throw new EvidenceError(problems);
  problems.push(...crossCheck(evidence, where));
  if (problems.length) throw new EvidenceError(problems);
  return evidence;
}

function crossCheck(e: Evidence, where: Map<string, string>): string[] {
  const problems: string[] = [];
  const file = (kind: Kind, id: string) => where.get(`${kind}:${id}`) ?? `content/${kind}`;
  const ids = (list: { id: string }[]) => new Set(list.map((r) => r.id));
  const sourceIdsPresent = ids(e.sources);
  const findingIds = ids(e.findings);
  const quoteIds = ids(e.quotes);

  const seenText = new Map<string, string>();
  for (const q of e.quotes) {
    const key = normalizeText(q.text);
    const other = seenText.get(key);
    if (other)
      problems.push(
        `${file('quotes', q.id)}: record "${q.id}": text: duplicates quote "${other}"; merge them into one record that names both sources`,
      );
    else seenText.set(key, q.id);
    q.sources.forEach((s, i) => {
      if (!sourceIdsPresent.has(s.id))
        problems.push(
          `${file('quotes', q.id)}: record "${q.id}": sources.${i}.id: no content/sources/${s.id}.json describes source "${s.id}"`,
        );
    });
  }
  for (const f of e.findings)
    if (!sourceIdsPresent.has(f.source.id))
      problems.push(
        `${file('findings', f.id)}: record "${f.id}": source.id: no content/sources/${f.source.id}.json describes source "${f.source.id}"`,
      );
  for (const c of e.charts)
    if (!sourceIdsPresent.has(c.source.id))
      problems.push(
        `${file('charts', c.id)}: record "${c.id}": source.id: no content/sources/${c.source.id}.json describes source "${c.source.id}"`,
      );
  for (const s of e.sources)
    s.samples.forEach((id, i) => {
      if (!findingIds.has(id))
        problems.push(`${file('sources', s.id)}: record "${s.id}": samples.${i}: no finding has id "${id}"`);
    });
  const quoteById = new Map(e.quotes.map((q) => [q.id, q]));
  const findingById = new Map(e.findings.map((f) => [f.id, f]));
  const seenRec = new Map<string, string>();
  for (const r of e.recommendations) {
    const at = `${file('recommendations', r.id)}: record "${r.id}"`;
    for (const field of ['related', 'topical'] as const) {
      r[field].quotes.forEach((id, i) => {
        if (!quoteIds.has(id)) problems.push(`${at}: ${field}.quotes.${i}: no quote has id "${id}"`);
      });
      r[field].findings.forEach((id, i) => {
        if (!findingIds.has(id)) problems.push(`${at}: ${field}.findings.${i}: no finding has id "${id}"`);
      });
    }
    // `related` is the report's own link: the item must be printed under this recommendation, or in a section it cites.
    const placements = (id: string, kind: 'quotes' | 'findings') =>
      kind === 'quotes'
        ? (quoteById.get(id)?.sources ?? [])
        : [findingById.get(id)?.source].filter((s) => s !== undefined);
    for (const kind of ['quotes', 'findings'] as const)
      r.related[kind].forEach((id, i) => {
        const where = placements(id, kind);
        if (where.length && !where.some((p) => isUnderRecommendation(r, p)))
          problems.push(
            `${at}: related.${kind}.${i}: "${id}" is printed in ${where.map((p) => `${p.id} "${p.section}"`).join(', ')}, a section this recommendation neither sits in nor cites; list it under topical (our link) or add the section to cites if the recommendation's words restate it`,
          );
      });
    r.alsoIn.forEach((a, i) => {
      if (a.id === r.source.id) problems.push(`${at}: alsoIn.${i}: names the recommendation's own source "${a.id}"`);
      if (!sourceIdsPresent.has(a.id))
        problems.push(`${at}: alsoIn.${i}.id: no content/sources/${a.id}.json describes source "${a.id}"`);
    });
    // The same recommendation printed in two reports is one record naming both (alsoIn), as for quotes.
    const key = `${normalizeText(r.title)}|${[...r.countries].sort().join(',')}`;
    const other = seenRec.get(key);
    if (other)
      problems.push(
        `${at}: title: repeats recommendation "${other}" word for word; merge them into one record and list the second report under alsoIn`,
      );
    else seenRec.set(key, r.id);
  }
  return problems;
}

/**
 * Is a placement (source id and section) under this recommendation in its own report, its alsoIn reports, or a section
 * it cites?
 */
function isUnderRecommendation(r: Recommendation, p: { id: string; section: string }): boolean {
  const homes = [{ id: r.source.id, section: r.source.section, number: r.number }, ...r.alsoIn];
  for (const h of homes) {
    if (h.id !== p.id) continue;
    if (p.section === h.section) return true;
    // "Recommendations on reporting mechanisms – 2. Improve …" is under recommendation 2 of that section only.
    if (h.number && p.section.startsWith(`${h.section} – ${h.number}.`)) return true;
  }
  return p.id === r.source.id && r.cites.some((c) => p.section.startsWith(c));
}
