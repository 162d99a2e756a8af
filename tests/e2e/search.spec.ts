// Quote search (/quotes/) and site search (/search/) over the Pagefind index.
import { test, expect, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { DIST } from '../support/site.ts';

// Distinctive phrases from quotes in each of the five reports (copied from the report texts), and the quote each must find first.
const PHRASES: [source: string, phrase: string, quoteId: string][] = [
  ['vos-mexico-2021', 'courage to seek help from a specialised person', 'vmx-q-004'],
  ['vos-mexico-briefing-2021', 'right now I can go and ask them', 'vmx-q-050'],
  ['vos-six-countries-2022', 'What kept me from going to the police was a case that became public', 'v6-q-006'],
  ['dh-mexico', 'Send me a photo of your pyjamas', 'dh-q-006'],
  ['vos-peru-2021', "I didn't even know that I had a lawyer", 'vpe-q-006'],
];

const results = (page: Page) => page.locator('ol.results > li');
async function search(page: Page, text: string) {
  await page.getByLabel('Search quotes').fill(text);
  await expect(page.locator('.result-count')).toContainText(text.trim() ? '“' : 'quote');
}

for (const [source, phrase, id] of PHRASES) {
  test(`a phrase from ${source} finds its quote first`, async ({ page }) => {
    await page.goto('/quotes/');
    await search(page, phrase);
    await expect(results(page).first().getByRole('link', { name: 'See it in context' })).toHaveAttribute('href', new RegExp(`#${id}$`));
  });
}

test('with no query every quote is listed, and counts are shown per facet', async ({ page }) => {
  const total = JSON.parse(readFileSync(join(DIST, 'data', 'quotes.json'), 'utf8')).length;
  await page.goto('/quotes/');
  await expect(page.locator('.result-count')).toHaveText(`${total} quotes`);
  await expect(results(page)).toHaveCount(20);
  await page.getByRole('button', { name: 'Show more quotes' }).click();
  await expect(results(page)).toHaveCount(40);
  const peruCount = Number(await page.locator('label.facet:has(input[value=peru]) .count').innerText());
  expect(peruCount).toBeGreaterThan(10);
});

test('a facet narrows results, OR within a facet and AND across facets', async ({ page }) => {
  await page.goto('/quotes/');
  await page.getByRole('checkbox', { name: /^Peru/ }).check();
  await expect(page.locator('.result-count')).not.toHaveText(/^\d{3} quotes/);
  const peru = Number((await page.locator('.result-count').innerText()).split(' ')[0]);
  for (const meta of await results(page).locator('p.meta').allInnerTexts()) expect(meta).toContain('Peru');
  await page.getByRole('checkbox', { name: /^Albania/ }).check();
  await expect.poll(async () => Number((await page.locator('.result-count').innerText()).split(' ')[0])).toBeGreaterThan(peru);
  const either = Number((await page.locator('.result-count').innerText()).split(' ')[0]);
  await page.getByRole('checkbox', { name: /^Survivor \(/ }).check();
  await expect.poll(async () => Number((await page.locator('.result-count').innerText()).split(' ')[0])).toBeLessThan(either);
  for (const meta of await results(page).locator('p.meta').allInnerTexts()) expect(meta).toMatch(/Peru|Albania/);
});

test('facet state round-trips through the URL; the query never does', async ({ page }) => {
  await page.goto('/quotes/?theme=stigma-blame&country=peru');
  await expect(page.getByRole('checkbox', { name: /^Stigma and blame/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Peru/ })).toBeChecked();
  await page.getByRole('checkbox', { name: /^Mexico/ }).check();
  await expect(page).toHaveURL(/country=peru&country=mexico|country=mexico.*country=peru/);
  const historyLength = await page.evaluate(() => history.length);
  await search(page, 'police');
  expect(page.url()).not.toContain('police');
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /^Mexico/ })).toBeChecked();
  await expect(page.getByLabel('Search quotes')).toHaveValue('');
});

test('no results: a clear message with ways out, including removing a filter', async ({ page }) => {
  await page.goto('/quotes/?country=bosnia-and-herzegovina');
  await search(page, 'zzqxv');
  await expect(page.locator('.result-count')).toHaveText('0 quotes for “zzqxv”');
  await expect(page.locator('.no-results')).toContainText('Check the spelling');
  await page.getByRole('button', { name: /Remove the filter “Bosnia and Herzegovina”/ }).click();
  await expect(page.getByRole('checkbox', { name: /^Bosnia/ })).not.toBeChecked();
});

for (const hostile of ['<script>alert(1)</script>', '"quotes" & \'apostrophes\'', '😀 emoji', 'x'.repeat(1000), '     ']) {
  test(`odd input is shown back as text: ${hostile.slice(0, 24)}`, async ({ page }) => {
    let dialog = false;
    page.on('dialog', (d) => {
      dialog = true;
      void d.dismiss();
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto('/quotes/');
    await page.getByLabel('Search quotes').fill(hostile);
    const shown = hostile.trim().slice(0, 200);
    if (shown) await expect(page.locator('.result-count')).toContainText(`“${shown}”`);
    else await expect(page.locator('.result-count')).toHaveText(/^\d+ quotes$/);
    expect(await page.locator('main script:not([type])').count()).toBe(0);
    expect(dialog).toBe(false);
    expect(errors).toEqual([]);
  });
}

test('site search finds quotes, findings and pages, and filters by kind', async ({ page }) => {
  await page.goto('/search/');
  await page.getByLabel('Search quotes, findings and pages').fill('police');
  await expect(page.locator('[role=status]')).toContainText('for “police”');
  expect(await page.locator('ol.site-results > li').count()).toBeGreaterThan(5);
  await page.getByLabel('Show').selectOption('finding');
  await expect(page.locator('ol.site-results > li').first()).toContainText('finding');
  expect(page.url()).not.toContain('police');
});

test('the search UI loads Pagefind only when search is used', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/')) loaded.push(r.url());
  });
  await page.goto('/countries/peru/');
  await page.waitForLoadState('networkidle');
  expect(loaded).toEqual([]);
});

test('the index holds no navigation, footer, screen-reader-only or content-note text', () => {
  const dir = join(DIST, 'pagefind', 'fragment');
  const text = readdirSync(dir).map((f) => gunzipSync(readFileSync(join(dir, f))).toString('utf8')).join('\n');
  expect(text.length).toBeGreaterThan(10000);
  expect(text).toContain('Send me a photo of your pyjamas');
  for (const chrome of ['Skip to content Quick exit', 'I understand, hide this note', 'Survivors’ Voices Evidence Hub</', 'Source reports', 'also Shift three times'])
    expect(text).not.toContain(chrome);
});
