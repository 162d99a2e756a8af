// One crawl of EVERY page, in a few parts the two workers share. Each page is loaded once and checked for status, the
// safety shell (quick exit, content note, a link to /help/ shown), focus on load, console errors, requests to other
// origins and cookies. On the pages that stand for a page KIND, axe (WCAG 2.0/2.1/2.2 A and AA) runs in light and
// dark mode during that same visit: the built pages grouped by the template in src/pages/ that made them (chart
// pages and embeds by chart kind), each kind's median page, and the site's two largest pages, each of which stands
// for its own kind (a second, smaller page of the same template would add no component axe has not seen).
// axe runs inside the crawl, not as a test per kind, because each test opens a fresh context and page: here that
// cost about 0.4 s of CPU a test before any checking, which for 37 kinds was as much as loading them all again.
// /help/ is left to tests/e2e/help.spec.ts, which runs axe on it with every snippet open: a superset of its state on
// load.
// Chart embeds are the exception: tests/e2e/charts.spec.ts loads every one at once, as frames of one page, and checks
// the same there (status, the embed bar's content note, focus, errors, other origins, cookies), so the crawl loads
// only the embeds axe runs on.
// scripts/check/pages-static.mjs checks every page's headings, ids and landmarks without a browser.
import { test, expect, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allPageUrls, DIST, readData } from '../support/site.ts';
import axe from 'axe-core';
import { axeLightAndDark, rememberColourParses } from '../support/axe.ts';
import { largestPages, pageKinds, pageSize, routesOf } from '../support/kinds.ts';
import { CRAWL_CHROMIUM_ARGS, findTestChromium } from '../../scripts/lib/browser.mjs';

// A browser of its own for this file, cheaper per page load (scripts/lib/browser.mjs says why and what it cannot do).
const executablePath = findTestChromium() ?? undefined;
test.use({ launchOptions: { ...(executablePath ? { executablePath } : {}), args: CRAWL_CHROMIUM_ARGS } });

const urls = [...allPageUrls(), '/404.html'];
const chartKind = (id: string): string => {
  const file = join(DIST, 'data', 'charts', `${id}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { kind: string }).kind : 'unknown';
};
const largest = largestPages(DIST, urls, 2);
const kinds = pageKinds(
  DIST,
  urls,
  routesOf(join(process.cwd(), 'src', 'pages')),
  (route, url) => (route === '/charts/[id]/' || route === '/embed/[id]/' ? chartKind(url.split('/')[2]!) : ''),
  largest,
);

test('every page kind is found, each chart kind with its page and embed', () => {
  const names = kinds.map((k) => k.kind);
  for (const k of [
    '/',
    '/about/',
    '/safety/',
    '/countries/',
    '/countries/[slug]/',
    '/themes/',
    '/themes/[theme]/',
    '/quotes/',
    '/search/',
    '/charts/',
    '/data/',
    '/recommendations/',
    '/sources/',
    '/sources/[id]/',
    '/404.html',
  ])
    expect(names).toContain(k);
  expect(names.filter((n) => n.startsWith('unmatched'))).toEqual([]);
  const chartKinds = new Set(readDataKinds());
  expect(chartKinds.size).toBeGreaterThan(1);
  for (const ck of chartKinds) {
    expect(names).toContain(`/charts/[id]/ (${ck})`);
    expect(names).toContain(`/embed/[id]/ (${ck})`);
  }
  // Every built page belongs to exactly one kind.
  expect(kinds.reduce((n, k) => n + k.pages, 0)).toBe(urls.length);
});
function readDataKinds(): string[] {
  const index = JSON.parse(readFileSync(join(DIST, 'data', 'charts', 'index.json'), 'utf8')) as { id: string }[];
  return index.map((c) => chartKind(c.id));
}

test('the axe runner reports what it should: a missing alt, low contrast in dark only, and refuses a frame', async ({
  page,
}) => {
  await page.setContent(
    `<html lang="en"><head><title>t</title><style>
      p { color: #000; background: #fff; }
      @media (prefers-color-scheme: dark) { p { color: #333; background: #222; } }
    </style></head><body><main><h1>t</h1><img src="data:," /><p>Some text</p></main></body></html>`,
  );
  const result = await axeLightAndDark(page);
  expect(result.light.map((v) => v.split(':')[0])).toEqual(['image-alt']);
  expect(result.dark.map((v) => v.split(':')[0])).toEqual(['color-contrast']);
  await page.setContent('<html lang="en"><body><iframe title="f" srcdoc="<p>x</p>"></iframe></body></html>');
  await expect(axeLightAndDark(page)).rejects.toThrow(/frame/);
});

test("axe's remembered colour parses give its own answers, for every colour a country hub shows in light and dark", async ({
  page,
}) => {
  await page.goto('/countries/moldova/');
  await page.evaluate(axe.source);
  const colours = new Set<string>([
    // Forms the page may not use but axe's parser treats apart, and two it cannot parse.
    'transparent',
    'rgba(0, 0, 0, 0)',
    'hsl(0.5turn 50% 50%)',
    'hsl(1rad, 40%, 60%)',
    'color(srgb 1 0 0 / 0.5)',
    'oklch(60% 0.1 200)',
    'not a colour',
    '',
  ]);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const seen = await page.evaluate(() => {
      const props = ['color', 'background-color', 'border-top-color', 'outline-color', 'fill', 'stroke'];
      const out = new Set<string>();
      for (const el of document.querySelectorAll('*')) {
        const style = getComputedStyle(el);
        for (const p of props) out.add(style.getPropertyValue(p));
      }
      return [...out];
    });
    for (const c of seen) colours.add(c);
  }
  expect(colours.size).toBeGreaterThan(20);
  /** Each string as axe's Color#parseString leaves a colour (or "throws"), parsed twice in a row. */
  const parseAll = (list: string[]) =>
    page.evaluate((list) => {
      const { Color } = (window.axe!.commons as unknown as { color: { Color: new () => Record<string, unknown> } })
        .color;
      const once = (text: string) => {
        try {
          const c = (new Color() as unknown as { parseString(t: string): Record<string, number> }).parseString(text);
          return [c.r, c.g, c.b, c.alpha, c.red, c.green, c.blue];
        } catch {
          return 'throws';
        }
      };
      return list.map((text) => [text, once(text), once(text)]);
    }, list);
  const list = [...colours];
  const axeOwn = await parseAll(list);
  await page.evaluate(rememberColourParses);
  const remembered = await parseAll(list);
  expect(remembered).toEqual(axeOwn);
  // The strings axe cannot parse still throw, every time.
  expect(axeOwn.filter(([, first]) => first === 'throws').map(([text]) => text)).toEqual(
    expect.arrayContaining(['not a colour', '']),
  );
});

/** The pages axe checks, each with what it stands for: one page per kind, and the two largest pages. */
const axePages = new Map<string, string>();
for (const { kind, url, pages } of kinds.filter((k) => k.kind !== '/help/'))
  axePages.set(url, `${kind} (1 of ${pages})`);
for (const url of largest) axePages.set(url, axePages.has(url) ? `${axePages.get(url)}; largest page` : 'largest page');

test('axe is due on one page of every kind but /help/, and on the two largest pages', () => {
  const due = [...axePages.values()].join('\n');
  for (const { kind } of kinds.filter((k) => k.kind !== '/help/')) expect(due).toContain(`${kind} (1 of`);
  expect([...axePages.values()].filter((v) => v.includes('largest page'))).toHaveLength(2);
  // One page a kind: the largest pages stand for their kinds, so there is no second page of those kinds.
  expect(axePages.size).toBe(kinds.filter((k) => k.kind !== '/help/').length);
});

/**
 * Crawls `list` in one page of one context, collecting every problem instead of stopping at the first; on the pages
 * in `axePages` it runs axe too.
 */
async function crawl(page: Page, origin: string, list: string[]): Promise<{ problems: string[]; axeRuns: number }> {
  const problems: string[] = [];
  let axeRuns = 0;
  let current = '';
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`${current}: console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${current}: page error: ${String(e)}`));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'))
      problems.push(`${current}: request to another origin: ${u}`);
  });
  for (const url of list) {
    current = url;
    const response = await page.goto(url, { waitUntil: 'load' });
    if (response?.status() !== 200) problems.push(`${url}: status ${response?.status()}`);
    const shell = await page.evaluate(() => {
      const visible = (id: string) => {
        const el = document.getElementById(id);
        return !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
      };
      const bar = document.querySelector('.embed-bar');
      const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
      return {
        exit: visible('quick-exit'),
        note: visible('content-note'),
        help: [...document.querySelectorAll('a[href="/help/"], a[href^="/help/#"]')].some(shown),
        embedNote: !!bar && bar.getClientRects().length > 0 && /Content note/.test(bar.textContent ?? ''),
        focus: document.activeElement === document.body,
      };
    });
    // Embeds carry a content note in their bar and, on purpose, no quick exit (src/layouts/EmbedLayout.astro says why).
    if (url.startsWith('/embed/')) {
      if (!shell.embedNote) problems.push(`${url}: no visible content note in the embed bar`);
    } else {
      if (!shell.exit) problems.push(`${url}: no visible quick exit`);
      if (!shell.note) problems.push(`${url}: no visible content note`);
      if (!shell.help) problems.push(`${url}: no visible link to /help/`);
    }
    if (!shell.focus) problems.push(`${url}: focus moved on load (WCAG 2.4.3)`);
    const kind = axePages.get(url);
    if (kind) {
      await page.evaluate(() => document.fonts.ready);
      try {
        const { light, dark } = await axeLightAndDark(page);
        for (const v of light) problems.push(`${url} [${kind}]: axe, light: ${v}`);
        for (const v of dark) problems.push(`${url} [${kind}]: axe, dark: ${v}`);
        axeRuns++;
      } catch (error) {
        problems.push(`${url} [${kind}]: axe could not run: ${String(error)}`);
      }
      // Back to the scheme every other page of the crawl is loaded in.
      await page.emulateMedia({ colorScheme: 'light' });
    }
  }
  return { problems, axeRuns };
}

// Four parts, so the two workers share the crawl and no one test runs for minutes. Pages are dealt round-robin, so
// each part gets its share of every kind, and the axe pages are dealt the same way (largest first), so each part
// gets its share of axe's work too.
const PARTS = 4;
/** Embeds are loaded by charts.spec.ts (see the top of this file), except those axe runs on. */
const embedsElsewhere = new Set(
  readData<{ embedUrl: string }[]>('charts/index.json')
    .map((c) => c.embedUrl)
    .filter((u) => !axePages.has(u)),
);
const byAxeCost = [...axePages.keys()].sort((a, b) => pageSize(DIST, b) - pageSize(DIST, a));
const parts: string[][] = Array.from({ length: PARTS }, () => []);
byAxeCost.forEach((url, i) => parts[i % PARTS]!.push(url));
urls
  .filter((u) => !axePages.has(u) && !embedsElsewhere.has(u))
  .forEach((url, i) => parts[(i + byAxeCost.length) % PARTS]!.push(url));

test('the crawl parts hold every page once, but the chart embeds charts.spec.ts loads', () => {
  const crawled = parts.flat();
  expect(new Set(crawled).size).toBe(crawled.length);
  // Every built page is crawled here or is a chart's embed that charts.spec.ts loads; nothing else is left out.
  expect([...crawled, ...embedsElsewhere].sort()).toEqual([...urls].sort());
  expect([...embedsElsewhere].every((u) => u.startsWith('/embed/'))).toBe(true);
  expect(embedsElsewhere.size).toBeGreaterThan(50);
});

for (const [i, part] of parts.entries()) {
  const axeCount = part.filter((u) => axePages.has(u)).length;
  test(`crawl ${i + 1}/${PARTS}: ${part.length} pages load with the safety shell, focus on the body, no errors, nothing from other origins, no cookies; axe on ${axeCount} of them, light and dark`, async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(300_000);
    const { problems, axeRuns } = await crawl(page, baseURL!, part);
    expect(problems).toEqual([]);
    expect(axeRuns).toBe(axeCount);
    expect(await context.cookies()).toEqual([]);
  });
}
