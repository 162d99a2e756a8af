// Where to get help (/help/) in a browser: links out load nothing until followed, a country anchor lands on its
// section, the quick exit is one keypress away, axe finds nothing with every snippet open (light and dark; this is
// /help/'s axe run, see pages.spec.ts), and it reads fully without JavaScript. What the page says (every channel as
// printed, emergency routes first, links out that say they leave the site) and that every page links to it are read
// from the built HTML in tests/unit/help-page.test.ts; the crawl in pages.spec.ts sees each page's link shown.
import { test, expect } from '@playwright/test';
import { axeLightAndDark } from '../support/axe.ts';
import { guard, readData } from '../support/site.ts';

const channels = readData<{ id: string }[]>('help.json');

test.describe('the help page', () => {
  test('makes no third-party request on load, nor on hovering or focusing the links out', async ({ page, baseURL }) => {
    const g = await guard(page, baseURL!);
    await page.goto('/help/', { waitUntil: 'load' });
    for (const a of await page.locator('main a[href^="http"]').all()) {
      await a.hover();
      await a.focus();
    }
    await page.waitForTimeout(500);
    expect(g.foreign).toEqual([]);
    expect(g.errors).toEqual([]);
  });

  test('a country anchor lands on its section', async ({ page }) => {
    await page.goto('/help/#moldova');
    await expect(page.getByRole('heading', { level: 2, name: 'Moldova' })).toBeInViewport();
  });

  test('keeps the quick exit one keypress away', async ({ page }) => {
    await page.goto('/help/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAttribute('id', 'quick-exit');
  });

  test('passes axe with every snippet open, in light and dark', async ({ page }) => {
    // pages.spec.ts checks /help/ as it loads; this checks the state a reader opens it to.
    await page.goto('/help/');
    // Open every "What the report says" (native <details>) so the snippets are checked too: all at once, the state
    // clicking each of the 23 would leave.
    const opened = await page
      .locator('details.help-snippet')
      .evaluateAll((all) => all.map((d) => ((d as HTMLDetailsElement).open = true)).length);
    expect(opened).toBeGreaterThan(10);
    expect(await axeLightAndDark(page)).toEqual({ light: [], dark: [] });
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the help page reads fully, with the quick exit as a plain link', async ({ page }) => {
    await page.goto('/help/');
    await expect(page.getByRole('heading', { level: 1, name: 'Where to get help' })).toBeVisible();
    await expect(page.locator('#quick-exit')).toBeVisible();
    for (const c of channels) await expect(page.locator(`article#${c.id} h3`)).toBeVisible();
    await expect(page.locator('main [role=note]')).toBeVisible();
  });
});
