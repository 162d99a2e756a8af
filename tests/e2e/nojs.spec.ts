// With JavaScript off, every kind of page still carries its text, and charts their SVG and data table.
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

test('a country hub shows its key findings, quotes and charts, and its detail pages the rest', async ({ page }) => {
  await page.goto('/countries/mexico/');
  expect(await page.locator('#key-findings li.finding').count()).toBeGreaterThanOrEqual(5);
  expect(await page.locator('figure.quote').count()).toBeGreaterThanOrEqual(3);
  expect(await page.locator('figure.chart svg[role=img]').count()).toBeGreaterThanOrEqual(2);
  // Controls that need JavaScript stay out of sight without it.
  await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /hide this note/ })).toHaveCount(0);
  await page.goto('/countries/mexico/overview/');
  await expect(page.locator('.narrative h2').first()).toBeVisible();
  await page.goto('/countries/mexico/quotes/justice-process/');
  expect(await page.locator('figure.quote').count()).toBeGreaterThan(5);
});

// Every chart page's HTML is checked without a browser (tests/unit/chart-pages.test.ts); here one page of each chart
// kind is shown in Chromium with JavaScript off, to see the SVG and the table really displayed.
test('a chart page of each kind shows its SVG and a data table holding every value', async ({ page }) => {
  type ChartData = {
    url: string;
    kind: string;
    points?: { value: number }[];
    series?: { points: { value: number }[] }[];
  };
  const charts = readData<{ id: string }[]>('charts/index.json').map((c) => readData<ChartData>(`charts/${c.id}.json`));
  const oneOfEach = [...new Map(charts.map((c) => [c.kind, c])).values()];
  expect(oneOfEach.length).toBeGreaterThan(2);
  for (const data of oneOfEach) {
    const values = [...(data.points ?? []), ...(data.series ?? []).flatMap((s) => s.points)];
    await page.goto(data.url);
    const svg = page.locator('figure.chart svg[role=img]');
    await expect(svg).toBeVisible();
    await expect(svg).toHaveAccessibleName(/\w/);
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
  await expect(intro.getByRole('link', { name: 'Peru' })).toHaveAttribute('href', '/countries/peru/quotes/');
});

test('theme pages list their quotes statically', async ({ page }) => {
  await page.goto('/themes/stigma-blame/');
  expect(await page.locator('figure.quote').count()).toBeGreaterThan(5);
});
