// The default /quotes/ listing opens with the range of themes and voices, never with the most graphic accounts.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { leadOrder } from '../../src/evidence/quoteOrder.ts';
import { readContentFiles } from '../../src/evidence/read.ts';
import { validateEvidence } from '../../src/evidence/validate.ts';

const quotes = validateEvidence(readContentFiles(join(process.cwd(), 'content'))).quotes;
const FIRST = 20;

describe('leadOrder over the real quotes', () => {
  const order = leadOrder(quotes);
  it('keeps every quote once', () => {
    expect(order).toHaveLength(quotes.length);
    expect(new Set(order.map((q) => q.id)).size).toBe(quotes.length);
  });
  it(`opens with ${FIRST} unflagged quotes`, () => {
    expect(quotes.some((q) => q.explicit)).toBe(true);
    expect(order.slice(0, FIRST).filter((q) => q.explicit)).toEqual([]);
  });
  it('lists flagged quotes only after every unflagged one', () => {
    const firstFlagged = order.findIndex((q) => q.explicit);
    expect(order.slice(firstFlagged).every((q) => q.explicit)).toBe(true);
  });
  it(`spans many themes, several countries and kinds of speaker in the first ${FIRST}`, () => {
    const head = order.slice(0, FIRST);
    expect(new Set(head.map((q) => q.themes[0])).size).toBeGreaterThanOrEqual(15);
    expect(new Set(head.map((q) => q.country)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(head.map((q) => q.speaker.type)).size).toBeGreaterThanOrEqual(3);
  });
  it('is deterministic, whatever order the quotes come in', () => {
    expect(leadOrder([...quotes].reverse()).map((q) => q.id)).toEqual(order.map((q) => q.id));
  });
});

describe('leadOrder rules', () => {
  const q = (
    id: string,
    theme: string,
    type: string,
    explicit = false,
    text = 'A full sentence that a reader can follow from its start to its very end.',
  ) => ({ id, themes: [theme], speaker: { type }, country: 'peru', text, explicit });
  it('puts a flagged quote last even when it would come first', () => {
    expect(
      leadOrder([q('a-1', 'a', 'survivor', true), q('a-2', 'a', 'survivor'), q('b-1', 'b', 'survivor')]).map(
        (x) => x.id,
      ),
    ).toEqual(['a-2', 'b-1', 'a-1']);
  });
  it('alternates kinds of speaker within a theme', () => {
    const out = leadOrder([q('a-1', 'a', 'survivor'), q('a-2', 'a', 'survivor'), q('a-3', 'a', 'frontline-worker')]);
    expect(out.map((x) => x.speaker.type)).toEqual(['survivor', 'frontline-worker', 'survivor']);
  });
  it('lists fragments after full quotes', () => {
    expect(
      leadOrder([q('a-1', 'a', 'survivor', false, 'had to declare.'), q('a-2', 'a', 'survivor')]).map((x) => x.id),
    ).toEqual(['a-2', 'a-1']);
  });
});
