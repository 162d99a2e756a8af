// The Mexico legal framework page: a real table (caption, scoped headers) of federal law, Nayarit and Morelos,
// every cell sourced by a link to a finding on the page that quotes the report, readable at 320 px without
// sideways scrolling. axe checks it in light and dark with every page kind (pages.spec.ts).
import { test, expect } from '@playwright/test';

const url = '/countries/mexico/legal/';

test('federal law, Nayarit and Morelos side by side in a captioned table with scoped headers', async ({ page }) => {
  await page.goto(url);
  const table = page.getByRole('table', { name: /Federal law, Nayarit and Morelos side by side/ });
  await expect(table).toBeVisible();
  await expect(table.locator('thead th[scope=col]')).toHaveText([
    'Topic',
    'Federal law',
    'Nayarit',
    'Morelos',
    'Recommendations',
  ]);
  const rows = table.locator('tbody tr');
  expect(await rows.count()).toBeGreaterThan(8);
  expect(await table.locator('tbody th[scope=row]').count()).toBe(await rows.count());
  // The gaps the issue names are rows a policymaker can find.
  for (const topic of [
    'Online grooming',
    'Sexual extortion of children',
    'Simple access to child sexual abuse material',
    'Livestreamed abuse',
    'Limitation periods',
    'Duties of platforms and service providers',
  ])
    await expect(table.getByRole('rowheader', { name: topic })).toBeVisible();
  await expect(
    table
      .getByRole('row', { name: /Online grooming/ })
      .getByRole('cell')
      .nth(1),
  ).toContainText('Gap');
});

test('every cell is sourced: each link goes to a finding on this page that carries the report, section and snippet', async ({
  page,
}) => {
  await page.goto(url);
  const hrefs = await page
    .locator('.legal-table td a[href^="#"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(30);
  for (const href of new Set(hrefs)) {
    const item = page.locator(`li${href}`);
    await expect(item, href).toHaveCount(1);
    await expect(item.locator('q'), href).not.toBeEmpty();
    await expect(item, href).toContainText('Disrupting Harm in Mexico');
  }
  // Cells without a finding say so rather than staying blank.
  const cells = page.locator('.legal-table td');
  for (let i = 0; i < (await cells.count()); i++)
    expect((await cells.nth(i).innerText()).trim().length).toBeGreaterThan(3);
});

test('recommendations answering a gap link to the recommendation', async ({ page }) => {
  await page.goto(url);
  const links = page.locator('.legal-table td a[href^="/recommendations/#dh-r-"]');
  expect(await links.count()).toBeGreaterThan(5);
});

test('readable at 320 px: no sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(url);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.locator('.legal-table .cell-label').first()).toBeVisible();
});
