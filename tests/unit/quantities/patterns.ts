// What counts as a quantity printed in words or a range, for the completeness test (quantity-coverage.test.ts):
// the patterns it scans every report text for, and how it tells where in a report a snippet or an exclusion sits.
// Both work on normalizeText output (the same folding as the provenance check), so positions compare directly.
import { normalizeText } from '../../../src/evidence/numbers.ts';

/** Number words that count people or cases (the pattern for "one" is separate: "one of the" is rarely a count). */
const SMALL = [
  ...'two three four five six seven eight nine ten eleven twelve thirteen'.split(' '),
  ...'fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty'.split(' '),
];
const TENS = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
/** Any number word from one to ninety-nine ("seven", "seventy-nine"). */
const WORD = `(?:${TENS}(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|${SMALL.join('|')})`;
const NUM = `(?:\\d[\\d,.]*|${WORD})`;
const QUALIFIER =
  '(?:(?:just |well |slightly )?(?:around|about|roughly|nearly|almost|approximately|more than|less than|fewer than|over|under|at least|up to|no more than|as many as|close to|only|some))';
const FRACTION = `(?:(?:a )?half|a third|another third|another quarter|another half|one third|one-third|a quarter|one quarter|one-quarter|a fifth|one fifth|one-fifth|a tenth|two[- ]thirds|three[- ]quarters|two[- ]fifths|(?:one|two|three|four|\\d+) in (?:two|three|four|five|six|seven|eight|nine|ten|\\d+)|${NUM} out of (?:every |the )?${NUM})`;
/** Nouns that make a number word a count of people or cases ("seven survivors", "three of the workers"). */
const COUNTED =
  '(?:survivors?|young (?:people|women|men|survivors)|girls|boys|women|men|children|adolescents|workers|frontline workers|respondents|participants|interviewees|professionals|cases|families|parents|caregivers|victims|states|countries|organi[sz]ations|(?:of|among|amongst) (?:the|them|these|those|whom))';

/** Each pattern has a name (used in the test's counts) and a global regular expression over normalized text. */
export const PATTERNS: { name: string; re: RegExp }[] = [
  { name: 'fraction in words', re: new RegExp(`\\b(?:${QUALIFIER} )?${FRACTION}\\b`, 'g') },
  {
    name: 'majority or most',
    re: /\b(?:the (?:vast |great |large )?majority of|a (?:large |small |slim )?majority of|a minority of|most of (?:the|them|these|those)|the (?:vast |great )?majority)\b/g,
  },
  {
    name: 'none or all',
    re: new RegExp(
      `\\b(?:(?:none|not one|not a single one|no one) of (?:them|these|those|the)\\b|all (?:of )?(?:the )?${NUM}\\b)`,
      'g',
    ),
  },
  {
    name: 'range to',
    re: new RegExp(
      `\\b${NUM}(?: years?| months?| per ?cent|%)? (?:to|and) ${NUM}(?: years?| months?| per ?cent|%| days| weeks| hours)\\b`,
      'g',
    ),
  },
  {
    name: 'range between',
    re: new RegExp(`\\bbetween (?:${NUM}|${FRACTION})(?: per ?cent|%)? and (?:${NUM}|${FRACTION}|half)\\b`, 'g'),
  },
  { name: 'range dash', re: /\b\d+(?:\.\d+)?%?-\d+(?:\.\d+)?(?:%| per ?cent| years| months|-year)/g },
  { name: 'number word count', re: new RegExp(`\\b(?!one\\b)${WORD}(?: [a-z]+)?(?: [a-z]+)? ${COUNTED}\\b`, 'g') },
  {
    name: 'only one',
    re: /\b(?:only|just) one (?:[a-z]+ )?(?:young (?:man|woman|person)|survivor|boy|girl|child|case|worker|respondent|participant|psychologist|state)\b/g,
  },
  { name: 'number word percent', re: new RegExp(`\\b${WORD} (?:per ?cent|percent)\\b`, 'g') },
  {
    name: 'most or all of a group',
    re: new RegExp(
      `\\b(?:most|almost all|nearly all|all|all of the|all the)(?: ${WORD})?(?: [a-z]+)? ${COUNTED}\\b`,
      'g',
    ),
  },
  {
    name: 'proportion in words',
    re: /\b(?:(?:such )?an? (?:small|large|higher|lower|significant|greater|smaller|larger) (?:number|proportion|share|percentage) of|overwhelmingly)\b/g,
  },
  {
    name: 'multiple',
    re: new RegExp(`\\b(?:twice|double|(?:${WORD}|\\d+(?:\\.\\d+)?) times) (?:as|more|higher|less|lower|the)\\b`, 'g'),
  },
];

export interface Hit {
  pattern: string;
  text: string;
  start: number;
  end: number;
}

/** Every hit in a normalized report text, by position; overlapping hits become one. */
export function scan(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const { name, re } of PATTERNS)
    for (const m of text.matchAll(re))
      hits.push({ pattern: name, text: m[0], start: m.index, end: m.index + m[0].length });
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlapping hits ("one in five" and "five children") are one phrase: merge them, naming every pattern.
  const merged: Hit[] = [];
  for (const h of hits) {
    const last = merged.at(-1);
    if (last && h.start < last.end) {
      if (h.end > last.end) {
        last.text = text.slice(last.start, h.end);
        last.end = h.end;
      }
      if (!last.pattern.split(' + ').includes(h.pattern)) last.pattern += ` + ${h.pattern}`;
    } else merged.push({ ...h });
  }
  return merged;
}

export type Span = [start: number, end: number];

/**
 * Where a verbatim text (a snippet, an exclusion's words) sits in a normalized report: every occurrence, each as one
 * span from its first to its last part (a snippet shortened with an ellipsis has parts that occur in order).
 */
export function spansOf(report: string, verbatim: string): Span[] {
  const parts = normalizeText(verbatim)
    .split(/\s*(?:\[\s*(?:\.\.\.|…)\s*\]|\.\.\.|…)\s*/)
    .map((p) => p.replace(/^["'\s]+|["'\s]+$/g, ''))
    .filter((p) => p.length > 0);
  if (parts.length === 0) return [];
  const spans: Span[] = [];
  for (let first = report.indexOf(parts[0]!); first >= 0; first = report.indexOf(parts[0]!, first + 1)) {
    let end = first + parts[0]!.length;
    let whole = true;
    for (const part of parts.slice(1)) {
      const at = report.indexOf(part, end);
      if (at < 0) {
        whole = false;
        break;
      }
      end = at + part.length;
    }
    if (whole) spans.push([first, end]);
  }
  return spans;
}

export const inside = (hit: Hit, spans: Span[]) => spans.some(([s, e]) => hit.start >= s && hit.end <= e);
