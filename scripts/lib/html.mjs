// @ts-check
// A light HTML tokenizer for budget checks: counts the elements a browser would build from a page without
// loading a DOM library. Comments, doctypes and the raw text of <script>, <style>, <textarea> and <title> are
// skipped; quoted attribute values may contain "<" or ">". Used by scripts/check/pages.mjs (tested in tests/unit).

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

/**
 * Number of start tags (elements, including SVG ones) in an HTML document.
 * @param {string} html
 * @returns {number}
 */
export function countElements(html) {
  let count = 0;
  let i = 0;

  // No lower-cased copy of the whole page, and charCodeAt rather than html[j]: with those, V8 slowed down after a few
  // hundred pages (the whole-site check took 110 s instead of under 1 s).
  while ((i = html.indexOf('<', i)) !== -1) {
    if (html.charCodeAt(i + 1) === 33 && html.charCodeAt(i + 2) === 45 && html.charCodeAt(i + 3) === 45) {
      const end = html.indexOf('-->', i + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    const next = html.charCodeAt(i + 1);
    if (next === 33 || next === 63 || next === 47) {
      const end = html.indexOf('>', i);
      i = end === -1 ? html.length : end + 1;
      continue;
    }
    if (!((next >= 65 && next <= 90) || (next >= 97 && next <= 122))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < html.length) {
      const c = html.charCodeAt(j);
      if (c === 32 || c === 10 || c === 9 || c === 13 || c === 47 || c === 62 || c === 12) break;
      j++;
    }
    const name = html.substring(i + 1, j).toLowerCase();
    let quote = 0;
    let afterEquals = false;
    for (; j < html.length; j++) {
      const c = html.charCodeAt(j);
      if (quote) {
        if (c === quote) quote = 0;
      } else if ((c === 34 || c === 39) && afterEquals) quote = c;
      else if (c === 62) break;
      if (!quote && c !== 32 && c !== 10 && c !== 9 && c !== 13) afterEquals = c === 61;
    }
    count++;
    i = j + 1;
    if (RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}`, 'ig');
      close.lastIndex = i;
      const end = close.exec(html)?.index ?? -1;
      i = end === -1 ? html.length : end;
    }
  }
  return count;
}
