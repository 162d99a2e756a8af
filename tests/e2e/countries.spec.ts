// Country hubs and their detail pages in a browser: hubs within 12 screens, cite controls, the clipboard, detail
// pages without JavaScript, a printable brief, anchors in view, compact country cards. What the pages SAY (samples,
// numbers only from the data, scopes, pooled results apart, routes, recommendations' sources, the comparison table)
// is read from the built HTML in tests/unit/country-pages.test.ts.
import { test, expect, type Page } from '@playwright/test';
import { readData } from '../support/site.ts';

test('quote and finding anchors from the data exist, with copy-link and cite controls', async ({ page }) => {
  const quote = readData<{ id: string; url: string }[]>('quotes.json')[0]!;
  await page.goto(quote.url);
  const fig = page.locator(`#${quote.id}`);
  await expect(fig).toBeVisible();
  await fig.getByText('Cite or share').click();
  await expect(fig.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await expect(fig.getByRole('button', { name: 'Copy citation' })).toBeVisible();
  const finding = readData<{ id: string; url: string }[]>('findings.json')[0]!;
  await page.goto(finding.url);
  await expect(page.locator(`li#${finding.id}`).getByText('Cite or share')).toBeVisible();
});

test('copy quote with citation puts the quote and the report citation on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const quote = readData<{ id: string; url: string; text: string }[]>('quotes.json').find((q) =>
    q.id.startsWith('vpe-'),
  )!;
  await page.goto(quote.url);
  await page.locator(`#${quote.id}`).getByText('Cite or share').click();
  await page.locator(`#${quote.id}`).getByRole('button', { name: 'Copy citation' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(quote.text.slice(0, 40));
  expect(copied).toContain("Survivors' Perspectives in Peru");
});

const COUNTRIES = ['albania', 'bosnia-and-herzegovina', 'colombia', 'mexico', 'moldova', 'peru'];

/** The bottom edge of whatever stays stuck to the top of the viewport (the quick-exit bar), in CSS pixels. */
const stickyBottom = (page: Page) =>
  page.evaluate(() =>
    Math.max(
      0,
      ...[...document.querySelectorAll('body *')]
        .filter((el) => {
          const pos = getComputedStyle(el).position;
          return (
            (pos === 'sticky' || pos === 'fixed') &&
            el.getBoundingClientRect().top <= 1 &&
            el.getBoundingClientRect().height > 0
          );
        })
        .map((el) => el.getBoundingClientRect().bottom),
    ),
  );

test('every hub fits in 12 screens at 1280×800', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const country of COUNTRIES) {
    await page.goto(`/countries/${country}/`);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height / 800, `${country} hub is ${(height / 800).toFixed(1)} screens`).toBeLessThanOrEqual(12);
  }
});

test('detail pages work without JavaScript and hold each quote and finding at its published address', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const quotes = readData<{ id: string; url: string; country: string }[]>('quotes.json');
  const findings = readData<{ id: string; url: string; country: string }[]>('findings.json').filter(
    (f) => f.country !== 'multi',
  );
  for (const item of [
    quotes.find((q) => q.country === 'mexico')!,
    quotes.find((q) => q.country === 'moldova')!,
    findings.find((f) => f.country === 'peru')!,
  ]) {
    expect(item.url).toMatch(new RegExp(`^/countries/${item.country}/(quotes|findings)/[a-z-]+/#${item.id}$`));
    await page.goto(item.url);
    await expect(page.locator(`#${item.id}`)).toBeVisible();
  }
  await context.close();
});

test('anchors land below the sticky quick-exit bar', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const quote = readData<{ id: string; url: string }[]>('quotes.json').find((q) =>
    q.url.startsWith('/countries/mexico/'),
  )!;
  await page.goto(quote.url);
  const top = await page.locator(`#${quote.id}`).evaluate((el) => el.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(await stickyBottom(page));
  // The hub's in-page contents too.
  await page.goto('/countries/peru/');
  await page.getByRole('navigation', { name: 'On this page' }).locator('a[href="#recommendations"]').click();
  const heading = await page.locator('#rec-h').evaluate((el) => el.getBoundingClientRect().top);
  expect(heading).toBeGreaterThanOrEqual(await stickyBottom(page));
});

test('the printable brief prints to two to four A4 pages', async ({ page }) => {
  for (const country of ['mexico', 'bosnia-and-herzegovina']) {
    await page.goto(`/countries/${country}/brief/`);
    await page.emulateMedia({ media: 'print' });
    const pdf = (await page.pdf({ format: 'A4', printBackground: false })).toString('latin1');
    // Each page of a PDF is one object of type /Page (the page tree is /Pages).
    const pages = (pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
    expect(pages, `${country} brief prints to ${pages} pages`).toBeGreaterThanOrEqual(2);
    expect(pages, `${country} brief prints to ${pages} pages`).toBeLessThanOrEqual(4);
    await expect(page.locator('main')).toContainText(`/countries/${country}/brief/`);
  }
});

test('the country cards are compact and equal: none is mostly empty', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/countries/');
  const cards = await page.locator('.country-card').evaluateAll((els) =>
    els.map((el) => {
      const box = el.getBoundingClientRect();
      const used = [...el.children].reduce((a, c) => a + c.getBoundingClientRect().height, 0);
      return { height: box.height, used };
    }),
  );
  expect(cards).toHaveLength(6);
  for (const c of cards) expect(c.used / c.height).toBeGreaterThan(0.6);
});
