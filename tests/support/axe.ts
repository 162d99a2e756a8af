// axe as every spec runs it: WCAG 2.0/2.1/2.2 A and AA, violations only, summarised as "rule: first targets".
// axe-core is put into the page once and run there directly. @axe-core/playwright's AxeBuilder injects it again on
// every analyze() and finishes each run in a fresh blank page (to stitch results from frames), which cost 2 to 2.5 s
// a page here, more than axe itself on a typical page. That stitching is only needed for pages with frames, and the
// site's pages have none: a page with a frame fails here, so a check never silently skips a frame's content.
// axe parses every colour it reads from a computed style with a general colour library, afresh each time; on the
// site's largest page that was a quarter of axe's time, spent on a few dozen distinct strings. The page's copy of axe
// is given a memory of those parses (rememberColourParses below): the same answers, about a third less time.
import axe from 'axe-core';
import type { Page } from '@playwright/test';

declare global {
  interface Window {
    axe?: typeof axe;
  }
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * In dark mode only colours change: the dark scheme is a block of custom properties and nothing else (checked over
 * the built CSS in tests/unit/dark-scheme.test.ts), so only axe's colour rules can give a different answer there.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** axe's violations on the page as it is now; all WCAG A/AA rules, or only `rules`. */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  const frames = await page.locator('iframe, frame, object, embed').count();
  if (frames > 0) throw new Error(`axe: ${page.url()} has ${frames} frame(s), which this runner does not check`);
  if (!(await page.evaluate(() => !!window.axe))) {
    await page.evaluate(axe.source);
    await page.evaluate(rememberColourParses);
  }
  // Only violations are collected: axe then skips recording every passing node, the bulk of its time on big pages.
  const runOnly: axe.RunOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: WCAG_TAGS };
  const violations = await page.evaluate(
    async (options) => {
      if (!window.axe) throw new Error('axe did not load into the page');
      return (await window.axe.run(document, options)).violations.map((v) => ({
        id: v.id,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }));
    },
    { runOnly, resultTypes: ['violations'] as axe.resultGroups[] },
  );
  return violations.map((v) => `${v.id}: ${v.targets.slice(0, 3).join(' | ')}`);
}

/** The colour as axe's parser leaves it: the channels from 0 to 1, and alpha. */
type Parsed = [r: number, g: number, b: number, alpha: number];
interface AxeColour {
  r: number;
  g: number;
  b: number;
  alpha: number;
  parseString(text: string): AxeColour;
}

/**
 * Runs in the page, once axe is in it: each colour string axe parses (its Color#parseString, which every other parse
 * method calls) is parsed by axe once and then answered from memory. Parsing is a function of the string alone, so
 * the answers are the same in light and dark; a string axe cannot parse is not remembered, so it throws every time,
 * as before. If a new axe moves the parser, this says so instead of silently running slower.
 */
export function rememberColourParses(): void {
  const commons = window.axe?.commons as unknown as { color?: { Color?: { prototype: AxeColour } } } | undefined;
  const proto = commons?.color?.Color?.prototype;
  const parse = proto?.parseString;
  if (!proto || typeof parse !== 'function')
    throw new Error('axe: commons.color.Color#parseString is not where tests/support/axe.ts expects it');
  const seen = new Map<string, Parsed>();
  proto.parseString = function (this: AxeColour, text: string) {
    const known = seen.get(text);
    if (known) [this.r, this.g, this.b, this.alpha] = known;
    else {
      parse.call(this, text);
      seen.set(text, [this.r, this.g, this.b, this.alpha]);
    }
    return this;
  };
}

/** axe on the page as it is, in light (every rule) and then dark (the colour rules). */
export async function axeLightAndDark(page: Page): Promise<{ light: string[]; dark: string[] }> {
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await axeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await axeViolations(page, COLOUR_RULES);
  return { light, dark };
}
