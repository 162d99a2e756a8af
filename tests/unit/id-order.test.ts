// The one id order (src/evidence/idOrder.ts) is the numeric-aware order localeCompare defines, over every id the
// content holds, and puts numbers in number order.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareIds } from '../../src/evidence/idOrder.ts';

const ids = (folder: string): string[] =>
  readdirSync(join('content', folder))
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => JSON.parse(readFileSync(join('content', folder, f), 'utf8')) as { id: string }[])
    .map((r) => r.id);

describe('compareIds', () => {
  it('counts numbers as numbers', () => {
    expect(['vpe-q-10', 'vpe-q-9', 'vpe-q-1'].sort(compareIds)).toEqual(['vpe-q-1', 'vpe-q-9', 'vpe-q-10']);
    expect(['Survivor 10', 'Survivor 2'].sort(compareIds)).toEqual(['Survivor 2', 'Survivor 10']);
  });
  it('orders the content ids as localeCompare with the same options does', () => {
    const all = [...ids('quotes'), ...ids('findings')];
    expect(all.length).toBeGreaterThan(500);
    const reference = [...all].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    expect([...all].reverse().sort(compareIds)).toEqual(reference);
  });
});
