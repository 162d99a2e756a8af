import { describe, expect, it } from 'vitest';
import { comparisonRows } from '../../src/evidence/compare.ts';
import type { Chart } from '../../src/evidence/schema.ts';

const base: Omit<Chart, 'id' | 'points'> = {
  title: 'T',
  description: 'D',
  longDescription: 'L',
  kind: 'dot',
  unit: 'percent',
  base: 'b',
  n: null,
  countries: ['albania'],
  scope: { kind: 'country', countries: ['albania'] },
  themes: ['awareness'],
  source: { id: 'vos-six-countries-2022', section: 's', snippets: ['x'] },
};

describe('comparisonRows', () => {
  it('makes a row per chart whose points are countries, leaving unprinted countries empty', () => {
    const chart: Chart = {
      ...base,
      id: 'c',
      points: [
        { label: 'Moldova', value: 90 },
        { label: 'Albania', value: 70 },
      ],
    };
    const [row] = comparisonRows([chart]);
    expect(row!.values).toEqual({
      albania: 70,
      'bosnia-and-herzegovina': null,
      colombia: null,
      mexico: null,
      moldova: 90,
      peru: null,
    });
  });
  it('skips charts that are not per country', () => {
    const chart: Chart = {
      ...base,
      id: 'd',
      points: [
        { label: 'Poor', value: 71 },
        { label: 'Good', value: 10 },
      ],
    };
    expect(comparisonRows([chart])).toEqual([]);
  });
});
