/**
 * The order of the default /quotes/ listing (no words typed): it opens with the range of themes and voices, never
 * with the most graphic accounts. The search index stores each quote's rank as a sort key
 * (scripts/build/search-index.mjs), so the browser lists quotes in this order; tests/unit/quote-order.test.ts
 * checks the rule. Deterministic: the same content always gives the same order.
 *
 * The rule: quotes flagged `explicit` come last. The others are taken one theme at a time, round-robin over the
 * themes (by each quote's first theme), and within a theme the next quote is the first whose speaker type differs
 * from the quote just listed, so survivors, frontline workers and justice professionals alternate; a theme's quotes
 * take the countries in turn. Fragments of a
 * few words wait until a theme's full quotes are listed, so the list opens with statements a reader can follow.
 */
import { compareIds } from './idOrder.ts';

export interface Orderable {
  id: string;
  themes: string[];
  speaker: { type: string };
  country: string;
  text: string;
  explicit?: boolean | undefined;
}

/**
 * How many quotes the /quotes/ listing shows at a time: the page renders the first so many of the default listing
 * in its HTML, and the browser adds as many again on each "Show more quotes".
 */
export const LISTING_PAGE = 20;

/** Quotes shorter than this (in characters) are fragments of a sentence, listed after a theme's full quotes. */
const FRAGMENT = 60;

const byId = (a: Orderable, b: Orderable) => compareIds(a.id, b.id);

/** Interleaves quotes by country (round-robin, countries in alphabetical order), each country's in id order. */
function byCountryInTurn<T extends Orderable>(quotes: T[]): T[] {
  const groups = [...new Set(quotes.map((q) => q.country))]
    .sort()
    .map((c) => quotes.filter((q) => q.country === c).sort(byId));
  const out: T[] = [];
  for (let i = 0; out.length < quotes.length; i++) for (const g of groups) if (g[i]) out.push(g[i]!);
  return out;
}

export function leadOrder<T extends Orderable>(quotes: readonly T[]): T[] {
  const calm = quotes.filter((q) => !q.explicit);
  const queues = new Map<string, T[]>();
  for (const theme of [...new Set(calm.map((q) => q.themes[0]!))].sort()) {
    const mine = byCountryInTurn(calm.filter((q) => q.themes[0] === theme));
    queues.set(theme, [
      ...mine.filter((q) => q.text.length >= FRAGMENT),
      ...mine.filter((q) => q.text.length < FRAGMENT),
    ]);
  }
  const out: T[] = [];
  let lastType = '';
  while (out.length < calm.length) {
    for (const queue of queues.values()) {
      if (!queue.length) continue;
      // The first full quote by another kind of speaker; failing that, simply the next in line.
      const i = Math.max(
        0,
        queue.findIndex((q) => q.speaker.type !== lastType && q.text.length >= FRAGMENT),
      );
      const [next] = queue.splice(i, 1);
      out.push(next!);
      lastType = next!.speaker.type;
    }
  }
  return [...out, ...quotes.filter((q) => q.explicit).sort(byId)];
}
