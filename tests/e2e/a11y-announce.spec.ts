// Status messages on /quotes/ (WCAG 4.1.3) when the search index is slow to load: words typed before the first
// listing arrives must still have their count announced. The listing on arrival is the only one left unannounced.
import { test, expect } from '@playwright/test';
import { holdPagefind } from '../support/pagefind.ts';

test('a search typed while the index is still loading is announced', async ({ page }) => {
  // Pagefind's loader is held back until the words are typed, as on a slow connection.
  const release = await holdPagefind(page);
  await page.goto('/quotes/');
  await page.getByLabel('Search quotes').pressSequentially('police');
  release();
  await expect(page.locator('.result-count')).toContainText('for “police”', { timeout: 20_000 });
  await expect(page.locator('.result-announce')).toHaveText(await page.locator('.result-count').innerText());
});
