// The safety shell: quick exit by click, keyboard and Shift×3 (page hidden at once, Back does not return),
// the content note once per browsing session, and the no-JavaScript fallback.
import { test, expect, type Page } from '@playwright/test';
import { site } from '../../src/site.ts';

const NEUTRAL = new URL(site.quickExitUrl);

/** The neutral site is outside this network: answer for it so navigation completes, and record that it happened. */
async function stubNeutralSite(page: Page) {
  await page.route(`${NEUTRAL.origin}/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Neutral</title><p>Neutral page</p>' }),
  );
}

async function expectLeftAndNoWayBack(page: Page) {
  await page.waitForURL((u) => u.origin === NEUTRAL.origin);
  expect(await page.title()).toBe('Neutral');
  // location.replace: the site's page is no longer in this tab's history, so Back cannot return to it.
  await page.goBack().catch(() => null);
  expect(page.url()).not.toContain('/countries/peru/');
}

/** Has the exit started? exit() marks the page synchronously, before the browser starts to leave. */
const exiting = (page: Page) => page.evaluate(() => document.documentElement.classList.contains('exiting'));

/** Types as a person does: capitals with Shift held. (keyboard.type would send them without Shift.) */
async function typeLikeAPerson(page: Page, text: string) {
  for (const c of text) await page.keyboard.press(c !== c.toLowerCase() ? `Shift+${c}` : c === ' ' ? 'Space' : c);
}

test.describe('quick exit', () => {
  test('the skip link comes first and the quick exit second in the tab order', async ({ page }) => {
    await page.goto('/countries/peru/');
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText(/Skip to content/);
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAttribute('id', 'quick-exit');
  });

  test('click hides the page at once and replaces only the current history entry', async ({ page }) => {
    await stubNeutralSite(page);
    await page.goto('/');
    await page.goto('/quotes/');
    await page.goto('/countries/peru/');
    await page.locator('#quick-exit').click();
    await page.waitForURL((u) => u.origin === NEUTRAL.origin);
    // Back skips the replaced page and lands on the one before it, which stays in history (as /safety/ says).
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe('/quotes/');
  });

  test('keyboard: Enter on the focused control leaves', async ({ page }) => {
    await stubNeutralSite(page);
    await page.goto('/countries/peru/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expectLeftAndNoWayBack(page);
  });

  test('Shift pressed on its own three times leaves; twice does not', async ({ page }) => {
    await stubNeutralSite(page);
    await page.goto('/countries/peru/');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    expect(await exiting(page)).toBe(false);
    await page.keyboard.press('Shift');
    await expectLeftAndNoWayBack(page);
  });

  test("a screen reader's Shift+H three times (the H kept by the screen reader, its caret moved) never leaves", async ({
    page,
  }) => {
    // Found by the Orca walk (docs/orca-walk.md): in browse mode Orca keeps the H of Shift+H (previous heading), so
    // the page sees Shift alone; what it also sees is the caret moving to the heading.
    await stubNeutralSite(page);
    await page.goto('/countries/peru/');
    const headings = page.locator('main h2');
    for (let i = 0; i < 3; i++) {
      await page.keyboard.down('Shift');
      await headings.nth(i).evaluate((h) => getSelection()?.collapse(h, 0));
      await page.keyboard.up('Shift');
    }
    expect(await exiting(page)).toBe(false);
    expect(new URL(page.url()).pathname).toBe('/countries/peru/');
  });

  for (const [path, field] of [
    ['/quotes/', '#quote-query'],
    ['/search/', '#site-query'],
  ] as const) {
    test(`typing capitals and Shift+Tab in ${field} never leaves`, async ({ page }) => {
      await stubNeutralSite(page);
      await page.goto(path);
      await page.locator(field).click();
      await typeLikeAPerson(page, 'Mex Peru C');
      await typeLikeAPerson(page, 'MPC ABC');
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Tab');
      expect(await exiting(page)).toBe(false);
      expect(new URL(page.url()).pathname).toBe(path);
      await expect(page.locator(field)).toHaveValue('Mex Peru CMPC ABC');
    });
  }

  test('the page is hidden the moment the exit starts', async ({ page }) => {
    await page.route(`${NEUTRAL.origin}/**`, () => new Promise(() => {})); // never answers: we see the in-between state
    await page.goto('/countries/peru/');
    // Read the state in the same task as the click: before the browser has even started to leave.
    const state = await page.evaluate(() => {
      document.getElementById('quick-exit')!.click();
      return {
        cls: document.documentElement.className,
        visibility: getComputedStyle(document.querySelector('main')!).visibility,
      };
    });
    expect(state.cls).toContain('exiting');
    expect(state.visibility).toBe('hidden');
  });

  test('without JavaScript it is a plain link to the neutral site', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/about/');
    await expect(page.locator('#quick-exit')).toHaveAttribute('href', site.quickExitUrl);
    await context.close();
  });
});

test.describe('content note', () => {
  test('shows on the first visit, stays hidden for the rest of the session once dismissed, with no cookie', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await expect(page.locator('#content-note')).toBeVisible();
    await page.getByRole('button', { name: /hide this note/i }).click();
    await expect(page.locator('#content-note')).toBeHidden();
    await page.goto('/countries/mexico/');
    await expect(page.locator('#content-note')).toBeHidden();
    expect(await page.evaluate(() => sessionStorage.getItem('content-note-dismissed'))).toBe('1');
    expect(await context.cookies()).toEqual([]);
  });

  test('a new browsing session shows it again', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('#content-note')).toBeVisible();
    await context.close();
  });

  test('the safety page says what the quick exit does and does not erase, and how to read privately', async ({
    page,
  }) => {
    await page.goto('/safety/');
    await expect(page.getByRole('heading', { name: 'The quick-exit button' })).toBeVisible();
    const main = page.locator('main');
    await expect(main).toContainText('Earlier pages of this site stay in the tab’s history');
    await expect(main).toContainText('It does not erase your browsing history');
    await expect(main).toContainText(new URL(site.quickExitUrl).hostname.replace(/^www\./, ''));
    await expect(page.getByRole('heading', { name: 'How to read privately' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'How to clear your history afterwards' })).toBeVisible();
    await expect(main.getByRole('link', { name: 'Where to find help' })).toHaveAttribute('href', '/help/');
  });
});

test('an unknown address answers 404 with the not-found page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('the server sends the security headers', async ({ request }) => {
  const page = await request.get('/countries/mexico/');
  expect(page.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(page.headers()['x-frame-options']).toBe('DENY');
  expect(page.headers()['referrer-policy']).toBe('no-referrer');
  expect(page.headers()['x-content-type-options']).toBe('nosniff');
  expect(page.headers()['set-cookie']).toBeUndefined();
  expect(page.headers()['strict-transport-security']).toMatch(/^max-age=/);
  expect(page.headers()['content-encoding']).toBe('br');
  const data = await request.get('/data/quotes.json');
  expect(data.headers()['access-control-allow-origin']).toBe('*');
  const asset = (await page.text()).match(/\/_astro\/[^"]+\.css/)?.[0];
  expect(asset).toBeTruthy();
  expect((await request.get(asset!)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});
