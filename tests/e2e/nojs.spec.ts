// With JavaScript off, every kind of page still carries its text, and every chart its SVG and data table.
import { test, expect } from '@playwright/test';
import { readData } from '../support/site.ts';
import { site } from '../../src/site.ts';

test.use({ javaScriptEnabled: false });

test('home, about and safety read fully', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveCount(site.nav.length + 1); // the sections and Search
  await expect(page.locator('#content-note')).toBeVisible();
  await page.goto('/about/');
  await expect(page.getByRole('heading', { name: 'Terminology' })).toBeVisible();
});

test('a country page shows its narrative, quotes, findings and charts', async ({ page }) => {
  await page.goto('/countries/mexico/');
  await expect(page.locator('.narrative h2').first()).toBeVisible();
  expect(await page.locator('figure.quote').count()).toBeGreaterThan(20);
  expect(await page.locator('li.finding').count()).toBeGreaterThan(20);
  const svgs = page.locator('figure.chart svg[role=img]');
  expect(await svgs.count()).toBeGreaterThan(3);
  // Controls that need JavaScript stay out of sight without it.
  await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /hide this note/ })).toHaveCount(0);
});

test('every chart page renders its SVG and a data table holding every value', async ({ page }) => {
  test.setTimeout(240_000); // all of them (84 today), without JavaScript: cheap per page
  type ChartData = { url: string; points?: { value: number }[]; series?: { points: { value: number }[] }[] };
  const charts = readData<{ id: string }[]>('charts/index.json').map((c) => readData<ChartData>(`charts/${c.id}.json`));
  expect(charts.length).toBeGreaterThan(10);
  for (const data of charts) {
    const values = [...(data.points ?? []), ...(data.series ?? []).flatMap((s) => s.points)];
    await page.goto(data.url);
    await expect(page.locator('figure.chart svg[role=img] > title')).toHaveCount(1);
    const table = page.locator('figure.chart table');
    await expect(table).toBeVisible();
    await expect(table.locator('tbody tr')).toHaveCount(values.length);
  }
});

test('the quotes page links to every theme and country page instead of searching', async ({ page }) => {
  await page.goto('/quotes/');
  await expect(page.locator('form.quote-search')).toBeHidden();
  const intro = page.locator('.nojs-intro');
  await expect(intro.getByRole('link', { name: 'Reporting' })).toHaveAttribute('href', '/themes/reporting/');
  await expect(intro.getByRole('link', { name: 'Peru' })).toHaveAttribute('href', '/countries/peru/#quotes');
});

test('theme pages list their quotes statically', async ({ page }) => {
  await page.goto('/themes/stigma-blame/');
  expect(await page.locator('figure.quote').count()).toBeGreaterThan(5);
});
