// WCAG 2.4.11 Focus not obscured: tabbing forwards through a whole page and back again, at every stop the centre of
// the focused element is in the viewport and not covered by another element (the sticky quick-exit bar, above all).
//
// Pressing Tab costs three round trips to the browser per stop, and these pages have up to 300 stops each way, so the
// whole walk is replayed inside the page instead: the sequential focus order is read from the DOM, and each element
// is focused in turn with focus(), which scrolls it into view exactly as Tab does (same scroll-padding, same
// "nearest" alignment), forwards and then backwards. Real key presses then prove that replay true: Tab from the top
// and Shift+Tab from the bottom, for the first and last stops, must reach the same elements and leave the page
// scrolled to the same place as the replay does.
import { test, expect, type Page } from '@playwright/test';

const PAGES = ['/countries/peru/', '/themes/stigma-blame/', '/recommendations/', '/charts/', '/quotes/'];
/**
 * What a page must show before its focus order and scroll positions are final. /quotes/ lays each result out at a
 * placeholder height until it is first on screen (content-visibility: auto), then keeps its real height; the replay
 * focuses a whole page in one task, with no frame in which those heights could change, while real keys leave a frame
 * between stops (seen: the page 85 px shorter under Shift+Tab than in the replay). So every result is shown once
 * first, as a reader scrolling down would, and the page is final.
 */
const READY: Record<string, (page: Page) => Promise<void>> = {
  '/quotes/': async (page) => {
    await expect(page.locator('ol.results > li')).toHaveCount(20, { timeout: 15_000 });
    await page.evaluate(async () => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      for (const li of document.querySelectorAll('ol.results > li')) {
        li.scrollIntoView();
        await frame();
      }
      window.scrollTo(0, 0);
      await frame();
    });
  },
};
/** Real key presses at each end of the page. */
const KEYED = 12;

interface Stop {
  /** Index in the replayed order, or -1 when focus is on something the order does not hold. */
  index: number;
  name: string;
  scrollY: number;
  covered: string;
}

/**
 * In the page: the sequential focus order as a browser builds it from the DOM (tabindex ≥ 0, rendered, not disabled
 * or inert; positive tabindex is refused by the static page check), kept on window for the other helpers.
 */
async function readOrder(page: Page): Promise<number> {
  return page.evaluate(() => {
    const candidates = document.querySelectorAll<HTMLElement | SVGElement>(
      'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex], [contenteditable="true"]',
    );
    const order = [...candidates].filter((el) => {
      if (el.tabIndex < 0 || el.matches(':disabled') || el.closest('[inert]')) return false;
      // A summary is focusable only as its details' first summary.
      if (el.tagName === 'SUMMARY' && el.parentElement?.querySelector(':scope > summary') !== el) return false;
      return el.checkVisibility({ visibilityProperty: true });
    });
    (window as unknown as { __order: Element[] }).__order = order;
    return order.length;
  });
}

/**
 * Installed in the page as window.__stop (an evaluated string, since the site's CSP forbids eval in the page): where
 * focus is and whether its centre is covered. Shared by the replay and the key presses.
 */
const STOP_SOURCE = `window.__stop = () => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const r = el.getBoundingClientRect();
  const x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' "' + (el.textContent || '').trim().slice(0, 40) + '"';
  const index = window.__order.indexOf(el);
  const scrollY = Math.round(window.scrollY);
  if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight)
    return { index, name, scrollY, covered: 'centre (' + (x | 0) + ', ' + (y | 0) + ') outside the viewport' };
  const top = document.elementFromPoint(x, y);
  const ok = top && (el === top || el.contains(top) || top.contains(el));
  return { index, name, scrollY, covered: ok ? '' : 'covered by ' + (top ? top.tagName.toLowerCase() + '.' + top.className : 'nothing') };
}`;
type Helpers = { __order: HTMLElement[]; __stop: () => Stop | null };

async function stop(page: Page): Promise<Stop | null> {
  return page.evaluate(() => (window as unknown as Helpers).__stop());
}

/** In the page: focus each element of the order from `from` to `to` (inclusive, either direction), one stop each. */
async function replay(page: Page, from: number, to: number): Promise<Stop[]> {
  return page.evaluate(
    ({ from, to }) => {
      const { __order: order, __stop } = window as unknown as Helpers;
      const stops: Stop[] = [];
      const step = from <= to ? 1 : -1;
      for (let i = from; step > 0 ? i <= to : i >= to; i += step) {
        order[i]!.focus();
        stops.push(__stop()!);
      }
      return stops;
    },
    { from, to },
  );
}

async function press(page: Page, key: 'Tab' | 'Shift+Tab', times: number): Promise<(Stop | null)[]> {
  const out: (Stop | null)[] = [];
  for (let i = 0; i < times; i++) {
    await page.keyboard.press(key);
    out.push(await stop(page));
  }
  return out;
}

const problems = (stops: (Stop | null)[]) => stops.flatMap((s) => (s?.covered ? [`${s.name}: ${s.covered}`] : []));

for (const url of PAGES) {
  test(`focus is never hidden tabbing forwards and backwards through ${url}`, async ({ page }) => {
    await page.goto(url, { waitUntil: 'networkidle' });
    await READY[url]?.(page);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.evaluate(STOP_SOURCE);
    const n = await readOrder(page);
    expect(n, 'a page with this few stops is not the page the test was written for').toBeGreaterThan(2 * KEYED);

    // Real keys from the top: Tab reaches the order's first stops, in order, scrolled as the replay will be.
    const keyedDown = await press(page, 'Tab', KEYED);
    expect(keyedDown.map((s) => s?.index)).toEqual([...Array(KEYED).keys()]);
    // The whole page, forwards then backwards, replayed in the page.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.evaluate(() => window.scrollTo(0, 0));
    const forward = await replay(page, 0, n - 1);
    const backward = await replay(page, n - 1, 0);
    expect(forward.slice(0, KEYED).map((s) => s.scrollY)).toEqual(keyedDown.map((s) => s?.scrollY));

    // Real keys from the bottom: after the same forward replay, Shift+Tab from the last stop reaches the ones before
    // it, scrolled as the backward replay was.
    await page.evaluate(() => window.scrollTo(0, 0));
    await replay(page, 0, n - 1);
    const keyedUp = await press(page, 'Shift+Tab', KEYED);
    expect(keyedUp.map((s) => s?.index)).toEqual([...Array(KEYED).keys()].map((i) => n - 2 - i));
    expect(keyedUp.map((s) => s?.scrollY)).toEqual(backward.slice(1, KEYED + 1).map((s) => s.scrollY));
    // Shift+Tab again and again is not the quick exit's "Shift three times".
    expect(new URL(page.url()).pathname).toBe(url);

    expect({
      forward: problems(forward),
      backward: problems(backward),
      keyed: problems([...keyedDown, ...keyedUp]),
    }).toEqual({ forward: [], backward: [], keyed: [] });
  });
}
