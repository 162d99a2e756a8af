// @ts-check
// Parses a Netlify/Cloudflare-style _headers file and works out the headers for a path.
// Rules apply in file order; a later rule replaces a header an earlier one set; "! Name" removes it.

/** @typedef {{ pattern: string, set: [name: string, value: string][], unset: string[] }} HeaderRule */

/**
 * @param {string} text the _headers file
 * @returns {HeaderRule[]}
 */
export function parseHeaders(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (!line || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), set: [], unset: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers: header line before any path: ${line.trim()}`);
    const entry = line.trim();
    if (entry.startsWith('!')) rule.unset.push(entry.slice(1).trim().toLowerCase());
    else {
      const at = entry.indexOf(':');
      if (at < 1) throw new Error(`_headers: not "Name: value": ${entry}`);
      rule.set.push([entry.slice(0, at).trim(), entry.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/**
 * @param {string} pattern a path, or a prefix ending in "*"
 * @param {string} path
 */
export function matches(pattern, path) {
  if (pattern.endsWith('*')) return path.startsWith(pattern.slice(0, -1));
  return path === pattern;
}

/**
 * @param {HeaderRule[]} rules
 * @param {string} path
 * @returns {Record<string, string>} header name (as the file spells it) → value
 */
export function headersFor(rules, path) {
  /** @type {Map<string, [string, string]>} lower-cased name → [name, value] */
  const out = new Map();
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const name of rule.unset) out.delete(name);
    for (const [name, value] of rule.set) out.set(name.toLowerCase(), [name, value]);
  }
  return Object.fromEntries([...out.values()]);
}
