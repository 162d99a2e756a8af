/**
 * JSON for a `<script type="application/json">` block in a page (read back with JSON.parse(el.textContent)).
 * JSON.stringify leaves "</script>" and "<!--" as they are, so a content field holding them would end the block
 * and let the rest run as HTML. Escaping every "<" as \u003c (and ">", "&" for good measure) keeps the text inside
 * the block and parses back to the same value. U+2028/U+2029 are escaped too, for readers that eval JSON as script.
 * Every inline JSON block goes through this; pages render it with set:html.
 */
const escapes: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

export function inlineJson(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new Error('inlineJson: the value has no JSON form (undefined or a function)');
  return json.replace(/[<>&\u2028\u2029]/g, (c) => escapes[c]!);
}
