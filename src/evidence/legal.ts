/**
 * The legal framework table (src/pages/countries/[slug]/legal.astro) as data: one row per legal topic, one cell per
 * jurisdiction holding the findings that place themselves there (`legal` field), and the recommendations whose
 * report ties them to those findings (their `related` links, never our topical ones). Pure, so it is unit-tested.
 */
import type { Finding, Recommendation } from './schema.ts';
import { jurisdictions, legalTopics, type Jurisdiction, type LegalStatus, type LegalTopic } from './vocabulary.ts';

export interface LegalRow {
  topic: LegalTopic;
  cells: Record<Jurisdiction, { status: LegalStatus | null; findings: Finding[] }>;
  recommendations: Recommendation[];
}

/** The worst status of a cell's findings: one gap makes the cell a gap; a gap beside coverage is partial coverage. */
function cellStatus(findings: Finding[]): LegalStatus | null {
  const statuses = new Set(findings.map((f) => f.legal!.status));
  if (statuses.size === 0) return null;
  if (statuses.size === 1) return [...statuses][0]!;
  return statuses.has('covered') || statuses.has('partial') ? 'partial' : 'gap';
}

export function legalFramework(findings: Finding[], recommendations: Recommendation[]): LegalRow[] {
  const legal = findings.filter((f) => f.legal);
  return legalTopics
    .map((topic) => {
      const inRow = legal.filter((f) => f.legal!.topic === topic);
      const cells = Object.fromEntries(
        jurisdictions.map((j) => {
          const here = inRow.filter((f) => f.legal!.jurisdictions.includes(j));
          return [j, { status: cellStatus(here), findings: here }];
        }),
      ) as LegalRow['cells'];
      const ids = new Set(inRow.map((f) => f.id));
      return {
        topic,
        cells,
        recommendations: recommendations.filter((r) => r.related.findings.some((id) => ids.has(id))),
      };
    })
    .filter((row) => jurisdictions.some((j) => row.cells[j].findings.length > 0));
}

/** Countries with a legal analysis on the site: those with findings placed in the legal framework. */
export const countriesWithLegalAnalysis = (findings: Finding[]) => [
  ...new Set(findings.filter((f) => f.legal && f.country !== 'multi').map((f) => f.country)),
];
