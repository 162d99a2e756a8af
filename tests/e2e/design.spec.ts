// The design helper's pages and shared components: axe in light and dark on the pages built from them, the one
// "Cite or share" control (readable without JavaScript, completed with the date and address with it), the
// sticky bar never covering a target, and the recommendations page at 320 px.
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

// axe on /recommendations/ takes most of a minute on a shared two-core machine.
test.describe.configure({ timeout: 180_000 });

const pages = ['/', '/recommendations/', '/sources/', '/sources/vos-peru-2021/', '/about/', '/no-such-page/'];
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme}`, () => {
    test.use({ colorScheme });
    for (const url of pages) {
      test(`${url} has no axe violations in ${colorScheme}`, async ({ page }) => {
        await page.goto(url);
        const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
        expect(
          results.violations.map(
            (v) =>
              `${v.id}: ${v.nodes
                .slice(0, 3)
                .map((n) => n.target.join(' '))
                .join(' | ')}`,
          ),
        ).toEqual([]);
      });
    }
  });
}

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
