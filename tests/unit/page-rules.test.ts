// The rules of the browserless page check (scripts/lib/page-rules.mjs): a well-formed page passes, and each rule
// fails on a page broken in just the way it looks for.
import { describe, expect, it } from 'vitest';
import { checkPage } from '../../scripts/lib/page-rules.mjs';

const QUICK_EXIT = '<a id="quick-exit" href="https://www.google.com/">Quick exit</a>';
const NOTE =
  '<aside id="content-note" aria-label="Content note"><p><strong>Content note</strong></p><a href="/help/">where to get help</a></aside>';

/** A full page as BaseLayout builds it; `parts` replaces any piece. */
function page(parts: { shell?: string; note?: string; header?: string; main?: string; footer?: string } = {}): string {
  const {
    shell = QUICK_EXIT,
    note = NOTE,
    header = '<header><nav aria-label="Main"><a href="/">Home</a></nav></header>',
    main = '<main id="main"><header class="page-header"><h1>Title</h1></header><h2 id="a">Part</h2><article><header>Card</header><footer>Card</footer></article></main>',
    footer = '<footer><p>Footer</p></footer>',
  } = parts;
  return `<!doctype html><html lang="en"><head><title>t</title></head><body>${shell}${note}${header}${main}${footer}</body></html>`;
}
const rules = (html: string, url = '/x/') => checkPage(html, url).map((p) => p.rule);

describe('page rules', () => {
  it('pass a well-formed page and a well-formed embed', () => {
    expect(checkPage(page(), '/x/')).toEqual([]);
    const embed = `<html><body><div><span>Content note: child sexual exploitation and abuse.</span><a href="/help/">Help</a></div><main><h1>Chart</h1></main></body></html>`;
    expect(checkPage(embed, '/embed/c/')).toEqual([]);
  });

  it('one-h1: none, or two', () => {
    expect(rules(page({ main: '<main><h2>Only</h2></main>' }))).toContain('one-h1');
    expect(rules(page({ main: '<main><h1>One</h1><h1>Two</h1></main>' }))).toContain('one-h1');
    expect(rules(page({ main: '<main><div role="heading" aria-level="1">A</div><h1>B</h1></main>' }))).toContain(
      'one-h1',
    );
  });

  it('heading-before-h1: a heading in the content note or header comes first', () => {
    expect(
      rules(page({ note: '<aside id="content-note"><h2>Content note</h2><a href="/help/">h</a></aside>' })),
    ).toEqual(['heading-before-h1']);
    expect(rules(page({ header: '<header><h6>Site</h6></header>' }))).toEqual(['heading-before-h1']);
  });

  it('autofocus anywhere', () => {
    expect(
      rules(
        page({ main: '<main><header class="page-header"><h1>S</h1></header><input type="search" autofocus></main>' }),
      ),
    ).toEqual(['autofocus']);
  });

  it('duplicate-id, including ids inside SVG', () => {
    expect(
      rules(
        page({
          main: '<main><header class="page-header"><h1 id="t">S</h1></header><svg><title id="t">x</title></svg></main>',
        }),
      ),
    ).toEqual(['duplicate-id']);
  });

  it('landmark-main, -banner, -contentinfo', () => {
    expect(rules(page({ main: '<div><div class="page-header"><h1>S</h1></div></div>' }))).toEqual(['landmark-main']);
    expect(
      rules(page({ main: '<main><header class="page-header"><h1>S</h1></header></main><div role="main"></div>' })),
    ).toEqual(['landmark-main']);
    expect(rules(page({ header: '<div></div>' }))).toEqual(['landmark-banner']);
    expect(rules(page({ footer: '<footer></footer><div role="contentinfo"></div>' }))).toEqual([
      'landmark-contentinfo',
    ]);
  });

  it('quick-exit: missing, or not a link away from the site', () => {
    expect(rules(page({ shell: '' }))).toEqual(['quick-exit']);
    expect(rules(page({ shell: '<button id="quick-exit">Quick exit</button>' }))).toEqual(['quick-exit']);
    expect(rules(page({ shell: '<a id="quick-exit" href="/">Quick exit</a>' }))).toEqual(['quick-exit']);
  });

  it('content-note and help-link', () => {
    expect(rules(page({ note: '<p><a href="/help/">help</a></p>' }))).toEqual(['content-note']);
    expect(rules(page({ note: '<aside id="content-note"><a href="/helpful/">x</a></aside>' }))).toEqual(['help-link']);
    expect(rules('<html><body><main><h1>C</h1></main></body></html>', '/embed/c/')).toEqual([
      'content-note',
      'help-link',
    ]);
  });

  it('page-header: the <h1> outside it, no page header, or two', () => {
    expect(rules(page({ main: '<main><h1>Title</h1></main>' }))).toEqual(['page-header']);
    expect(
      rules(page({ main: '<main><header class="page-header"><p>Kicker</p></header><h1>Title</h1></main>' })),
    ).toEqual(['page-header']);
    expect(
      rules(
        page({
          main: '<main><header class="page-header"><h1>T</h1></header><div class="x page-header"></div></main>',
        }),
      ),
    ).toEqual(['page-header']);
    // An embed is a chart alone: no page header needed.
    const embed = `<html><body><div><span>Content note: abuse.</span><a href="/help/">Help</a></div><main><h1>C</h1></main></body></html>`;
    expect(rules(embed, '/embed/c/')).toEqual([]);
  });

  it('ignores markup inside <template>', () => {
    expect(
      rules(
        page({
          main: '<main><header class="page-header"><h1>S</h1></header><template><h1>Row</h1><p id="a"></p></template></main>',
        }),
      ),
    ).toEqual([]);
  });
});
