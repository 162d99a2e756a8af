// A light HTML tokenizer for budget checks: counts the elements a browser would build from a page without
// loading a DOM library. Comments, doctypes and the raw text of <script>, <style>, <textarea> and <title> are
// skipped; quoted attribute values may contain "<" or ">". Used by scripts/check/pages.mjs (tested in tests/unit).

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

/** Number of start tags (elements, including SVG ones) in an HTML document. */
export function countElements(html) {
  let count = 0;
  let i = 0;
  const lower = html.toLowerCase();
  while ((i = html.indexOf('<', i)) !== -1) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    const next = html[i + 1] ?? '';
    if (next === '!' || next === '?' || next === '/') {
      const end = html.indexOf('>', i);
      i = end === -1 ? html.length : end + 1;
      continue;
    }
    if (!/[a-zA-Z]/.test(next)) {
      i++;
      continue;
    }
    const name = /^[a-zA-Z][^\s/>]*/.exec(html.slice(i + 1, i + 65))[0].toLowerCase();
    // Walk to the end of the tag, stepping over quoted attribute values.
    let j = i + 1 + name.length;
    let quote = '';
    let afterEquals = false;
    for (; j < html.length; j++) {
      const c = html[j];
      if (quote) {
        if (c === quote) quote = '';
      } else if ((c === '"' || c === "'") && afterEquals) quote = c;
      else if (c === '>') break;
      if (!quote && c !== ' ' && c !== '\n' && c !== '\t' && c !== '\r') afterEquals = c === '=';
    }
    count++;
    i = j + 1;
    if (RAW_TEXT.has(name)) {
      const end = lower.indexOf(`</${name}`, i);
      i = end === -1 ? html.length : end;
    }
  }
  return count;
}
