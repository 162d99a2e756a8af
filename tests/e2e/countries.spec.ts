// Country, theme, recommendation and source pages: the samples as the reports give them, numbers only from the
// data, quotes across countries on theme pages, and recommendations that link back to their source.
import { test, expect } from '@playwright/test';
import { readData } from '../support/site.ts';

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
    await page.goto(`/countries/${country}/`);
    const findings = readData<{ id: string; value: number; url: string }[]>('findings.json');
    // Every number in the narrative is a <Num> link to a finding whose value it shows; nothing else has digits.
    const refs = await page.locator('.narrative a.num-ref').evaluateAll((els) => els.map((e) => ({ text: e.textContent ?? '', href: e.getAttribute('href') ?? '' })));
    expect(refs.length).toBeGreaterThan(0);
    for (const r of refs) {
      const f = findings.find((x) => x.url === r.href);
      expect(f, `${r.href} is a finding`).toBeTruthy();
      expect(r.text.replace(/[,%]/g, '').replace(/ years$/, '')).toBe(String(f!.value));
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
  const countries = await page.locator('figure.quote').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-country')))]);
  expect(countries.length).toBeGreaterThanOrEqual(3);
  const themes = await page.locator('figure.quote').evaluateAll((els) => els.map((e) => e.getAttribute('data-themes') ?? ''));
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
  const fig = page.locator(`figure#${quote.id}`);
  await expect(fig).toBeVisible();
  await expect(fig.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await expect(fig.getByRole('button', { name: 'Copy quote with citation' })).toBeVisible();
  const finding = readData<{ id: string; url: string }[]>('findings.json')[0]!;
  await page.goto(finding.url);
  await expect(page.locator(`li#${finding.id}`).getByRole('button', { name: 'Cite this' })).toBeVisible();
});

test('copy quote with citation puts the quote and the report citation on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const quote = readData<{ id: string; url: string; text: string }[]>('quotes.json').find((q) => q.id.startsWith('vpe-'))!;
  await page.goto(quote.url);
  await page.locator(`figure#${quote.id}`).getByRole('button', { name: 'Copy quote with citation' }).click();
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
