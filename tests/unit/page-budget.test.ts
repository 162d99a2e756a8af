// The element counter behind the page budget (scripts/check/pages.mjs): it must count what a browser builds,
// so a page cannot pass by hiding elements in attributes, and must not count text that only looks like tags.
import { describe, expect, it } from 'vitest';
import { countElements } from '../../scripts/lib/html.mjs';

describe('countElements', () => {
  it('counts start tags, including void and SVG elements', () => {
    expect(
      countElements(
        '<!doctype html><html><head><meta charset="utf-8"></head><body><p>a<br>b</p><svg><g><rect/></g></svg></body></html>',
      ),
    ).toBe(9);
  });
  it('skips comments and the raw text of scripts, styles and titles', () => {
    expect(
      countElements(
        '<title>a <b> c</title><!-- <p><p> --><script>if (a<b) document.write("<div>")</script><style>p>b{}</style><p>x</p>',
      ),
    ).toBe(4);
  });
  it('steps over ">" and "<" inside quoted attribute values', () => {
    expect(countElements('<a title="1 > 0 <i>" data-x=\'<b>\'>link</a><span>s</span>')).toBe(2);
  });
  it('does not take a lone "<" in text for a tag', () => {
    expect(countElements('<p>1 < 2 and 3 <4</p>')).toBe(1);
  });
  it('agrees with the number of elements in a realistic fragment', () => {
    const items = Array.from(
      { length: 50 },
      (_, i) => `<li id="f${i}"><strong>${i}%</strong> text <a href="/x/#f${i}">Link</a></li>`,
    ).join('');
    expect(countElements(`<ul>${items}</ul>`)).toBe(1 + 50 * 3);
  });
});
