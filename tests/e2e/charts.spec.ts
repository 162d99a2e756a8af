// Chart pages, the gallery, downloads, oEmbed, share previews, and embeds pasted into a page on another origin.
// Every chart is checked for labels inside their SVG; the rest runs on one chart of each kind.
import { test, expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { inflateRawSync } from 'node:zlib';
import { readData } from '../support/site.ts';
import { HOST_PORT } from '../../playwright.config.ts';

interface Entry {
  id: string;
  title: string;
  url: string;
  embedUrl: string;
  json: string;
  csv: string;
}
interface Full {
  id: string;
  title: string;
  longDescription: string;
  kind: string;
  unit: string;
  series?: unknown[];
}
const charts = readData<Entry[]>('charts/index.json');
const full = new Map(charts.map((c) => [c.id, readData<Full>(`charts/${c.id}.json`)]));
const HOST = `http://127.0.0.1:${HOST_PORT}/`;

/** One chart of each kind as drawn (a bar chart with series is drawn grouped), plus a ratio chart. */
const drawn = (c: Full) =>
  c.kind === 'bar' && c.series ? 'grouped' : c.kind === 'grouped' && !c.series ? 'bar' : c.kind;
const sample = (pred: (c: Full) => boolean) => charts.find((c) => pred(full.get(c.id)!))!;
const kinds = {
  bar: sample((c) => drawn(c) === 'bar' && c.unit === 'percent'),
  ratio: sample((c) => c.unit === 'ratio'),
  grouped: sample((c) => drawn(c) === 'grouped'),
  stacked: sample((c) => drawn(c) === 'stacked'),
  dot: sample((c) => drawn(c) === 'dot'),
};

const TEXT_SPACING =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

interface Check {
  width: number;
  spacing: boolean;
}
const CHECKS: Check[] = [
  { width: 320, spacing: false },
  { width: 320, spacing: true },
  { width: 1000, spacing: false },
  { width: 1280, spacing: false },
];

/**
 * Loads every chart's embed once, each in an iframe inside one page of the site (same origin, so the frames can be
 * measured), then resizes the frames through the checks. Per chart and check it reports the texts of the SVG that
 * leave it (by more than a glyph's 1 px overhang), sideways overflow, the page's height and the heights reserved by
 * the script-free embed code. The text-spacing override (WCAG 1.4.12) is a constructed stylesheet: the CSP allows
 * no inline style. One load per chart keeps 84 charts × 4 checks to seconds. As each frame loads it also reports
 * what the page crawl (tests/e2e/pages.spec.ts) checks on a page, and leaves embeds to this load: whether the embed
 * bar shows its content note, and whether focus stayed on the body.
 */
function measureAll(page: Page, urls: string[]) {
  return page.evaluate(
    async ({ urls, checks, css }) => {
      document.body.replaceChildren();
      const frames = await Promise.all(
        urls.map((url) => {
          const f = document.createElement('iframe');
          f.style.cssText = 'width:320px;height:100px;border:0;display:block';
          f.src = url;
          document.body.append(f);
          return new Promise<HTMLIFrameElement>((resolve) =>
            f.addEventListener('load', () => resolve(f), { once: true }),
          );
        }),
      );
      const shells = frames.map((f, i) => {
        const doc = f.contentDocument!;
        const bar = doc.querySelector('.embed-bar');
        return {
          url: urls[i]!,
          embedNote:
            !!bar &&
            bar.getClientRects().length > 0 &&
            getComputedStyle(bar).visibility !== 'hidden' &&
            /Content note/.test(bar.textContent ?? ''),
          focus: doc.activeElement === doc.body,
        };
      });
      const results = checks.flatMap(({ width, spacing }) =>
        frames.map((f, i) => {
          f.style.width = `${width}px`;
          const doc = f.contentDocument!;
          const sheet = new (doc.defaultView as typeof window).CSSStyleSheet();
          sheet.replaceSync(spacing ? css : '');
          doc.adoptedStyleSheets = [sheet];
          const svg = doc.querySelector('figure.chart svg')!;
          const box = svg.getBoundingClientRect();
          const out = [...svg.querySelectorAll('text')]
            .filter((t) => {
              const r = t.getBoundingClientRect();
              return (
                r.width > 0 &&
                (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)
              );
            })
            .map((t) => t.textContent ?? '');
          return {
            url: urls[i]!,
            width,
            spacing,
            out,
            sideways: doc.documentElement.scrollWidth - doc.documentElement.clientWidth,
            height: doc.documentElement.getBoundingClientRect().height,
            heights: doc
              .querySelector<HTMLElement>('[data-embed-heights]')!
              .dataset.embedHeights!.split(' ')
              .map(Number),
          };
        }),
      );
      return { shells, results };
    },
    { urls, checks: CHECKS, css: TEXT_SPACING },
  );
}

test("every chart's embed loads with its content note, focus on the body, no errors, nothing from other origins, no cookies; labels inside the SVG and no sideways scroll at 320 px (also with text spacing), 1000 and 1280 px; the script-free embed height holds it", async ({
  page,
  context,
  baseURL,
}) => {
  // 84 page loads on a shared two-core machine.
  test.setTimeout(90_000);
  const problems: string[] = [];
  // What the page crawl checks on every page, for every embed (the crawl loads only the embeds axe checks).
  const embedUrls = charts.map((c) => c.embedUrl);
  const statuses = new Map<string, number>();
  page.on('response', (r) => {
    if (r.request().resourceType() === 'document') statuses.set(new URL(r.url()).pathname, r.status());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${String(e)}`));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(baseURL!) && !u.startsWith('data:') && !u.startsWith('blob:'))
      problems.push(`request to another origin: ${u}`);
  });
  await page.goto(charts[0]!.embedUrl);
  const { shells, results } = await measureAll(page, embedUrls);
  expect(shells).toHaveLength(embedUrls.length);
  for (const s of shells) {
    if (statuses.get(s.url) !== 200) problems.push(`${s.url}: status ${statuses.get(s.url)}`);
    if (!s.embedNote) problems.push(`${s.url}: no visible content note in the embed bar`);
    if (!s.focus) problems.push(`${s.url}: focus moved on load (WCAG 2.4.3)`);
  }
  expect(await context.cookies()).toEqual([]);
  expect(results).toHaveLength(charts.length * CHECKS.length);
  for (const r of results) {
    const label = `${r.width}px${r.spacing ? ' with text spacing' : ''}`;
    if (r.out.length) problems.push(`${r.url} at ${label}: ${r.out.join(' | ')}`);
    if (r.sideways > 1) problems.push(`${r.url} at ${label} scrolls sideways by ${r.sideways}px`);
    // The height the script-free embed code gives the frame at this width must hold the whole page.
    const reserved = r.width === 320 ? r.heights[0] : r.width === 1000 ? r.heights[2] : undefined;
    if (!r.spacing && reserved !== undefined && r.height > reserved)
      problems.push(`${r.url} at ${label} is ${Math.ceil(r.height)}px tall; the script-free embed gives ${reserved}px`);
  }
  expect(problems).toEqual([]);
});

// One test walks the kinds' chart pages and one their embeds, a step per kind: a test each would open ten fresh
// contexts and pages, about 0.4 s of CPU apiece here.
test(`chart pages, one of each kind (${Object.keys(kinds).join(', ')}): one h1 (the title), title and long description read once, table, source, oEmbed, share tags`, async ({
  page,
}) => {
  for (const [kind, c] of Object.entries(kinds))
    await test.step(`${kind}: ${c.url}`, async () => {
      const data = full.get(c.id)!;
      await page.goto(c.url);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).toHaveText(c.title);
      // What a screen reader meets in the main content: the title once (the heading), the long description once.
      // (The embed codes on the page print the title too, as the iframe's title attribute: not counted.)
      const tree = (await page.locator('main').ariaSnapshot())
        .split('\n')
        .filter((l) => !l.includes('<iframe'))
        .join('\n');
      const count = (s: string) => tree.split(s).length - 1;
      expect(count(c.title)).toBe(1);
      expect(count(data.longDescription)).toBe(1);
      await expect(page.locator('figure.chart svg.chart-svg')).toHaveAccessibleName(/chart|plot/i);
      await expect(page.locator('figure.chart table')).toBeVisible();
      await expect(page.locator('figure.chart .chart-source')).toContainText('Source:');
      const oembed = await page.locator('link[rel=alternate][type="application/json+oembed"]').getAttribute('href');
      const record = await (await page.request.get(oembed!)).json();
      expect(record).toMatchObject({ version: '1.0', type: 'rich', title: c.title });
      expect(record.html).toContain(`/embed/${c.id}/`);
      // Share previews: the chart's own PNG at an absolute address, which exists.
      for (const selector of ['meta[property="og:image"]', 'meta[name="twitter:image"]']) {
        const image = await page.locator(selector).getAttribute('content');
        expect(image).toMatch(new RegExp(`^https?://[^/]+/charts/${c.id}/chart\\.png$`));
        const png = await page.request.get(new URL(image!).pathname);
        expect(png.headers()['content-type']).toBe('image/png');
      }
      await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', c.title);
    });
});

test(`embeds, one of each kind (${Object.keys(kinds).join(', ')}): one h1, title and long description once, every link leaves the frame`, async ({
  page,
}) => {
  for (const [kind, c] of Object.entries(kinds))
    await test.step(`${kind}: ${c.embedUrl}`, async () => {
      const data = full.get(c.id)!;
      await page.goto(c.embedUrl);
      await expect(page.locator('h1')).toHaveText(c.title);
      const tree = await page.locator('body').ariaSnapshot();
      expect(tree.split(c.title).length - 1).toBe(1);
      expect(tree.split(data.longDescription).length - 1).toBe(1);
      const links = await page
        .locator('a[href]')
        .evaluateAll((as) => as.map((a) => [a.getAttribute('target'), a.getAttribute('href')]));
      expect(links.length).toBeGreaterThanOrEqual(2);
      for (const [target, href] of links)
        expect([target, href]).toEqual([expect.stringMatching(/^_(blank|top)$/), href]);
    });
});

test('downloads: CSV, JSON, SVG, PNG and the ZIP', async ({ request }) => {
  for (const c of Object.values(kinds)) {
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
  }
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
  const embed = await request.get(kinds.bar.embedUrl);
  expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
  expect(embed.headers()['x-frame-options']).toBeUndefined();
  const chart = await request.get(kinds.bar.url);
  expect(chart.headers()['x-frame-options']).toBe('DENY');
});

test('embed options: dark theme and open table', async ({ page }) => {
  await page.goto(`${kinds.stacked.embedUrl}?theme=dark&table=1`);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('details.chart-table')).toHaveAttribute('open', '');
  const [bg, text] = await page.evaluate(() => [
    getComputedStyle(document.documentElement).backgroundColor,
    getComputedStyle(document.querySelector('svg .t')!).fill,
  ]);
  expect(bg).toBe('rgb(20, 19, 17)');
  expect(text).not.toBe('rgb(31, 29, 26)');
});

test.describe('embed code copied from a chart page and pasted into a page on another origin', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  /** Copies a snippet as a person would: the page's copy button, then the clipboard. */
  async function copySnippet(page: Page, url: string, button: string): Promise<string> {
    await page.goto(url);
    await page.getByRole('button', { name: button, exact: true }).click();
    await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
    const code = await page.evaluate(() => navigator.clipboard.readText());
    // The code shown is the code copied.
    expect(code).toBe(
      await page
        .locator('pre.embed-code code')
        .filter({ hasText: code.slice(0, 40) })
        .first()
        .innerText(),
    );
    return code;
  }
  const paste = (code: string) => `${HOST}?code=${Buffer.from(code).toString('base64url')}`;

  /**
   * Loads the page with `codes` pasted in at 1000 px, then walks its frames there and again narrowed to 320 px (so a
   * frame must follow a change of width): each is scrolled to, must show its chart, and is handed to `check`.
   */
  async function eachFrameAtEachWidth(
    page: Page,
    codes: string[],
    check: (frameEl: Locator, frame: FrameLocator) => Promise<void>,
  ): Promise<void> {
    const count = codes.length;
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.goto(paste(codes.join('\n')));
    const frames = page.locator('iframe');
    await expect(frames).toHaveCount(count);
    for (const width of [1000, 320])
      await test.step(`at ${width}px`, async () => {
        await page.setViewportSize({ width, height: 900 });
        for (let i = 0; i < count; i++) {
          const frameEl = frames.nth(i);
          await frameEl.scrollIntoViewIfNeeded();
          const frame = frameEl.contentFrame();
          await expect(frame.locator('figure.chart svg.chart-svg')).toBeVisible();
          await check(frameEl, frame);
        }
      });
  }

  test('the snippets carry the address the page was served from, not the one the build was given', async ({
    page,
    baseURL,
  }) => {
    const code = await copySnippet(page, kinds.bar.url, 'Copy embed code');
    expect(new URL(baseURL!).port).not.toBe('4321');
    expect(code).toContain(`<iframe src="${baseURL}/embed/${kinds.bar.id}/"`);
    expect(code).toContain(`<script src="${baseURL}/embed.js" async></script>`);
    expect(code).not.toContain('localhost:4321');
  });

  // Each mode is loaded once, wide, and then narrowed, as a reader turning a tablet or resizing a window would: the
  // frames must follow the new width as they did the first.
  test('with the script: renders and fits its content at 1000px, and again when narrowed to 320px, loading nothing else', async ({
    page,
    baseURL,
  }) => {
    const codes: string[] = [];
    for (const c of [kinds.bar, kinds.grouped, kinds.dot])
      codes.push(await copySnippet(page, c.url, 'Copy embed code'));
    const foreign: string[] = [];
    page.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(baseURL!) && !u.startsWith(HOST)) foreign.push(u);
    });
    await eachFrameAtEachWidth(page, codes, async (frameEl, frame) => {
      // embed.js sets the iframe's height from the embedded document's own height, and again when it changes.
      await expect
        .poll(async () => {
          const [frameHeight, contentHeight] = await Promise.all([
            frameEl.evaluate((el) => ((el as HTMLIFrameElement).style.height ? el.getBoundingClientRect().height : 0)),
            frame.locator('html').evaluate((el) => el.getBoundingClientRect().height),
          ]);
          return Math.abs(frameHeight - contentHeight);
        })
        .toBeLessThanOrEqual(2);
      const overflow = await frame.locator('html').evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(overflow).toBeLessThanOrEqual(1);
      const fontSize = await frame
        .locator('svg .t')
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(fontSize).toBeGreaterThanOrEqual(12);
      await expect(frame.getByRole('link', { name: /View this chart/ })).toHaveAttribute('target', '_blank');
    });
    expect(foreign).toEqual([]);
  });

  test("without a script: the frame's height follows its width and holds the chart at 1000px, and again when narrowed to 320px", async ({
    page,
  }) => {
    const codes: string[] = [];
    for (const c of [kinds.stacked, kinds.ratio])
      codes.push(await copySnippet(page, c.url, 'Copy embed code without script'));
    for (const code of codes) expect(code).not.toContain('<script');
    await eachFrameAtEachWidth(page, codes, async (frameEl, frame) => {
      const [frameHeight, contentHeight] = await Promise.all([
        frameEl.evaluate((el) => el.getBoundingClientRect().height),
        // The content's own height (scrollHeight would be at least the frame's).
        frame.locator('html').evaluate((el) => el.getBoundingClientRect().height),
      ]);
      // Nothing cut off, and not much empty space below.
      expect(frameHeight).toBeGreaterThanOrEqual(contentHeight);
      expect(frameHeight - contentHeight).toBeLessThan(Math.max(120, contentHeight * 0.25));
    });
  });

  test('embed.js that starts after the chart has loaded still sizes it (it is async, so a reader can meet this)', async ({
    page,
  }) => {
    const code = await copySnippet(page, kinds.bar.url, 'Copy embed code');
    const [frameCode, scriptSrc] = [
      code.replace(/<script[^>]*><\/script>/, ''),
      /<script src="([^"]+)"/.exec(code)?.[1],
    ];
    expect(scriptSrc).toMatch(/\/embed\.js$/);
    await page.goto(paste(frameCode));
    const frameEl = page.locator('iframe');
    // The chart has loaded and reported its height, with nobody listening yet.
    await expect(frameEl.contentFrame().locator('figure.chart svg.chart-svg')).toBeVisible();
    expect(await frameEl.evaluate((el) => (el as HTMLIFrameElement).style.height)).toBe('');
    await page.evaluate((src) => {
      const script = document.createElement('script');
      script.src = src;
      document.body.append(script);
    }, scriptSrc!);
    await expect.poll(async () => frameEl.evaluate((el) => (el as HTMLIFrameElement).style.height)).toMatch(/^\d+px$/);
    const [frameHeight, contentHeight] = await Promise.all([
      frameEl.evaluate((el) => el.getBoundingClientRect().height),
      frameEl
        .contentFrame()
        .locator('html')
        .evaluate((el) => el.getBoundingClientRect().height),
    ]);
    expect(Math.abs(frameHeight - contentHeight)).toBeLessThanOrEqual(2);
  });

  test('embed.js ignores size messages from anything but an embedded chart of the right origin', async ({ page }) => {
    const code = await copySnippet(page, kinds.bar.url, 'Copy embed code');
    await page.goto(paste(code));
    const frame = page.locator('iframe').first();
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

test('chart marks: keyboard focus and hover show a tooltip beside the mark, which stays while hovered and Escape closes', async ({
  page,
}) => {
  await page.clock.install();
  await page.goto(kinds.bar.url);
  const marks = page.locator('figure.chart .mark');
  const tip = page.locator('.chart-tooltip');
  await marks.first().focus();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(':');
  await page.keyboard.press('ArrowDown');
  await expect(marks.nth(1)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await marks.nth(1).evaluate((el) => (el as SVGGElement).blur());
  // Hover the bar of the second mark: the tooltip appears and does not cover it.
  const bar = marks.nth(1).locator('rect').first();
  await bar.hover();
  await expect(tip).toBeVisible();
  const [barBox, tipBox] = [(await bar.boundingBox())!, (await tip.boundingBox())!];
  const overlaps =
    tipBox.x < barBox.x + barBox.width &&
    barBox.x < tipBox.x + tipBox.width &&
    tipBox.y < barBox.y + barBox.height &&
    barBox.y < tipBox.y + tipBox.height;
  expect(overlaps).toBe(false);
  // Hoverable and persistent: the pointer can move onto the tooltip, and it stays there as long as it likes.
  await page.mouse.move(tipBox.x + tipBox.width / 2, tipBox.y + tipBox.height / 2, { steps: 4 });
  await page.clock.runFor(5000);
  await expect(tip).toBeVisible();
  // Escape dismisses it without moving the pointer.
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  // Hovered again, then left: it goes once the pointer has been away a moment.
  await bar.hover();
  await expect(tip).toBeVisible();
  await page.mouse.move(1, 1);
  await page.clock.runFor(1000);
  await expect(tip).toBeHidden();
});

test('focusable marks are exposed: their SVG is a named group, not an image (whose children Chromium hides)', async ({
  page,
}) => {
  // Found by the Orca walk (docs/orca-walk.md): Chromium on Linux gives an SVG with role="img" no children, so a
  // focused mark said nothing. Without JavaScript the marks are not focusable and the SVG stays a named image.
  for (const kind of Object.values(kinds)) {
    await page.goto(kind.url);
    const svg = page.locator('figure.chart svg.chart-svg');
    await expect(svg.locator('.mark[tabindex="0"]')).toHaveCount(1);
    await expect(svg).toHaveAttribute('role', 'group');
    await expect(svg).toHaveAccessibleName(/chart|plot/i);
    await expect(svg.locator('.mark').first()).toHaveAccessibleName(/: /);
  }
});

test('no layout shift when the chart island loads', async ({ page }) => {
  await page.goto(kinds.grouped.url);
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
  await page.goto(kinds.dot.url);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.quick-exit')).toBeHidden();
  await expect(page.locator('figure.chart table')).toBeVisible();
});

test.describe('the gallery', () => {
  test('previews every chart and filters by kind; the filters fit at 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto('/charts/');
    await expect(page.locator('.chart-list > li')).toHaveCount(charts.length);
    await expect(page.locator('.chart-list > li svg.chart-thumb')).toHaveCount(charts.length);
    // Thumbnails take the series colours from the theme (unstyled SVG shapes would be black).
    expect(
      await page
        .locator('svg.chart-thumb .s0')
        .first()
        .evaluate((e) => getComputedStyle(e).fill),
    ).not.toBe('rgb(0, 0, 0)');
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    for (const name of ['Country', 'Theme', 'Report', 'Kind'])
      await expect(page.getByRole('combobox', { name })).toBeVisible();
    await page.getByRole('combobox', { name: 'Kind' }).selectOption('stacked');
    const shown = charts.filter((c) => drawn(full.get(c.id)!) === 'stacked').length;
    await expect(page.locator('.chart-list > li:visible')).toHaveCount(shown);
    await expect(page.getByRole('status')).toHaveText(`${shown} of ${charts.length} charts shown`);
  });
});

// One load per kind and width; the scheme switches in place (the charts take their colours from custom properties).
// A test per width, a step per kind, each comparison soft so one changed chart does not hide another.
for (const width of [320, 1280])
  test(`visual: one chart of each kind (${Object.keys(kinds).join(', ')}) at ${width}px, light and dark`, async ({
    page,
  }) => {
    // Taller than any embed, so no page gets a scrollbar that would narrow the chart.
    await page.setViewportSize({ width, height: 3000 });
    for (const [kind, c] of Object.entries(kinds))
      await test.step(kind, async () => {
        await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
        await page.goto(c.embedUrl);
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          await expect.soft(page.locator('.chart-svg-wrap')).toHaveScreenshot(`${kind}-${width}-${scheme}.png`, {
            animations: 'disabled',
          });
        }
      });
  });
