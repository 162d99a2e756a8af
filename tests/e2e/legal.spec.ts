// The Mexico legal framework page in a browser: readable at 320 px without sideways scrolling, with each cell's
// column label shown. What the table says (caption, scoped headers, a sourced finding behind every cell) is read from
// the built HTML in tests/unit/legal-page.test.ts; axe checks the page in light and dark with every page kind
// (pages.spec.ts).
import { test, expect } from '@playwright/test';

test('readable at 320 px: no sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/countries/mexico/legal/');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.locator('.legal-table .cell-label').first()).toBeVisible();
});
