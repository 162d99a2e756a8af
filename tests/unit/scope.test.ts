import { describe, expect, it } from 'vitest';
import { isOwnCountry, scopeLabel, scopeOfChart, scopeOfFinding } from '../../src/evidence/scope.ts';

const six = ['albania', 'bosnia-and-herzegovina', 'colombia', 'mexico', 'moldova', 'peru'] as const;

describe('scope', () => {
  it('a finding about one country is that country only', () => {
    const s = scopeOfFinding({ country: 'peru' }, { countries: [...six] });
    expect(s).toEqual({ kind: 'country', countries: ['peru'] });
    expect(scopeLabel(s, 12)).toBe('Peru only, n = 12');
    expect(isOwnCountry(s, 'peru')).toBe(true);
    expect(isOwnCountry(s, 'mexico')).toBe(false);
  });
  it('a "multi" finding is pooled across its report’s countries', () => {
    const s = scopeOfFinding({ country: 'multi' }, { countries: ['peru', 'albania'] });
    expect(s).toEqual({ kind: 'pooled', countries: ['albania', 'peru'] });
    expect(scopeLabel(s)).toBe('Albania and Peru, pooled');
    expect(isOwnCountry(s, 'albania')).toBe(false);
  });
  it('a chart whose points are countries compares them; otherwise several countries are pooled', () => {
    const points = [{ label: 'Moldova', value: 30 }, { label: 'Albania', value: 53 }];
    expect(scopeOfChart({ countries: ['moldova', 'albania'], points }).kind).toBe('by-country');
    const pooled = scopeOfChart({ countries: [...six], points: [{ label: 'Poor', value: 71 }, { label: 'Good', value: 10 }] });
    expect(scopeLabel(pooled, 413)).toBe('All six countries, pooled, n = 413');
  });
});
