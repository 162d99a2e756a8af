// WCAG 2.4.11 Focus not obscured: Tab forwards through a whole page and back again; at every stop the centre of the
// focused element is in the viewport and not covered by another element (the sticky quick-exit bar, above all).
import { test, expect, type Page } from '@playwright/test';

const PAGES = ['/countries/peru/', '/themes/stigma-blame/', '/recommendations/', '/charts/', '/quotes/'];
const MAX_STOPS = 1500;

/** Where focus is, and whether its centre is covered; null when focus is on the body (the walk has wrapped). */
async function stop(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight)
      return { name, covered: `centre (${x | 0}, ${y | 0}) outside the viewport` };
    const top = document.elementFromPoint(x, y);
    const ok = top && (el === top || el.contains(top) || top.contains(el));
    return {
      name,
      covered: ok ? '' : `covered by ${top ? `${top.tagName.toLowerCase()}.${top.className}` : 'nothing'}`,
    };
  });
}

async function walk(page: Page, key: 'Tab' | 'Shift+Tab'): Promise<{ stops: number; covered: string[] }> {
  const covered: string[] = [];
  let stops = 0;
  let leading = 0;
  for (; stops < MAX_STOPS; stops++) {
    await page.keyboard.press(key);
    const s = await stop(page);
    // Starting from outside the page, the first press may only bring focus back to the document.
    if (!s && stops === 0 && leading++ < 1) {
      stops--;
      continue;
    }
    if (!s) break;
    if (s.covered) covered.push(`${s.name}: ${s.covered}`);
  }
  return { stops, covered };
}

for (const url of PAGES) {
  test(`focus is never hidden tabbing forwards and backwards through ${url}`, async ({ page }) => {
    test.setTimeout(400_000); // a country hub has about 800 stops each way: two round trips to the browser per stop
    await page.goto(url);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    const forward = await walk(page, 'Tab');
    expect(forward.stops, 'the forward walk returns to the browser chrome').toBeLessThan(MAX_STOPS);
    expect(forward.stops).toBeGreaterThan(10);
    // From the end of the page back to the top: the direction that hid items under the sticky bar.
    const backward = await walk(page, 'Shift+Tab');
    expect(backward.stops).toBeGreaterThan(10);
    // Shift+Tab again and again is not the quick exit's "Shift three times".
    expect(new URL(page.url()).pathname).toBe(url);
    expect({ forward: forward.covered, backward: backward.covered }).toEqual({ forward: [], backward: [] });
  });
}
