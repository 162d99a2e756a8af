// Chart pages, downloads, oEmbed, and embeds framed by another origin.
import { test, expect } from '@playwright/test';
import { inflateRawSync } from 'node:zlib';
import { readData } from '../support/site.ts';
import { HOST_PORT } from '../../playwright.config.ts';

interface Entry { id: string; title: string; url: string; embedUrl: string; json: string; csv: string }
const charts = readData<Entry[]>('charts/index.json');
const HOST = `http://127.0.0.1:${HOST_PORT}/`;

test('the chart page has an accessible SVG, the table, source, downloads, embed code and oEmbed discovery', async ({ page }) => {
  const c = charts[0]!;
  await page.goto(c.url);
  const svg = page.locator('figure.chart svg[role=img]');
  await expect(svg).toHaveAttribute('aria-labelledby', `${c.id}-title ${c.id}-desc`);
  await expect(page.locator('figure.chart table')).toBeVisible();
  await expect(page.locator('figure.chart figcaption')).toContainText('Source:');
  const oembed = await page.locator('link[rel=alternate][type="application/json+oembed"]').getAttribute('href');
  const record = await (await page.request.get(oembed!)).json();
  expect(record).toMatchObject({ version: '1.0', type: 'rich', title: c.title });
  expect(record.html).toContain(`/embed/${c.id}/`);
  const code = await page.locator('pre.embed-code').innerText();
  expect(code).toContain(`src="`);
  expect(code).toContain(`title="${c.title.replace(/"/g, '&quot;')}"`);
  expect(code).toContain('loading="lazy"');
  expect(code).toContain('width="100%"');
  expect(code).toContain('/embed.js');
});

test('downloads: CSV, JSON, SVG, PNG and the ZIP', async ({ request }) => {
  const c = charts[0]!;
  const csv = await request.get(c.csv);
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect((await csv.text()).split('\r\n')[0]).toMatch(/label,value$/);
  const json = await (await request.get(c.json)).json();
  expect(json.source.snippets.length).toBeGreaterThan(0);
  const svg = await request.get(`/charts/${c.id}/chart.svg`);
  expect(await svg.text()).toMatch(/^<svg[^>]+viewBox/);
  const png = await (await request.get(`/charts/${c.id}/chart.png`)).body();
  expect([...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  expect(png.length).toBeGreaterThan(2000);
  const zip = await (await request.get('/data/charts.zip')).body();
  expect(zip.subarray(0, 2).toString()).toBe('PK');
  // The README is the first entry, stored compressed; inflate it to see it names the fields and how to cite.
  const nameLen = zip.readUInt16LE(26);
  const extraLen = zip.readUInt16LE(28);
  const size = zip.readUInt32LE(18);
  const body = zip.subarray(30 + nameLen + extraLen, 30 + nameLen + extraLen + size);
  const readme = zip.readUInt16LE(8) === 8 ? inflateRawSync(body).toString() : body.toString();
  expect(zip.subarray(30, 30 + nameLen).toString()).toBe('README.txt');
  expect(readme).toContain('snippets');
  expect(readme).toContain('cite');
});

test('embeds may be framed by any site; other pages by none', async ({ request }) => {
  const embed = await request.get(charts[0]!.embedUrl);
  expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
  expect(embed.headers()['x-frame-options']).toBeUndefined();
  const chart = await request.get(charts[0]!.url);
  expect(chart.headers()['x-frame-options']).toBe('DENY');
});

test('embed options: dark theme and open table', async ({ page }) => {
  await page.goto(`${charts[0]!.embedUrl}?theme=dark&table=1`);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('details.chart-table')).toHaveAttribute('open', '');
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(bg).toBe('rgb(20, 19, 17)');
});

test.describe('an advocacy page on another origin embedding charts', () => {
  for (const width of [1000, 320]) {
    test(`renders, resizes to content and links back at ${width}px`, async ({ page, baseURL }) => {
      await page.setViewportSize({ width, height: 900 });
      const foreign: string[] = [];
      page.on('request', (r) => {
        const u = r.url();
        if (!u.startsWith(baseURL!) && !u.startsWith(HOST)) foreign.push(u);
      });
      await page.goto(HOST);
      const frames = page.locator('iframe[data-survivors-voices-embed]');
      await expect(frames).toHaveCount(3);
      for (let i = 0; i < 3; i++) {
        const frameEl = frames.nth(i);
        await frameEl.scrollIntoViewIfNeeded();
        const frame = frameEl.contentFrame();
        await expect(frame.locator('figure.chart svg[role=img]')).toBeVisible();
        // embed.js sets the iframe's height from the embedded document's own height.
        await expect.poll(async () => frameEl.evaluate((el) => (el as HTMLIFrameElement).style.height)).not.toBe('');
        const [frameHeight, contentHeight] = await Promise.all([
          frameEl.evaluate((el) => el.getBoundingClientRect().height),
          frame.locator('html').evaluate((el) => el.getBoundingClientRect().height),
        ]);
        expect(Math.abs(frameHeight - contentHeight)).toBeLessThanOrEqual(2);
        // Readable at this width: nothing overflows sideways and the text is at its real size.
        const overflow = await frame.locator('html').evaluate((el) => el.scrollWidth - el.clientWidth);
        expect(overflow).toBeLessThanOrEqual(1);
        const fontSize = await frame.locator('svg .t').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
        expect(fontSize).toBeGreaterThanOrEqual(12);
        const back = frame.getByRole('link', { name: /View this chart/ });
        await expect(back).toHaveAttribute('href', /^\/charts\/[a-z0-9-]+\/$/);
      }
      expect(foreign).toEqual([]);
    });
  }

  test('embed.js ignores size messages from anything but an embedded chart of the right origin', async ({ page }) => {
    await page.goto(HOST);
    const frame = page.locator('iframe[data-survivors-voices-embed]').first();
    await expect.poll(async () => frame.evaluate((el) => (el as HTMLIFrameElement).style.height)).not.toBe('');
    const before = await frame.evaluate((el) => (el as HTMLIFrameElement).style.height);
    // A message from the host page itself (wrong source and origin) must not resize anything.
    // Our listener is added after embed.js's, so once it has run, embed.js has handled the same message.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          window.addEventListener('message', () => resolve(), { once: true });
          window.postMessage({ type: 'survivors-voices:embed-size', height: 3000 }, '*');
        }),
    );
    expect(await frame.evaluate((el) => (el as HTMLIFrameElement).style.height)).toBe(before);
  });
});

test('chart marks are focusable by keyboard and show their value', async ({ page }) => {
  await page.goto(charts[0]!.url);
  const first = page.locator('figure.chart .mark').first();
  await first.focus();
  await expect(page.locator('.chart-tooltip')).toBeVisible();
  await expect(page.locator('.chart-tooltip')).toContainText(':');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('figure.chart .mark').nth(1)).toBeFocused();
});

test('no layout shift when the chart island loads', async ({ page }) => {
  await page.goto(charts[0]!.url);
  await page.waitForLoadState('networkidle');
  // The island has run once its script has loaded; two animation frames later any shift it caused is recorded,
  // and a buffered observer delivers every shift since navigation in its first callback.
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const observer = new PerformanceObserver(() => {});
            observer.observe({ type: 'layout-shift', buffered: true });
            const entries = observer.takeRecords() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
            observer.disconnect();
            resolve(entries.filter((e) => !e.hadRecentInput).reduce((t, e) => t + e.value, 0));
          }),
        );
      }),
  );
  expect(shift).toBe(0);
});

test('charts print with their table and without the quick exit', async ({ page }) => {
  await page.goto(charts[0]!.url);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.quick-exit')).toBeHidden();
  await expect(page.locator('figure.chart table')).toBeVisible();
});
