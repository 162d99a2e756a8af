/**
 * Is a value written in a snippet? The schema uses this so a finding or chart point can only carry a number
 * its verbatim snippet prints (as digits, with or without thousands separators, or as a number word).
 * isQuantityWrittenIn does the same for quantities printed in words ("around half").
 * Mirrors the published provenance check so a build never publishes what that check would reject.
 */
const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function numberWords(n: number): string[] {
  if (!Number.isInteger(n) || n < 0 || n > 100) return [];
  if (n === 100) return ['one hundred', 'a hundred'];
  if (n < 20) return [ONES[n]!];
  const tens = TENS[Math.floor(n / 10)]!;
  return n % 10 === 0 ? [tens] : [`${tens}-${ONES[n % 10]}`, `${tens} ${ONES[n % 10]}`];
}

/** Folds typography so a snippet compares as the report reads: quotes, dashes, emphasis, spacing. */
export function normalizeText(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/<\/?[a-z][^>]*>/gi, ' ')
    .replace(/[\u00b9\u00b2\u00b3\u2070-\u2079]+/g, '')
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033«»]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u00ad|\u200b|\u200c|\u200d|\ufeff/g, '')
    .replace(/[*_]+/g, '')
    .replace(/\s+/g, ' ')
    .replace(/- /g, '-')
    .trim()
    .toLowerCase();
}

export function isValueWrittenIn(snippet: string, value: number): boolean {
  const text = normalizeText(snippet);
  const forms = new Set([String(value), ...numberWords(value)]);
  if (Number.isInteger(value)) forms.add(value.toLocaleString('en-US'));
  for (const form of forms) {
    const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (new RegExp(`(^|[^0-9.,])${escaped}($|[^0-9])`).test(text)) return true;
  }
  return false;
}

/** Is a quantity in words ("around half", "one in five") written in a snippet, word for word? */
export function isQuantityWrittenIn(snippet: string, quantity: string): boolean {
  const words = normalizeText(quantity);
  if (!words) return false;
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^a-z0-9])${escaped}($|[^a-z0-9])`).test(normalizeText(snippet));
}
