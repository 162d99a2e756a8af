/**
 * What a typed query becomes before Pagefind sees it, for both search pages (quote-search.ts, site-search.ts).
 * Pure functions, unit-tested in tests/unit/search-query.test.ts.
 *
 * - Terms of art (sextortion, grooming, self-generated, CSAM, and the reports' longer names for them) are matched
 *   as whole words: Pagefind otherwise matches a word it cannot find by a shorter stem, so "sextortion" found
 *   quotes that merely contain "sex". A quoted phrase is Pagefind's exact match.
 * - A few synonyms from the reports' own terminology: a query naming one form also searches the other
 *   (sexual extortion ↔ sextortion, child sexual abuse material ↔ CSAM), one Pagefind search per form.
 * - A query with no letters or digits, or only common words ("the", "a a a"), would match everything; it gets
 *   a message instead.
 */
import { cleanQuery } from './facets.ts';

/** Each group is one thing under the names the reports use; the first name is the reports' usual one. */
const SYNONYMS: string[][] = [
  ['sexual extortion', 'sextortion'],
  ['child sexual abuse material', 'csam'],
  ['self-generated', 'self generated'],
];
/** Matched only as whole words (or phrases): terms of art whose stems are common words. */
const TERMS_OF_ART = [
  'sextortion',
  'sexual extortion',
  'grooming',
  'groomed',
  'self-generated',
  'self generated',
  'csam',
  'child sexual abuse material',
];

/** Words that on their own say nothing about what to find. */
const STOP_WORDS = new Set(
  (
    'a an and are as at be but by did do does for from had has have he her him his i if in into is it its me my no not of on or our ' +
    'she so than that the their them then there these they this to too us was we were what when where which who why will with you your'
  ).split(' '),
);

export type QueryPlan =
  | { kind: 'all' }
  | { kind: 'unsearchable'; reason: 'no-letters' | 'stop-words'; message: string }
  | { kind: 'search'; shown: string; variants: string[] };

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whole-word (or whole-phrase) occurrence, case-insensitive; hyphens and letters are word characters here. */
const wordRe = (term: string) => new RegExp(`(^|[^\\p{L}\\p{N}-])${escapeRe(term)}(?=$|[^\\p{L}\\p{N}-])`, 'giu');

/** Quotes each term of art in the query, so Pagefind matches it exactly. */
function exactTerms(q: string): string {
  let out = q;
  for (const term of [...TERMS_OF_ART].sort((a, b) => b.length - a.length))
    out = out.replace(wordRe(term), (_m, pre: string) => `${pre}"${term}"`);
  // A term inside a phrase the user quoted already, or inside a longer term just quoted, must not be quoted twice.
  return out.replace(/""+/g, '"');
}

/** The searches to run for a query: the query itself, plus each synonym swapped in, each with exact terms of art. */
export function planQuery(raw: string): QueryPlan {
  const shown = cleanQuery(raw);
  if (!shown) return { kind: 'all' };
  if (!/[\p{L}\p{N}]/u.test(shown))
    return {
      kind: 'unsearchable',
      reason: 'no-letters',
      message: 'Type a word to search for: letters or digits, not only punctuation.',
    };
  const words = shown.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.every((w) => STOP_WORDS.has(w)))
    return {
      kind: 'unsearchable',
      reason: 'stop-words',
      message: `“${shown}” is made only of very common words, which every quote contains. Add a word about what you are looking for, for example “police”, “school” or “shame”.`,
    };
  const lower = shown.toLowerCase();
  const variants = new Set([lower]);
  for (const group of SYNONYMS)
    for (const name of group)
      if (wordRe(name).test(lower))
        for (const other of group)
          if (other !== name) variants.add(lower.replace(wordRe(name), (_m, pre: string) => `${pre}${other}`));
  return { kind: 'search', shown, variants: [...variants].map(exactTerms) };
}
