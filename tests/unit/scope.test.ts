import { describe, expect, it } from 'vitest';
import { isOwnCountry, scopeLabel, scopeOfChart, scopeOfFinding } from '../../src/evidence/scope.ts';
import { validateEvidence } from '../../src/evidence/validate.ts';
import { readContentFiles } from '../../src/evidence/read.ts';

const six = ['albania', 'bosnia-and-herzegovina', 'colombia', 'mexico', 'moldova', 'peru'] as const;

describe('scope', () => {
  it('a finding about one country is that country only', () => {
    const s = scopeOfFinding({ scope: { kind: 'country', countries: ['peru'] } });
    expect(s).toEqual({ kind: 'country', countries: ['peru'] });
    expect(scopeLabel(s, 12)).toBe('Peru only, n = 12');
    expect(isOwnCountry(s, 'peru')).toBe(true);
    expect(isOwnCountry(s, 'mexico')).toBe(false);
  });
  it('a pooled finding names its countries in a stable order and is no one country’s own', () => {
    const s = scopeOfFinding({ scope: { kind: 'pooled', countries: ['peru', 'albania'], sample: 'workers' } });
    expect(s).toEqual({ kind: 'pooled', countries: ['albania', 'peru'], sample: 'workers' });
    expect(scopeLabel(s)).toBe('Albania and Peru, pooled');
    expect(isOwnCountry(s, 'albania')).toBe(false);
  });
  it('charts: several countries compared, or all six pooled', () => {
    expect(scopeLabel(scopeOfChart({ scope: { kind: 'by-country', countries: ['moldova', 'albania'] } }))).toBe(
      'Albania and Moldova compared',
    );
    expect(scopeLabel(scopeOfChart({ scope: { kind: 'pooled', countries: [...six] } }), 413)).toBe(
      'All six countries, pooled, n = 413',
    );
  });
  it('an earlier study a report cites is labelled as such, not as any country’s', () => {
    const s = scopeOfFinding({ scope: { kind: 'cited-study', countries: [] } });
    expect(scopeLabel(s, 150)).toMatch(/^An earlier study the report cites/);
    expect(isOwnCountry(s, 'mexico')).toBe(false);
  });
});

describe('the real content states a scope that fits each record', () => {
  const e = validateEvidence(readContentFiles('content'));
  it('every finding about one country is scoped to that country; every "multi" finding is not', () => {
    for (const f of e.findings) {
      if (f.country === 'multi') expect(f.scope.kind, f.id).not.toBe('country');
      else expect(f.scope, f.id).toMatchObject({ kind: 'country', countries: [f.country] });
    }
  });
  it('a chart scoped by country has one point or series per country it names', () => {
    const names: Record<string, string> = {
      Albania: 'albania',
      'Bosnia and Herzegovina': 'bosnia-and-herzegovina',
      Colombia: 'colombia',
      Mexico: 'mexico',
      Moldova: 'moldova',
      Peru: 'peru',
    };
    for (const c of e.charts) {
      const labels = c.points ? c.points.map((p) => p.label) : (c.series ?? []).map((s) => s.name);
      if (c.scope.kind === 'by-country')
        expect(labels.map((l) => names[l]).sort(), c.id).toEqual([...c.scope.countries].sort());
      if (c.countries.length === 1) expect(c.scope, c.id).toMatchObject({ kind: 'country', countries: c.countries });
    }
  });
  it('six-country conversation findings rest on the five countries with conversations, not Bosnia and Herzegovina', () => {
    const conv = e.findings.filter(
      (f) => f.source.id === 'vos-six-countries-2022' && f.country === 'multi' && /conversations/.test(f.base ?? ''),
    );
    expect(conv.length).toBeGreaterThan(3);
    for (const f of conv) expect(f.scope.countries, f.id).not.toContain('bosnia-and-herzegovina');
  });
});
