// Where to get help (/help/): one step from every page, readable without JavaScript, every channel the data
// publishes shown with its number or address as printed, emergency routes first, links out that say they leave
// the site and load nothing until followed, axe-clean in light and dark, and the quick exit one keypress away.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { axeLightAndDark } from '../support/axe.ts';
import { DIST, allPageUrls, guard, readData } from '../support/site.ts';
import { fileOf } from '../../scripts/lib/dist.mjs';
import { helpKinds } from '../../src/evidence/helpSchema.ts';
import { countryIds } from '../../src/evidence/vocabulary.ts';

interface PublicHelp {
  id: string;
  country: string;
  name: string;
  kind: string;
  contact: string | null;
  website: string | null;
}
const channels = readData<PublicHelp[]>('help.json');
const firstChart = readData<{ url: string }[]>('charts/index.json')[0]!.url;
const HELP_LINK = 'a[href="/help/"], a[href^="/help/#"]';

test.describe('one step from every page', () => {
  // One page of each kind, in a browser: a visible link to /help/ (header, footer, content note or page body).
  const kinds = [
    '/',
    '/countries/mexico/',
    '/themes/reporting/',
    '/quotes/',
    firstChart,
    '/search/',
    '/safety/',
    '/recommendations/',
    '/sources/dh-mexico/',
    '/data/',
    '/about/',
  ];
  for (const url of kinds) {
    test(`${url} links to /help/`, async ({ page }) => {
      await page.goto(url);
      const links = page.locator(HELP_LINK);
      expect(await links.count(), `no link to /help/ on ${url}`).toBeGreaterThan(0);
      await expect(links.filter({ visible: true }).first()).toBeVisible();
    });
  }

  // Every built page, cheaply, from the files. Embeds are excluded: they are charts framed in other sites' pages,
  // with only the quick exit and a link back to the chart page.
  test('every built page (except chart embeds) carries a link to /help/', () => {
    const missing = allPageUrls()
      .filter((u) => !u.startsWith('/embed/'))
      .filter((u) => !/href="\/help\/(#[^"]*)?"/.test(readFileSync(fileOf(DIST, u) as string, 'utf8')));
    expect(missing).toEqual([]);
  });
});

test.describe('the help page', () => {
  test('says first what the site is not', async ({ page }) => {
    await page.goto('/help/');
    const main = page.locator('main');
    const note = main.getByRole('note');
    await expect(note.getByRole('heading', { name: 'This website is not a help service' })).toBeVisible();
    await expect(note).toContainText('Nobody monitors this site');
    await expect(note).toContainText('You cannot report abuse or ask for help through this site');
    // It comes before any channel.
    const order = await main.evaluate((m) => {
      const first = m.querySelector('article.help-channel');
      const notice = m.querySelector('[role=note]');
      return notice && first ? notice.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order).toBeTruthy();
  });

  test('lists every channel of help.json under its country, emergency routes first', async ({ page }) => {
    await page.goto('/help/');
    for (const country of countryIds) {
      const section = page.locator(`section#${country}`);
      await expect(section).toHaveCount(1);
      const expected = channels.filter((c) => c.country === country);
      const ids = await section.locator('article.help-channel').evaluateAll((els) => els.map((e) => e.id));
      expect([...ids].sort()).toEqual(expected.map((c) => c.id).sort());
      if (expected.length === 0) await expect(section).toContainText('name no reporting channel or support service');
      // Kinds in page order never go back up the list (emergency-line first).
      const pageOrder = await section.locator('article.help-channel').evaluateAll((els) => els.map((e) => e.id));
      const ranks = pageOrder.map((id) =>
        helpKinds.indexOf(channels.find((c) => c.id === id)!.kind as (typeof helpKinds)[number]),
      );
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
    for (const c of channels) {
      const item = page.locator(`article#${c.id}`);
      await expect(item.getByRole('heading', { level: 3 })).toHaveText(c.name);
      if (c.contact) await expect(item.locator('.help-contact-value')).toHaveText(c.contact);
      // Where and when it was printed, and that it may have changed.
      await expect(item).toContainText('Named in');
      await expect(item).toContainText(/may have changed since/);
    }
  });

  test('links out only to websites the reports print, saying they leave the site, never prefetched', async ({
    page,
  }) => {
    await page.goto('/help/');
    const external = page.locator('main a[href^="http"]');
    const hrefs = await external.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.sort()).toEqual(channels.flatMap((c) => (c.website ? [c.website] : [])).sort());
    for (const a of await external.all()) {
      expect((await a.getAttribute('rel'))?.split(/\s+/)).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
      await expect(a).toContainText('leaves this site');
      await expect(a).toHaveAttribute('data-astro-prefetch', 'false');
    }
    await expect(
      page.locator('link[rel~="prefetch"], link[rel~="prerender"], script[type="speculationrules"]'),
    ).toHaveCount(0);
  });

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
    // Open every "What the report says" so the snippets are checked too.
    for (const s of await page.locator('details.help-snippet > summary').all()) await s.click();
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
