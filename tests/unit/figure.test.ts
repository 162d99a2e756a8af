import { describe, expect, it } from 'vitest';
import { findingFigure } from '../../src/evidence/figure.ts';

describe('findingFigure: how a finding’s quantity reads', () => {
  it('a number with its unit', () => expect(findingFigure({ value: 71, unit: 'percent' })).toBe('71%'));
  it('a range keeps both ends', () => {
    expect(findingFigure({ value: 22, valueHigh: 30, unit: 'percent' })).toBe('22%–30%');
    expect(findingFigure({ value: 4, valueHigh: 8, unit: 'years' })).toBe('4–8 years');
  });
  it('a quantity in words, as printed', () => expect(findingFigure({ quantity: 'around half' })).toBe('around half'));
  it('a bound printed with its number is shown as printed, not as the bare number', () =>
    expect(findingFigure({ value: 1, unit: 'percent', quantity: 'less than 1 per cent' })).toBe(
      'less than 1 per cent',
    ));
  it('a number wins over a word quantity that restates it', () =>
    expect(findingFigure({ value: 24, unit: 'percent', quantity: 'around a quarter' })).toBe('24%'));
  it('a qualitative finding has no figure', () => expect(findingFigure({})).toBeNull());
});
