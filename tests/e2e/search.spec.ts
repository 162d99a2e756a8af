// Quote search (/quotes/) and site search (/search/) over the Pagefind index.
import { test, expect as baseExpect, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { DIST } from '../support/site.ts';
import { holdPagefind, holdScripts, pagefindRequests } from '../support/pagefind.ts';
import { leadOrder, type Orderable } from '../../src/evidence/quoteOrder.ts';

// Results arrive through Pagefind's fragments; on a loaded 2-core machine that takes longer than the default 5 s.
const expect = baseExpect.configure({ timeout: 15_000 });

// Distinctive phrases from quotes in each of the five reports (copied from the report texts), and the quote each must
// find first.
const PHRASES: [source: string, phrase: string, quoteId: string][] = [
  ['vos-mexico-2021', 'courage to seek help from a specialised person', 'vmx-q-004'],
  ['vos-mexico-briefing-2021', 'right now I can go and ask them', 'vmx-q-050'],
  ['vos-six-countries-2022', 'What kept me from going to the police was a case that became public', 'v6-q-006'],
  ['dh-mexico', 'Send me a photo of your pyjamas', 'dh-q-006'],
  ['vos-peru-2021', "I didn't even know that I had a lawyer", 'vpe-q-006'],
];

const results = (page: Page) => page.locator('ol.results > li');
const shownCount = async (page: Page) => Number((await page.locator('.result-count').innerText()).split(' ')[0]);
/** The counts a facet shows, by value. */
async function facetCountsOf(page: Page, facet: string): Promise<Record<string, number>> {
  return page
    .locator(`label.facet:has(input[name=${facet}])`)
    .evaluateAll((labels) =>
      Object.fromEntries(
        labels.map((l) => [l.querySelector('input')!.value, Number(l.querySelector('.count')!.textContent)]),
      ),
    );
}
const sum = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);
/**
 * The shown count, once the cards for it are in: the count changes first and the list is refilled after the cards'
 * data arrive, so reading the list as soon as the count changes can find it empty.
 */
async function settledCount(page: Page) {
  const n = await shownCount(page);
  await expect(results(page)).toHaveCount(Math.min(n, 20));
  return n;
}
/**
 * Every result, with "Show more" pressed until none is left. The first page of results comes in two parts (a
 * screenful at once, the rest a frame later), and "Show more" stays hidden until both are in: wait for them first.
 */
async function showAll(page: Page) {
  const n = await settledCount(page);
  const more = page.getByRole('button', { name: 'Show more quotes' });
  while (await more.isVisible()) {
    const before = await results(page).count();
    await more.click();
    await expect(results(page)).not.toHaveCount(before);
  }
  await expect(results(page)).toHaveCount(n);
}
async function search(page: Page, text: string) {
  await page.getByLabel('Search quotes').fill(text);
  // Pagefind loads on first use: on a busy machine that can take more than the default few seconds.
  await expect(page.locator('.result-count')).toContainText(text.trim() ? '“' : 'quote', { timeout: 20_000 });
}

// One page for the five phrases: each search replaces the last, as a reader's would.
test('a phrase from each report finds its quote first', async ({ page }) => {
  await page.goto('/quotes/');
  for (const [source, phrase, id] of PHRASES) {
    await search(page, phrase);
    await expect(
      results(page).first().getByRole('link', { name: 'See it in context' }),
      `${source}: "${phrase}"`,
    ).toHaveAttribute('href', new RegExp(`#${id}$`));
  }
});

test('with no query every quote is listed in the default order, and counts are shown per facet', async ({ page }) => {
  const quotes = JSON.parse(readFileSync(join(DIST, 'data', 'quotes.json'), 'utf8')) as (Orderable & { url: string })[];
  const expected = leadOrder(quotes)
    .slice(0, 40)
    .map((q) => q.url);
  await page.goto('/quotes/');
  await expect(page.locator('.result-count')).toHaveText(`${quotes.length} quotes`);
  await expect(results(page)).toHaveCount(20);
  // The first page comes with the HTML; the next from the index, in the same order, with nothing repeated.
  await page.getByRole('button', { name: 'Show more quotes' }).click();
  await expect(results(page)).toHaveCount(40);
  const shown = await results(page)
    .getByRole('link', { name: 'See it in context' })
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(shown).toEqual(expected);
  const peruCount = Number(await page.locator('label.facet:has(input[value=peru]) .count').innerText());
  expect(peruCount).toBe(quotes.filter((q) => q.country === 'peru').length);
});

test('"Show more quotes" appears only once the page\'s script can answer it, and stays put when jumped to', async ({
  page,
}) => {
  const release = await holdScripts(page);
  // Deferred scripts hold DOMContentLoaded back too, so the page is read as it streams in.
  await page.goto('/quotes/', { waitUntil: 'commit' });
  await expect(results(page)).toHaveCount(20);
  await expect(page.getByRole('button', { name: 'Show more quotes' })).toBeHidden();
  release();
  const more = page.getByRole('button', { name: 'Show more quotes' });
  await expect(more).toBeVisible();
  // Jumping straight to it, it stays where it is drawn: the cards above it are not laid out a frame later (93 px
  // when they were; a fraction of a pixel from rounding remains).
  const drift = await more.evaluate(async (button) => {
    button.scrollIntoView({ block: 'center' });
    const before = button.getBoundingClientRect().top;
    for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame);
    return button.getBoundingClientRect().top - before;
  });
  expect(Math.abs(drift)).toBeLessThan(1);
  await more.click();
  await expect(results(page)).toHaveCount(40);
});

test('a link naming filters never shows the unfiltered first page, even while the index loads', async ({ page }) => {
  const release = await holdPagefind(page);
  const quotes = JSON.parse(readFileSync(join(DIST, 'data', 'quotes.json'), 'utf8')) as Orderable[];
  await page.goto('/quotes/?country=peru');
  await expect(page.getByRole('checkbox', { name: /^Peru/ })).toBeChecked();
  await expect(page.locator('.result-count')).toBeHidden();
  await expect(results(page).first()).toBeHidden();
  release();
  const peru = quotes.filter((q) => q.country === 'peru').length;
  await expect(page.locator('.result-count')).toHaveText(`${peru} quotes`);
  await expect(results(page).first()).toBeVisible();
  for (const c of await results(page).locator('.quote-country').allInnerTexts()) expect(c).toBe('Peru');
});

test('/quotes/ loads the search index only when it is used', async ({ page }) => {
  const loaded = pagefindRequests(page);
  await page.goto('/quotes/');
  await page.waitForLoadState('networkidle');
  await expect(results(page)).toHaveCount(20);
  expect(loaded).toEqual([]);
  await search(page, 'police');
  expect(loaded.length).toBeGreaterThan(0);
});

test('a facet narrows results, OR within a facet and AND across facets', async ({ page }) => {
  await page.goto('/quotes/');
  // The count is empty until the first search has run: wait for it, or a check of "fewer than all" passes at once.
  await expect(page.locator('.result-count')).toHaveText(/^\d+ quotes$/);
  const all = await shownCount(page);
  await page.getByRole('checkbox', { name: /^Peru/ }).check();
  await expect.poll(() => shownCount(page)).toBeLessThan(all);
  const peru = await settledCount(page);
  expect(peru).toBeGreaterThan(0);
  const peruCountries = await results(page).locator('.quote-country').allInnerTexts();
  expect(peruCountries.length).toBeGreaterThan(0);
  for (const c of peruCountries) expect(c).toBe('Peru');
  await page.getByRole('checkbox', { name: /^Albania/ }).check();
  await expect.poll(() => shownCount(page)).toBeGreaterThan(peru);
  const either = await shownCount(page);
  await page.getByRole('checkbox', { name: /^Survivor \(/ }).check();
  await expect.poll(() => shownCount(page)).toBeLessThan(either);
  await settledCount(page);
  const shown = await results(page).locator('.quote-country').allInnerTexts();
  expect(shown.length).toBeGreaterThan(0);
  for (const c of shown) expect(c).toMatch(/^(Peru|Albania)$/);
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

test('odd input is shown back as text, never run: markup, quotes, emoji, 1,000 characters, only spaces', async ({
  page,
}) => {
  let dialog = false;
  page.on('dialog', (d) => {
    dialog = true;
    void d.dismiss();
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto('/quotes/');
  for (const hostile of [
    '<script>alert(1)</script>',
    '"quotes" & \'apostrophes\'',
    '😀 emoji',
    'x'.repeat(1000),
    '     ',
  ]) {
    await page.getByLabel('Search quotes').fill(hostile);
    const shown = hostile.trim().slice(0, 200);
    if (shown) await expect(page.locator('.result-count'), hostile).toContainText(`“${shown}”`);
    else await expect(page.locator('.result-count'), 'only spaces').toHaveText(/^\d+ quotes$/);
    expect(await page.locator('main script:not([type])').count()).toBe(0);
  }
  expect(dialog).toBe(false);
  expect(errors).toEqual([]);
});

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
  const loaded = pagefindRequests(page);
  await page.goto('/countries/peru/');
  await page.waitForLoadState('networkidle');
  expect(loaded).toEqual([]);
});

test('the index holds no navigation, footer, screen-reader-only or content-note text', () => {
  const dir = join(DIST, 'pagefind', 'fragment');
  const text = readdirSync(dir)
    .map((f) => gunzipSync(readFileSync(join(dir, f))).toString('utf8'))
    .join('\n');
  expect(text.length).toBeGreaterThan(10000);
  expect(text).toContain('Send me a photo of your pyjamas');
  for (const chrome of [
    'Skip to content Quick exit',
    'I understand, hide this note',
    'Survivors’ Voices Evidence Hub</',
    'Source reports',
    'also Shift three times',
  ])
    expect(text).not.toContain(chrome);
});

// ---- Facet counts (issue 12) ----

test('counts after typing: each country shows how many of the results are from it', async ({ page }) => {
  await page.goto('/quotes/');
  await search(page, 'police');
  const n = await shownCount(page);
  expect(n).toBeGreaterThan(3);
  await showAll(page);
  const shown = await results(page).locator('.quote-country').allInnerTexts();
  expect(shown).toHaveLength(n);
  const byCountry = await facetCountsOf(page, 'country');
  const names = await page
    .locator('label.facet:has(input[name=country])')
    .evaluateAll((ls) =>
      Object.fromEntries(ls.map((l) => [l.querySelector('input')!.value, l.querySelector('.label')!.textContent])),
    );
  for (const [id, count] of Object.entries(byCountry))
    expect(count, id).toBe(shown.filter((c) => c === names[id]).length);
  expect(Object.values(byCountry).filter((c) => c > 0).length).toBeGreaterThan(1);
});

test('words typed before the page’s script has run still get their counts (not 0 for every filter)', async ({
  page,
}) => {
  // The page's scripts are held back until the word is typed, as on a slow connection (or when the browser puts back
  // a typed word on going back): the first search Pagefind then runs is one with words.
  const release = await holdScripts(page);
  await page.goto('/quotes/', { waitUntil: 'commit' });
  await page.getByLabel('Search quotes').fill('police');
  release();
  await expect(page.locator('.result-count')).toContainText('for “police”', { timeout: 20_000 });
  const n = await shownCount(page);
  expect(n).toBeGreaterThan(3);
  for (const facet of ['country', 'speaker']) expect(sum(await facetCountsOf(page, facet)), facet).toBe(n);
});

test('counts after typing and ticking: every facet still counts, and a facet with a choice keeps its other options', async ({
  page,
}) => {
  await page.goto('/quotes/');
  await search(page, 'police');
  const before = await facetCountsOf(page, 'country');
  const ticked = Object.entries(before).find(([, c]) => c > 0 && c < sum(before))![0];
  await page.locator(`input[name=country][value=${ticked}]`).check();
  await expect.poll(() => shownCount(page)).toBe(before[ticked]);
  // The Country facet still says what ticking another country would add; the others count within the choice.
  expect(await facetCountsOf(page, 'country')).toEqual(before);
  const n = await shownCount(page);
  expect(sum(await facetCountsOf(page, 'speaker'))).toBe(n);
  const reports = await facetCountsOf(page, 'source');
  expect(Math.max(...Object.values(reports))).toBeGreaterThan(0);
  expect(Math.max(...Object.values(reports))).toBeLessThanOrEqual(n);
  const themes = await facetCountsOf(page, 'theme');
  expect(Math.max(...Object.values(themes))).toBeGreaterThan(0);
});

test('the sum rule: Country counts add up to the results shown, with and without words and filters', async ({
  page,
}) => {
  const total = JSON.parse(readFileSync(join(DIST, 'data', 'quotes.json'), 'utf8')).length;
  await page.goto('/quotes/');
  await expect(page.locator('.result-count')).toHaveText(`${total} quotes`);
  expect(sum(await facetCountsOf(page, 'country'))).toBe(total);
  await page.getByRole('checkbox', { name: /^Stigma and blame/ }).check();
  await expect.poll(() => shownCount(page)).toBeLessThan(total);
  expect(sum(await facetCountsOf(page, 'country'))).toBe(await shownCount(page));
  await search(page, 'family');
  expect(sum(await facetCountsOf(page, 'country'))).toBe(await shownCount(page));
});

// ---- Careful presentation ----

const flagged = () =>
  JSON.parse(readFileSync(join(DIST, 'data', 'quotes.json'), 'utf8')).filter(
    (q: { explicit: boolean }) => q.explicit,
  ) as { id: string; text: string; url: string }[];

test('the default listing opens with quotes that are not flagged as describing abuse in detail', async ({ page }) => {
  expect(flagged().length).toBeGreaterThan(5);
  await page.goto('/quotes/');
  await expect(results(page)).toHaveCount(20);
  await expect(results(page).locator('details.quote-explicit')).toHaveCount(0);
});

test('a flagged quote in the results is folded behind a notice until opened', async ({ page }) => {
  const q = flagged()[0]!;
  await page.goto('/quotes/');
  await search(page, q.text.split(' ').slice(3, 9).join(' '));
  const card = results(page).first();
  const fold = card.locator('details.quote-explicit');
  await expect(fold).toHaveCount(1);
  await expect(fold.locator('summary')).toHaveText('This quote describes abuse in detail — show');
  await expect(fold.locator('blockquote')).toBeHidden();
  await fold.locator('summary').click();
  await expect(fold.locator('blockquote')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('flagged quotes are folded on country and theme pages, and open on request', async ({ page }) => {
    const q = flagged()[0]!;
    await page.goto(q.url);
    const fold = page.locator(`#${q.id} details.quote-explicit`);
    await expect(fold.locator('blockquote')).toBeHidden();
    await fold.locator('summary').click();
    await expect(fold.locator('blockquote')).toBeVisible();
    await page.goto('/themes/forms-of-abuse/');
    const folds = page.locator('details.quote-explicit');
    expect(await folds.count()).toBeGreaterThan(0);
    for (const b of await folds.locator('blockquote').all()) await expect(b).toBeHidden();
  });
});

test('the glossary is reachable by keyboard from a quote’s speaker code', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/quotes/');
  await expect(results(page)).toHaveCount(20);
  await page.getByLabel('Search quotes').focus();
  const first = results(page).first().locator('a.speaker');
  const code = await first.innerText();
  for (let i = 0; i < 6 && !(await first.evaluate((a) => a === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/glossary\/#[a-z-]+$/);
  const entry = page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`);
  await expect(entry).toBeVisible();
  // The entry explains this kind of code: its label names the code's pattern (or, without a code, the speaker type).
  await expect(entry.locator('dt')).toContainText(code.replace(/\d+/g, '').split(/[-,]/)[0]!.trim().slice(0, 12));
});

test('every speaker code on a page links to a glossary entry that exists', async ({ page }) => {
  await page.goto('/themes/justice-process/'); // quotes from every report, so every kind of code
  const hrefs = [
    ...new Set(await page.locator('a.speaker').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))),
  ];
  expect(hrefs.length).toBeGreaterThanOrEqual(4);
  await page.goto('/glossary/');
  for (const h of hrefs) await expect(page.locator(`[id="${h.split('#')[1]}"]`)).toHaveCount(1);
});

// ---- Matching ----

test('"sextortion" matches the term (and the reports’ "sexual extortion"), never mere "sex"', async ({ page }) => {
  await page.goto('/search/');
  await page.getByLabel('Search quotes, findings and pages').fill('sextortion');
  await expect(page.locator('[role=status]')).toContainText('for “sextortion”');
  const items = await page.locator('ol.site-results > li').allInnerTexts();
  expect(items.length).toBeGreaterThan(0);
  for (const t of items) expect(t).toMatch(/sextortion|sexual extortion/i);
  await page.goto('/quotes/');
  await search(page, 'sextortion');
  for (const t of await results(page).locator('.quote-text').allInnerTexts())
    expect(t).toMatch(/sextortion|sexual extortion/i);
});

test('a query of only very common words, or of no letters or digits, gets a message instead of every quote', async ({
  page,
}) => {
  await page.goto('/quotes/');
  for (const [typed, why] of [
    ['the', 'very common words'],
    ['a '.repeat(200), 'very common words'],
    ['!!! ...', 'letters or digits'],
  ] as const) {
    // From the full listing each time, so a message cannot be left over from the query before.
    await page.getByLabel('Search quotes').fill('');
    await expect(results(page)).toHaveCount(20);
    await page.getByLabel('Search quotes').fill(typed);
    await expect(page.locator('.result-count'), typed.slice(0, 10)).toContainText(why);
    await expect(results(page)).toHaveCount(0);
  }
});

// ---- Failing loudly ----

test('if Pagefind cannot load, /quotes/ says so when used and points to the theme and country lists', async ({
  page,
}) => {
  await page.route('**/pagefind/**', (r) => r.abort());
  await page.goto('/quotes/');
  await page.getByLabel('Search quotes').fill('police');
  const failed = page.locator('.search-failed');
  await expect(failed).toBeVisible();
  await expect(failed).toContainText('Search could not load');
  await expect(page.getByRole('link', { name: 'Stigma and blame' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Peru' }).first()).toBeVisible();
  await expect(page.getByLabel('Search quotes')).toBeHidden();
});

test('if Pagefind cannot load, /search/ says so when used', async ({ page }) => {
  await page.route('**/pagefind/**', (r) => r.abort());
  await page.goto('/search/');
  await page.getByLabel('Search quotes, findings and pages').fill('police');
  await expect(page.locator('[role=status]')).toContainText('Search could not load');
  await expect(page.locator('.search-failed')).toBeVisible();
});

// ---- Status messages and focus (issue 17) ----

test('typing a word produces one announcement, once typing settles', async ({ page }) => {
  await page.goto('/quotes/');
  await expect(results(page)).toHaveCount(20);
  const live = page.locator('.result-announce');
  await live.evaluate((el) => {
    (window as unknown as { said: string[] }).said = [];
    new MutationObserver(() => (window as unknown as { said: string[] }).said.push(el.textContent ?? '')).observe(el, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  // The page's own clock: typing happens at fixed times, then time runs on far past the settle delay, so a late
  // second announcement would have been made before we read the list.
  await page.clock.install();
  await page.getByLabel('Search quotes').pressSequentially('police', { delay: 60 });
  await page.clock.runFor(5000);
  await expect(live).toContainText('for “police”');
  await page.clock.runFor(5000);
  const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
  expect(said).toEqual([await live.innerText()]);
});

test('a copy in the results is announced', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/quotes/');
  const card = results(page).first();
  await card.getByText('Cite or share').click();
  await card.getByRole('button', { name: 'Copy citation' }).click();
  await expect(card.getByRole('status').filter({ hasText: /\S/ })).toHaveText('Copied to the clipboard');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(await card.locator('.quote-text').innerText());
});

test('"Show more quotes" moves focus to the first new quote and says how many were added', async ({ page }) => {
  await page.goto('/quotes/');
  await expect(results(page)).toHaveCount(20);
  await page.getByRole('button', { name: 'Show more quotes' }).click();
  await expect(results(page)).toHaveCount(40);
  await expect(results(page).nth(20).locator('.quote-card')).toBeFocused();
  await expect(page.locator('.result-announce')).toContainText('20 more quotes shown');
});

test('each result’s attribution is tied to its quote (figure and figcaption), with a large enough context link', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/quotes/');
  const card = results(page).first();
  await expect(card.locator('figure > figcaption a.speaker')).toHaveCount(1);
  await expect(card.locator('figure blockquote')).toHaveCount(1);
  const box = (await card.getByRole('link', { name: 'See it in context' }).boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(24);
});

test('/search/ leaves focus alone on load', async ({ page }) => {
  await page.goto('/search/');
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
});

test('on a phone the filters fold away, say how many are active, and the first quote is on the first screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.addInitScript(() => sessionStorage.setItem('content-note-dismissed', '1'));
  await page.goto('/quotes/?country=peru&theme=stigma-blame');
  const filters = page.locator('details.filters');
  await expect(filters).not.toHaveAttribute('open');
  await expect(filters.locator('summary')).toContainText('2 active');
  await expect(results(page).first()).toBeVisible();
  const box = (await results(page).first().boundingBox())!;
  expect(box.y).toBeLessThan(667);
  const count = (await page.locator('.result-count').boundingBox())!;
  const input = (await page.getByLabel('Search quotes').boundingBox())!;
  expect(Math.abs(count.y - input.y)).toBeLessThan(60);
});
