// Country hubs and their detail pages, theme, recommendation and source pages: the samples as the reports give
// them, numbers only from the data, every number with its scope and pooled results apart, hubs within 12 screens,
// the detail pages and a printable brief, anchors in view; quotes across countries on theme pages, and
// recommendations that link back to their source.
import { test, expect, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, readData } from '../support/site.ts';

// Sample sizes as the reports print them (six-country report, Methods; national reports; Disrupting Harm, Methods).
// Written here from the reports, not from the site's data, so a wrong extraction fails.
const SAMPLES: Record<string, { survivors: string | null; workers: string; extra?: string[] }> = {
  albania: { survivors: '7', workers: '50' },
  'bosnia-and-herzegovina': { survivors: null, workers: '49' },
  colombia: { survivors: '9', workers: '89' },
  mexico: { survivors: '10', workers: '91', extra: ['1,027'] },
  moldova: { survivors: '10', workers: '54' },
  peru: { survivors: '6', workers: '80' },
};

for (const [country, s] of Object.entries(SAMPLES)) {
  test(`${country}: the page lists its samples as the reports give them`, async ({ page }) => {
    await page.goto(`/countries/${country}/`);
    const sample = page.locator('#sample');
    const text = (await sample.innerText()).replace(/\s+/g, ' ');
    if (s.survivors) expect(text).toMatch(new RegExp(`\\b${s.survivors}\\b[^.]*survivors`, 'i'));
    else expect(text).not.toMatch(/survivors took part in the conversations in/i);
    expect(text).toMatch(new RegExp(`\\b${s.workers}\\b[^.]*frontline`, 'i'));
    for (const e of s.extra ?? []) expect(text).toContain(e);
  });

  test(`${country}: the narrative states no number that is not from the findings data`, async ({ page }) => {
    await page.goto(`/countries/${country}/overview/`);
    const findings =
      readData<{ id: string; value: number | null; valueHigh: number | null; quantity: string | null; url: string }[]>(
        'findings.json',
      );
    // Every number in the narrative is a <Num> link to a finding whose value it shows; nothing else has digits.
    const refs = await page
      .locator('.narrative a.num-ref')
      .evaluateAll((els) => els.map((e) => ({ text: e.textContent ?? '', href: e.getAttribute('href') ?? '' })));
    expect(refs.length).toBeGreaterThan(0);
    for (const r of refs) {
      const f = findings.find((x) => x.url === r.href);
      expect(f, `${r.href} is a finding`).toBeTruthy();
      // The link shows the finding's own quantity: its number, its range, or its words as printed.
      const shown = r.text.replace(/[,%]/g, '').replace(/ years$/, '');
      if (f!.quantity && (f!.value === null || /\d/.test(f!.quantity))) expect(r.text).toBe(f!.quantity);
      else if (f!.valueHigh !== null) expect(shown).toBe(`${f!.value}–${f!.valueHigh}`);
      else expect(shown).toBe(String(f!.value));
    }
    const bare = await page.locator('.narrative').evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('a.num-ref, cite').forEach((n) => n.remove());
      return copy.textContent ?? '';
    });
    expect(bare.match(/\d+/g) ?? []).toEqual([]);
  });
}

test('Mexico brings together four reports and Peru two', async ({ page }) => {
  await page.goto('/countries/mexico/');
  const mx = page.locator('#sources li');
  await expect(mx).toHaveCount(4);
  await expect(page.locator('#sources')).toContainText('Disrupting Harm in Mexico');
  await page.goto('/countries/peru/');
  await expect(page.locator('#sources li')).toHaveCount(2);
});

test('a theme page lists quotes of that theme from several countries', async ({ page }) => {
  await page.goto('/themes/disclosure-barriers/');
  const countries = await page
    .locator('figure.quote')
    .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-country')))]);
  expect(countries.length).toBeGreaterThanOrEqual(3);
  const themes = await page
    .locator('figure.quote')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-themes') ?? ''));
  for (const t of themes) expect(t.split(' ')).toContain('disclosure-barriers');
});

test('every recommendation links back to a real source page and section', async ({ page }) => {
  await page.goto('/recommendations/');
  const recs = readData<{ id: string; source: { id: string; section: string } }[]>('recommendations.json');
  const shown = page.locator('article.recommendation');
  await expect(shown).toHaveCount(recs.length);
  for (const r of recs.slice(0, 200)) {
    const article = page.locator(`article#${r.id}`);
    await expect(article.locator('a.rec-source')).toHaveAttribute('href', `/sources/${r.source.id}/`);
    await expect(article).toContainText(r.source.section);
  }
  for (const id of new Set(recs.map((r) => r.source.id))) {
    const res = await page.request.get(`/sources/${id}/`);
    expect(res.status()).toBe(200);
  }
});

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

test('the six countries are compared in one table, with unprinted values said plainly', async ({ page }) => {
  await page.goto('/countries/');
  const table = page.locator('table.comparison');
  await expect(table.locator('thead th')).toHaveCount(7);
  // Frontline workers surveyed per country, as the six-country report prints them.
  const workers = table.locator('tbody tr', { hasText: /frontline workers completed the survey/i });
  await expect(workers).toHaveCount(1);
  const cells = await workers.locator('td').allInnerTexts();
  expect(cells).toEqual(['50', '49', '89', '91', '54', '80']);
  await expect(table).toContainText('not printed');
});

const COUNTRIES = Object.keys(SAMPLES);
const NAMES: Record<string, string> = {
  albania: 'Albania',
  'bosnia-and-herzegovina': 'Bosnia and Herzegovina',
  colombia: 'Colombia',
  mexico: 'Mexico',
  moldova: 'Moldova',
  peru: 'Peru',
};
type PublicFinding = { id: string; country: string; url: string };

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

for (const country of COUNTRIES) {
  test(`${country}: the hub fits in 12 screens at 1280×800`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/countries/${country}/`);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height / 800, `${country} hub is ${(height / 800).toFixed(1)} screens`).toBeLessThanOrEqual(12);
  });

  test(`${country}: every number on the hub says whose it is, and pooled results are grouped apart`, async ({
    page,
  }) => {
    await page.goto(`/countries/${country}/`);
    const findings = readData<PublicFinding[]>('findings.json');
    // Every sample and every key finding carries a scope label beside its value.
    for (const item of await page.locator('#sample li, #key-findings li.finding').all())
      await expect(item.locator('.scope-label')).toHaveCount(1);
    // Key findings: the country's own first, labelled "<Country> only"; those pooled from several countries after
    // the "Pooled" heading, labelled "pooled". What is pooled comes from the data, not the page.
    const keys = await page.locator('#key-findings li.finding').evaluateAll((els) =>
      els.map((el) => ({
        id: el.getAttribute('data-finding') ?? '',
        label: el.querySelector('.scope-label')?.textContent ?? '',
        afterPooledHeading: [...el.closest('section')!.querySelectorAll('h3')].some(
          (h) =>
            /pooled/i.test(h.textContent ?? '') &&
            (h.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
        ),
      })),
    );
    // Five to ten key findings, fewer only where the reports give fewer for the country alone.
    const ownInData = findings.filter((f) => f.country === country).length;
    expect(keys.length).toBeGreaterThanOrEqual(Math.min(5, ownInData));
    expect(keys.length).toBeLessThanOrEqual(10);
    for (const k of keys) {
      const f = findings.find((x) => x.id === k.id)!;
      if (f.country === 'multi') {
        expect(k.label, k.id).toMatch(/pooled/);
        expect(k.afterPooledHeading, `${k.id} is listed with the pooled results`).toBe(true);
      } else {
        expect(k.label, k.id).toContain(`${NAMES[f.country]} only`);
        expect(k.afterPooledHeading, `${k.id} is listed before the pooled results`).toBe(false);
      }
    }
    // Every chart shown has its scope just above it.
    const charts = page.locator('#charts figure.chart');
    const scopes = page.locator('#charts .scoped-chart .scope-label');
    await expect(scopes).toHaveCount(await charts.count());
    // The chart count is not claimed as the country's own when it is not.
    await expect(page.locator('#charts')).not.toContainText(/charts of survey results for/i);
  });

  test(`${country}: the hub's routes lead to detail pages that exist`, async ({ page }) => {
    await page.goto(`/countries/${country}/`);
    const hrefs = await page.locator('#explore a').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
    for (const part of ['overview', 'findings', 'quotes', 'charts', 'recommendations', 'brief'])
      expect(hrefs).toContain(`/countries/${country}/${part}/`);
    for (const href of hrefs) expect((await page.request.get(href)).status(), href).toBe(200);
  });
}

test('Mexico links to its legal framework page once that page is built, and never to a missing one', async ({
  page,
}) => {
  const built = existsSync(join(DIST, 'countries', 'mexico', 'legal', 'index.html'));
  await page.goto('/countries/mexico/');
  await expect(page.locator('#explore a[href="/countries/mexico/legal/"]')).toHaveCount(built ? 1 : 0);
});

test('detail pages work without JavaScript and hold each quote and finding at its published address', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const quotes = readData<{ id: string; url: string; country: string }[]>('quotes.json');
  const findings = readData<PublicFinding[]>('findings.json').filter((f) => f.country !== 'multi');
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

test('a finding pooled across countries on a detail page says so beside its value', async ({ page }) => {
  await page.goto('/countries/albania/findings/');
  const first = page.locator('table a').first();
  await first.click();
  const pooled = page.locator('section:has(h2:text-matches("Pooled", "i")) li.finding');
  for (const item of await pooled.all()) await expect(item.locator('.scope-label')).toContainText('pooled');
  for (const item of await page.locator('section:has(h2:text-matches("only", "i")) li.finding').all())
    await expect(item.locator('.scope-label')).toContainText('Albania only');
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
