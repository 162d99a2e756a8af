// @ts-check
// The rules of the browserless check over built pages (scripts/check/pages-static.mjs), kept apart from the CLI so
// tests/unit/page-rules.test.ts can show each rule failing on a small piece of HTML. A page is either a full page
// (BaseLayout: banner, main, contentinfo, quick exit, content note, the <h1> in the shared page header) or an embed
// (/embed/*, EmbedLayout: main and a one-line content note, framed by other sites).
import { parse, walkSync, ELEMENT_NODE } from 'ultrahtml';

/** @typedef {{ rule: string, message: string }} Problem */
/** @typedef {{ name: string, attributes: Record<string, string>, children: any[], parent: any }} Element */

const HEADING = /^h([1-6])$/;
/** Sectioning elements inside which <header> and <footer> are not the page's banner and contentinfo. */
const SECTIONING = new Set(['article', 'aside', 'main', 'nav', 'section']);

/** Elements in document order, skipping <template> contents (never rendered). @param {string} html */
function elementsOf(html) {
  /** @type {Element[]} */
  const out = [];
  walkSync(parse(html), (node) => {
    if (node.type !== ELEMENT_NODE) return;
    for (let p = /** @type {any} */ (node.parent); p; p = p.parent) if (p.name === 'template') return;
    out.push(/** @type {Element} */ (node));
  });
  return out;
}

/** The heading level of an element (h1–h6 or role="heading"), or 0. @param {Element} el */
function headingLevel(el) {
  const m = HEADING.exec(el.name);
  if (m) return Number(m[1]);
  if (el.attributes.role === 'heading') return Number(el.attributes['aria-level'] ?? 2);
  return 0;
}

/** @param {Element} el */
function insideSectioning(el) {
  for (let p = el.parent; p; p = p.parent) if (SECTIONING.has(p.name)) return true;
  return false;
}

/** Is `el` inside `ancestor`? @param {Element} el @param {Element} ancestor */
function isInside(el, ancestor) {
  for (let p = el.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

/** @param {Element} el */
const textOf = (el) => {
  let text = '';
  walkSync(/** @type {any} */ (el), (n) => {
    if (n.type === 2) text += n.value;
  });
  return text.replace(/\s+/g, ' ').trim();
};

/** @param {string | undefined} href */
const isHelpLink = (href) => href !== undefined && /^\/help\/(#.*)?$/.test(href);

/**
 * Checks one built page. `url` decides whether it is an embed.
 * @param {string} html
 * @param {string} url
 * @returns {Problem[]}
 */
export function checkPage(html, url) {
  /** @type {Problem[]} */
  const problems = [];
  const add = (/** @type {string} */ rule, /** @type {string} */ message) => problems.push({ rule, message });
  const embed = url.startsWith('/embed/');
  const els = elementsOf(html);

  // 1.3.1 / 2.4.6: exactly one <h1>, and it is the first heading (the content note is not a heading).
  const headings = els.map((el) => ({ el, level: headingLevel(el) })).filter((h) => h.level > 0);
  const h1s = headings.filter((h) => h.level === 1);
  if (h1s.length !== 1) add('one-h1', `has ${h1s.length} <h1> elements; a page has exactly one`);
  const firstH1 = headings.findIndex((h) => h.level === 1);
  const before = firstH1 === -1 ? [] : headings.slice(0, firstH1);
  const first = before[0];
  if (first) add('heading-before-h1', `heading before the <h1>: <${first.el.name}> "${textOf(first.el).slice(0, 60)}"`);

  // Every full page starts with the one shared page header (src/components/PageHeader.astro: breadcrumbs, <h1>,
  // lede), so a page kind with a hand-rolled heading fails here. Embeds are a chart alone, framed by other sites.
  if (!embed) {
    const headers = els.filter((el) => (el.attributes.class ?? '').split(/\s+/).includes('page-header'));
    const h1 = h1s[0]?.el;
    const [header] = headers;
    if (!header || headers.length > 1)
      add('page-header', `has ${headers.length} page headers (class="page-header"); a page has exactly one`);
    else if (h1 && !isInside(h1, header))
      add('page-header', 'the <h1> is not inside the page header (src/components/PageHeader.astro)');
  }

  // 2.4.3: focus is never moved on load.
  for (const el of els)
    if ('autofocus' in el.attributes) add('autofocus', `<${el.name}> has autofocus; never move focus on load`);

  // 4.1.1 / label and fragment targets: ids are unique.
  const seen = new Map();
  for (const el of els) {
    const id = el.attributes.id;
    if (id !== undefined) seen.set(id, (seen.get(id) ?? 0) + 1);
  }
  for (const [id, n] of seen) if (n > 1) add('duplicate-id', `id "${id}" is used ${n} times`);

  // Landmarks: one main; full pages also one banner and one contentinfo.
  const count = (/** @type {(el: Element) => boolean} */ test) => els.filter(test).length;
  const mains = count((el) => el.name === 'main' || el.attributes.role === 'main');
  if (mains !== 1) add('landmark-main', `has ${mains} main landmarks; a page has exactly one`);
  if (!embed) {
    const banners = count(
      (el) => el.attributes.role === 'banner' || (el.name === 'header' && !el.attributes.role && !insideSectioning(el)),
    );
    const footers = count(
      (el) =>
        el.attributes.role === 'contentinfo' || (el.name === 'footer' && !el.attributes.role && !insideSectioning(el)),
    );
    if (banners !== 1)
      add('landmark-banner', `has ${banners} banner landmarks (page-level <header>); a page has exactly one`);
    if (footers !== 1)
      add('landmark-contentinfo', `has ${footers} contentinfo landmarks (page-level <footer>); a page has exactly one`);
  }

  // The safety shell: a quick exit leaving for another site, and a content note. Embeds have a content note and, on
  // purpose, no quick exit (src/layouts/EmbedLayout.astro says why).
  const exit = els.find((el) => el.attributes.id === 'quick-exit');
  if (!embed && (!exit || exit.name !== 'a' || !/^https?:\/\//.test(exit.attributes.href ?? '')))
    add('quick-exit', 'no quick exit (<a id="quick-exit" href="https://…">)');
  if (embed) {
    if (!els.some((el) => /^Content note\b/.test(textOf(el)) && el.children.every((c) => c.type !== ELEMENT_NODE)))
      add('content-note', 'no one-line content note ("Content note: …")');
  } else if (!els.some((el) => el.attributes.id === 'content-note'))
    add('content-note', 'no content note (id="content-note")');

  // Every page offers help in one step (the content note's "Where to get help").
  if (!els.some((el) => el.name === 'a' && isHelpLink(el.attributes.href)))
    add('help-link', 'no link to /help/ ("Where to get help")');
  return problems;
}
