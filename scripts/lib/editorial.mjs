// @ts-check
// The rules of editorial hygiene, over a page's visible text. Used by scripts/check/editorial.mjs (every built
// page) and tests/unit/editorial.test.ts (each rule fails on the defect it names).
//
// The text is extracted as a reader gets it: block elements break lines, inline elements join their neighbours
// with nothing between them (so "from<a>Disrupting" reads "fromDisrupting", as innerText and screen readers do).
// Boundaries between inline elements are kept as a marker, so a rule can tell a run-together made by a
// template (across an element boundary) from a word the report prints that way.

const BOUNDARY = '\u0001';
/** Elements whose text a reader never sees as page text. */
const SKIP = new Set(['script', 'style', 'svg', 'template', 'head', 'title', 'noscript']);
/** Elements that start and end a line (or a separate control), so neighbours never run together. */
const BLOCK = new Set(
  'address article aside blockquote br button caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr img input label legend li main nav ol option p pre section select summary table tbody td textarea tfoot th thead tr ul'.split(
    ' ',
  ),
);
const VOID = new Set('area base br col embed hr img input link meta source track wbr'.split(' '));
/** Verbatim report text: printed as the report prints it, so exempt from our punctuation and date rules. */
const isVerbatim = (/** @type {string} */ tag, /** @type {string} */ attrs) =>
  tag === 'q' || tag === 'blockquote' || /\sdata-verbatim\b/.test(attrs);

/** @type {Record<string, string>} */
const ENTITIES = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  middot: '·',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
};
/** @param {string} s */
const decode = (s) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, /** @type {string} */ e) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : (ENTITIES[e.toLowerCase()] ?? m),
  );

/**
 * The visible text of an HTML page, twice: `all` (every word, inline boundaries marked) and `own` (verbatim
 * passages replaced by a neutral mark), whitespace collapsed.
 * @param {string} html
 * @returns {{ all: string, own: string }}
 */
export function visibleText(html) {
  const body = (html.match(/<body[^>]*>([\s\S]*)<\/body>/i)?.[1] ?? html).replace(/<!--[\s\S]*?-->|<![^>]*>/g, '');
  /** @type {{ tag: string, skip: boolean, verbatim: boolean }[]} */
  const stack = [];
  let all = '';
  let own = '';
  const inSkip = () => stack.some((e) => e.skip);
  const inVerbatim = () => stack.some((e) => e.verbatim);
  for (const m of body.matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*)>|([^<]+)/g)) {
    const [, close, rawTag, attrs = '', text] = m;
    if (text !== undefined) {
      if (inSkip()) continue;
      const t = decode(text);
      all += t;
      own += inVerbatim() ? (/\S/.test(t) ? ' \u0002 ' : t) : t;
      continue;
    }
    const tag = (rawTag ?? '').toLowerCase();
    const mark = BLOCK.has(tag) ? '\n' : BOUNDARY;
    if (!inSkip()) {
      all += mark;
      own += mark;
    }
    if (close) {
      const at = stack.map((e) => e.tag).lastIndexOf(tag);
      if (at >= 0) stack.length = at;
    } else if (!VOID.has(tag) && !attrs.trimEnd().endsWith('/')) {
      stack.push({ tag, skip: SKIP.has(tag) || /\shidden(\s|=|$)/.test(attrs), verbatim: isVerbatim(tag, attrs) });
    }
  }
  const tidy = (/** @type {string} */ s) =>
    s
      .replace(/[ \t\r\f\v]+/g, ' ')
      .replace(new RegExp(`[ \\n]${BOUNDARY}+|${BOUNDARY}+(?=[ \\n])`, 'g'), ' ')
      .replace(/ *\n[\s\n]*/g, '\n')
      .replace(/ {2,}/g, ' ');
  return { all: tidy(all), own: tidy(own) };
}

/**
 * Each rule: a name, which text it reads, and a pattern whose every match is one problem.
 * @type {{ name: string, text: 'all' | 'own', re: RegExp, except?: RegExp }[]}
 */
export const rules = [
  // "fromDisrupting", "PeruConversations": a lower-case letter, an element boundary, then a capitalised word.
  { name: 'words run together across elements', text: 'all', re: new RegExp(`[a-z]${BOUNDARY}+[A-Z][a-z]`, 'g') },
  // "6.Commit", "Safety:Quick": a number or word ending in punctuation, an element boundary, then a word.
  { name: 'punctuation run into the next word', text: 'all', re: new RegExp(`[\\w)][.,;:]${BOUNDARY}+[A-Za-z]`, 'g') },
  // "YP· Survivor", "·Safety": the middle dot separates items, with a space either side.
  { name: 'middle dot without spaces', text: 'all', re: /\S·|·\S/g },
  // "Alliance., Findings", "Mexico.." : a full stop doubled or followed by a comma.
  { name: 'full stop before a comma or full stop', text: 'own', re: /[^.\s\]]\.\s*[,;]|[^.\]]\.\.(?!\.)/g }, // not after an elision mark such as [...], which reports print
  // "(…Peru, Peru)": the same name twice at the end of a parenthesis.
  { name: 'a name repeated in parentheses', text: 'own', re: /\b([A-Z][\w’']*(?: [A-Z][\w’']*)*), \1\)/g },
  // "06/09/26", "2026-11-29": dates are written out ("29 November 2026").
  {
    name: 'numeric date (write it out)',
    text: 'own',
    re: /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b(19|20)\d\d-[01]\d-[0-3]\d\b/g,
  },
  // Notes written for editors, not readers. "snippet" is our field name for the verbatim passage: only /data/
  // (the data dictionary) has reason to say it.
  {
    name: 'a note for editors',
    text: 'all',
    re: /artefact of the (report|text)|conversion artefact|\bTODO\b|\bFIXME\b|lorem ipsum/gi,
  },
  { name: 'a note for editors', text: 'all', re: /\bsnippets?\b/gi, except: /^\/data\// },
];

/**
 * Every problem on a page (served at `url`, when known), as "rule: …context…".
 * @param {string} html
 * @param {string} [url]
 * @returns {string[]}
 */
export function editorialProblems(html, url = '') {
  const texts = visibleText(html);
  const out = [];
  for (const rule of rules) {
    if (rule.except && rule.except.test(url)) continue;
    const text = texts[rule.text];
    for (const m of text.matchAll(rule.re)) {
      const around = text
        .slice(Math.max(0, m.index - 30), m.index + m[0].length + 30)
        .replaceAll(BOUNDARY, '|')
        .replace(/\n/g, ' ⏎ ');
      out.push(`${rule.name}: “${around}”`);
    }
  }
  return out;
}
