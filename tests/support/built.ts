// The built site read without a browser, for checks of what a page's HTML says (its text, links and structure) that
// need no layout, no CSS and no script: a DOM parsed by linkedom from dist/, so a check reads as it would in
// Playwright, at a fraction of the cost of loading the page in Chromium. What needs a browser (layout, focus,
// scripts, axe) stays in tests/e2e/.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { fileOf } from '../../scripts/lib/dist.mjs';
import { DIST, readData } from './site.ts';

// The same dist/ and published data the browser tests read.
export { DIST, readData };

/** Whether `url` (a site path, e.g. "/countries/peru/") is a built page or file. */
export const isBuilt = (url: string): boolean => !!fileOf(DIST, url);

/** The built page at `url` as HTML text; throws naming the page when it was not built. */
export function builtHtml(url: string): string {
  const file = fileOf(DIST, url);
  if (!file) throw new Error(`${url} is not built (run npm run build first)`);
  return readFileSync(file, 'utf8');
}

const cache = new Map<string, Document>();
/** The built page at `url` as a DOM Document; throws naming the page when it was not built. */
export function builtPage(url: string): Document {
  const path = url.replace(/#.*$/, '');
  const hit = cache.get(path);
  if (hit) return hit;
  const { document } = parseHTML(builtHtml(path));
  cache.set(path, document);
  return document;
}

/** `s` as a reader meets it: whitespace runs collapsed, ends trimmed. */
export const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();
/** A node's text, collapsed as a reader meets it ('' for no node). */
export const text = (node: Node | null | undefined): string => collapse(node?.textContent ?? '');

/**
 * Whether `later` comes after `earlier` in document order. Written here because linkedom's compareDocumentPosition
 * answers wrongly for elements in different branches (a <p> inside a <div> "precedes" the <p> after that <div>).
 */
export function comesAfter(earlier: Element, later: Element): boolean {
  const all = [...(earlier.ownerDocument ?? later.ownerDocument).querySelectorAll('*')];
  return all.indexOf(later) > all.indexOf(earlier) && all.indexOf(earlier) >= 0;
}
