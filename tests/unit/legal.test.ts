import { describe, expect, it } from 'vitest';
import { countriesWithLegalAnalysis, legalFramework } from '../../src/evidence/legal.ts';
import type { Finding, Recommendation } from '../../src/evidence/schema.ts';

const base = {
  n: null,
  country: 'mexico',
  scope: { kind: 'country', countries: ['mexico'] },
  themes: ['legislation'],
  source: { id: 'dh-mexico', section: 'S', snippet: 'words of the report' },
} as const;
const f = (
  id: string,
  jurisdictions: ('federal' | 'nayarit' | 'morelos')[],
  topic: 'grooming' | 'sexual-extortion',
  status: 'covered' | 'partial' | 'gap',
): Finding => ({ ...base, id, statement: id, legal: { jurisdictions, topic, status } }) as unknown as Finding;
const rec = (id: string, findings: string[], topical: string[] = []): Recommendation =>
  ({
    id,
    number: '1',
    title: id,
    area: 'legislation-policy',
    countries: ['mexico'],
    source: { id: 'dh-mexico', section: 'R' },
    alsoIn: [],
    summary: 's',
    cites: [],
    related: { quotes: [], findings },
    topical: { quotes: [], findings: topical },
  }) as Recommendation;

describe('legalFramework', () => {
  const findings = [
    f('fed-grooming', ['federal'], 'grooming', 'covered'),
    f('mor-grooming', ['morelos'], 'grooming', 'covered'),
    f('nay-grooming', ['nayarit'], 'grooming', 'gap'),
    f('states-extortion', ['nayarit', 'morelos'], 'sexual-extortion', 'gap'),
    f('fed-limit-ok', ['federal'], 'grooming', 'covered'),
  ];
  const rows = legalFramework(findings, [rec('r-6-2', ['nay-grooming']), rec('r-topical', [], ['states-extortion'])]);
  it('has a row per topic that has findings, in the vocabulary order', () =>
    expect(rows.map((r) => r.topic)).toEqual(['grooming', 'sexual-extortion']));
  it('puts each finding in the cell of every jurisdiction it names', () => {
    expect(rows[1]!.cells.nayarit.findings.map((x) => x.id)).toEqual(['states-extortion']);
    expect(rows[1]!.cells.morelos.findings.map((x) => x.id)).toEqual(['states-extortion']);
    expect(rows[1]!.cells.federal).toEqual({ status: null, findings: [] });
  });
  it('a cell with coverage and a gap is partial; a cell of gaps is a gap', () => {
    expect(rows[0]!.cells.federal.status).toBe('covered');
    expect(rows[0]!.cells.nayarit.status).toBe('gap');
    const mixed = legalFramework(
      [f('a', ['federal'], 'grooming', 'covered'), f('b', ['federal'], 'grooming', 'gap')],
      [],
    );
    expect(mixed[0]!.cells.federal.status).toBe('partial');
  });
  it('answers a gap only with recommendations the report ties to it, never with our topical links', () => {
    expect(rows[0]!.recommendations.map((r) => r.id)).toEqual(['r-6-2']);
    expect(rows[1]!.recommendations).toEqual([]);
  });
  it('finds the countries with a legal analysis', () =>
    expect(countriesWithLegalAnalysis(findings)).toEqual(['mexico']));
});
