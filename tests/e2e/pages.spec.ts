// Every built page: loads without console errors, requests nothing from another origin, has the safety shell,
// sets no cookie, and has zero axe-core violations (WCAG 2.0/2.1/2.2 A and AA).
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { allPageUrls, guard } from '../support/site.ts';

// axe on the largest country page (Mexico: three reports' evidence) takes over a minute on two cores.
test.describe.configure({ timeout: 240_000 });

const urls = allPageUrls();
test('the crawl finds the page templates', () => {
  for (const u of ['/', '/about/', '/safety/', '/countries/', '/countries/mexico/', '/themes/', '/themes/reporting/', '/quotes/', '/search/', '/charts/', '/data/', '/recommendations/', '/sources/', '/sources/dh-mexico/'])
    expect(urls).toContain(u);
  expect(urls.filter((u) => u.startsWith('/charts/')).length).toBeGreaterThan(10);
  expect(urls.filter((u) => u.startsWith('/embed/')).length).toBeGreaterThan(10);
});

for (const url of [...urls, '/404.html']) {
  test(`page ${url}`, async ({ page, baseURL, context }) => {
    const g = await guard(page, baseURL!);
    const response = await page.goto(url, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    await page.waitForTimeout(100);
    // The safety shell is on every page. Embeds carry a content note in their bar and, on purpose, no quick exit
    // (src/layouts/EmbedLayout.astro says why).
    if (!url.startsWith('/embed/')) {
      await expect(page.locator('#quick-exit')).toBeVisible();
      await expect(page.locator('#content-note')).toBeVisible();
    } else await expect(page.locator('.embed-bar')).toContainText('Content note');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    expect(g.errors).toEqual([]);
    expect(g.foreign).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });
}
