// The shared components and the pages built from them: the one "Cite or share" control (readable without JavaScript,
// completed with the date and address with it), the sticky bar never covering a target, the recommendations page at
// 320 px, and on a phone the page's heading on the first screen under the quick exit and the content note, with the
// navigation folded into a menu.
import { expect, test } from '@playwright/test';
import { site } from '../../src/site.ts';

// axe runs on every page kind, light and dark, in pages.spec.ts.

test('a scope label looks the same wherever it is: a finding on the home page, and a chart on a country page', async ({
  page,
}) => {
  const look = () =>
    page
      .locator('main .scope-label')
      .first()
      .evaluate((el) => {
        const cs = getComputedStyle(el);
        return [cs.display, cs.borderTopWidth, cs.borderTopStyle, cs.backgroundColor, cs.paddingLeft].join(' ');
      });
  await page.goto('/');
  const home = await look();
  await page.goto('/countries/peru/charts/');
  expect(await look()).toBe(home);
  expect(home).toContain('1px solid');
});

test('home page leads with findings that carry their scope and source, and a survivor’s words', async ({ page }) => {
  await page.goto('/');
  const findings = page.locator('main li.finding');
  await expect(findings).toHaveCount(2);
  for (const f of await findings.all()) {
    await expect(f.locator('.finding-figure')).not.toBeEmpty();
    await expect(f.locator('.finding-scope-who')).toHaveText(/only|pooled|compared/);
    await expect(f.locator('.source-line a')).toHaveAttribute('href', /^\/sources\//);
  }
  await expect(page.locator('main figure.quote')).toHaveCount(1);
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Recommendations' }),
  ).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Help' })).toHaveAttribute(
    'href',
    '/help/',
  );
});

test('Cite or share opens by keyboard and completes the citation with today’s date and this site’s address', async ({
  page,
  baseURL,
}) => {
  await page.goto('/recommendations/');
  const first = page.locator('article.recommendation').first();
  const summary = first.locator('summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  const citation = first.locator('.cite-share-citation');
  await expect(citation).toBeVisible();
  const text = (await citation.textContent()) ?? '';
  expect(text).not.toContain('[date you read it]');
  expect(text).toMatch(
    /accessed \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\.$/,
  );
  expect(text).toContain(`${baseURL}/recommendations/#`);
  await expect(first.getByRole('button', { name: 'Copy citation' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the citation is there to read and select, with a placeholder for the date, and no copy buttons', async ({
    page,
  }) => {
    await page.goto('/recommendations/');
    const first = page.locator('article.recommendation').first();
    await first.locator('summary').click();
    await expect(first.locator('.cite-share-citation')).toContainText('accessed [date you read it].');
    await expect(first.getByRole('button', { name: 'Copy citation' })).toHaveCount(0);
  });
});

test('the page scrolls targets clear of the sticky quick-exit bar: scroll-padding-top is at least its height', async ({
  page,
}) => {
  await page.goto('/recommendations/');
  const [padding, bar] = await page.evaluate(() => [
    parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop),
    document.querySelector('.quick-exit')!.getBoundingClientRect().height,
  ]);
  expect(bar).toBeGreaterThan(30);
  expect(padding).toBeGreaterThanOrEqual(bar);
  // Follow an in-page link: the section heading lands below the bar, not under it.
  await page.locator('.contents a').nth(3).click();
  const top = await page.evaluate(
    () => document.querySelector(location.hash + ' h2, ' + location.hash)!.getBoundingClientRect().top,
  );
  expect(top).toBeGreaterThanOrEqual(bar);
});

test('the recommendations heading fits at 320 px (reflow)', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/recommendations/');
  const overflow = await page.evaluate(() => {
    const h1 = document.querySelector('h1')!;
    return { scroll: h1.scrollWidth, client: h1.clientWidth, page: document.documentElement.scrollWidth };
  });
  expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
  expect(overflow.page).toBeLessThanOrEqual(320);
});

// Phones: the quick exit, the content note and the navigation used to fill the whole first screen at 375×667. The
// page's own heading and the start of its content must be on the first screen, with the content note still shown.
test.describe('phones, 375×667: the first screen', () => {
  test.use({ viewport: { width: 375, height: 667 } });
  const urls = ['/', '/countries/peru/', '/quotes/', '/charts/dh-disclosure-overall/'];
  // One test visits the four pages, a step each: a test each would open four fresh contexts and pages.
  test(`${urls.join(', ')}: the content note, the h1 and the start of the content are on the first screen`, async ({
    page,
  }) => {
    for (const url of urls)
      await test.step(url, async () => {
        await page.goto(url);
        const note = page.locator('#content-note');
        await expect(note).toBeInViewport({ ratio: 1 });
        await expect(note).toContainText('Content note');
        await expect(note.getByRole('link', { name: 'Where to get help' })).toBeInViewport();
        await expect(page.locator('#quick-exit')).toBeInViewport({ ratio: 1 });
        const h1 = page.getByRole('heading', { level: 1 });
        await expect(h1).toBeInViewport({ ratio: 1 });
        // The start of the content: at least two lines of text (about 3.5rem) fit under the heading.
        const bottom = await h1.evaluate((el) => el.getBoundingClientRect().bottom);
        expect(bottom + 56).toBeLessThanOrEqual(667);
      });
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the menu opens and lists every section; the content note and the h1 share the first screen', async ({
      page,
    }) => {
      await page.goto('/countries/peru/');
      await expect(page.locator('#content-note')).toBeInViewport({ ratio: 1 });
      await expect(page.getByRole('heading', { level: 1 })).toBeInViewport({ ratio: 1 });
      const nav = page.getByRole('navigation', { name: 'Main' });
      await expect(nav.getByRole('link', { name: 'Recommendations' })).toBeHidden();
      await nav.getByText('Menu').click();
      for (const name of ['Countries', 'Quotes', 'Recommendations', 'Help', 'Search'])
        await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
    });
  });
});

test('on a wide screen the main navigation is shown without opening a menu', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/about/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByText('Menu')).toBeHidden();
  await expect(nav.getByRole('link')).toHaveCount(site.nav.length + 1); // the sections and Search
  for (const link of await nav.getByRole('link').all()) await expect(link).toBeVisible();
});
