// The three jobs of the site, walked as a screen-reader user and as a keyboard-only user would walk them (#17):
//   A. find Peru's key findings (home → Countries → Peru → Key findings);
//   B. find what survivors said about the police in Mexico (Quotes → search "police" → filter Mexico → a result and
//      its speaker → "See it in context");
//   C. embed a chart (Charts → a chart → its title, description and data table → "Copy embed code", announced).
// The screen-reader walks drive @guidepup/virtual-screen-reader in Chromium (tests/support/virtual-screen-reader.ts)
// with the moves a screen-reader user makes (next item, next heading, next landmark, next link, Enter) and assert on
// what it says. With UPDATE_SR_TRANSCRIPT=1 they write what was said to docs/screen-reader-walk.md.
// The keyboard walks press only Tab, Shift+Tab, Enter, Space and Escape (and type the search words), never load a
// page but the first, and check at every stop that the focused element is on screen and not covered.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { readData } from '../support/site.ts';
import { VirtualScreenReader, transcriptMarkdown, type Step } from '../support/virtual-screen-reader.ts';

interface FindingRecord {
  id: string;
  statement: string;
}
interface QuoteRecord {
  id: string;
  text: string;
  country: string;
  speaker: { code: string | null };
}
interface ChartRecord {
  id: string;
  title: string;
  longDescription: string;
  points?: { label: string }[];
}

/** The key findings Peru's page is written to show, in the order its author chose (content, not the page). */
function peruKeyFindingIds(): string[] {
  const mdx = readFileSync('content/country-pages/peru.mdx', 'utf8');
  return JSON.parse(/^keyFindings:\s*(\[.*\])\s*$/m.exec(mdx)![1]!) as string[];
}

/** How many phrases match (a name said twice shows up here). */
const count = (heard: string[], want: RegExp) => heard.filter((p) => want.test(p)).length;
/** The phrases from the first matching `from` to the first matching `to` after it, both included. */
function between(heard: string[], from: RegExp, to: RegExp): string[] {
  const start = heard.findIndex((p) => from.test(p));
  expect(start, `heard something matching ${from}`).toBeGreaterThanOrEqual(0);
  const end = heard.findIndex((p, i) => i > start && to.test(p));
  expect(end, `heard something matching ${to} after ${from}`).toBeGreaterThan(start);
  return heard.slice(start, end + 1);
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The unignored nodes under the chart image in Chromium's own accessibility tree (CDP), as "role name". */
async function chromiumChartChildren(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: {
      nodeId: string;
      ignored: boolean;
      role?: { value: string };
      name?: { value: string };
      childIds?: string[];
    }[];
  };
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  // With JavaScript the chart SVG is a group (src/client/chart-island.ts: Chromium on Linux hides an image's children).
  const root = nodes.find((n) => n.role?.value === 'group' && /described below/.test(n.name?.value ?? ''));
  expect(root, 'Chromium has the chart group').toBeTruthy();
  const out: string[] = [];
  const visit = (id: string) => {
    const n = byId.get(id);
    if (!n) return;
    if (!n.ignored && n.role?.value !== 'generic') out.push(`${n.role?.value} ${n.name?.value ?? ''}`);
    // A mark's name is all a screen reader needs of it; what is inside it shows up only if not hidden.
    n.childIds?.forEach(visit);
  };
  root!.childIds?.forEach(visit);
  await cdp.detach();
  return out;
}

/** Every page: the first heading a screen-reader user reaches with H is the page's own <h1>. */
async function firstHeadingIsH1(sr: VirtualScreenReader): Promise<string> {
  const heading = await sr.find('moveToNextHeading', /^heading, /, 'H: first heading', 1);
  expect(heading).toMatch(/, level 1$/);
  return heading;
}

const transcripts: { title: string; steps: Step[] }[] = [];

/** A walk that starts on the home page; what was said is kept for the transcript whether the walk passes or not. */
async function walkFromHome(page: Page, title: string, walk: (sr: VirtualScreenReader) => Promise<void>) {
  const sr = new VirtualScreenReader(page);
  await sr.install();
  await page.goto('/');
  await sr.start();
  try {
    await walk(sr);
  } finally {
    transcripts.push({ title, steps: sr.steps });
  }
}

test.describe('screen-reader walk (virtual screen reader)', () => {
  test.describe.configure({ mode: 'serial' });
  test.use({ viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
  let browserVersion = '';

  test.afterAll(() => {
    if (!process.env.UPDATE_SR_TRANSCRIPT) return;
    const pkg = JSON.parse(readFileSync('node_modules/@guidepup/virtual-screen-reader/package.json', 'utf8')) as {
      version: string;
    };
    const head = [
      '# Screen-reader walk of the three jobs',
      '',
      `Generated on ${new Date().toISOString().slice(0, 10)} by \`tests/e2e/a11y-walk.spec.ts\` ` +
        '(`UPDATE_SR_TRANSCRIPT=1 npx playwright test a11y-walk --workers=1` after `npm run build`), with ' +
        `@guidepup/virtual-screen-reader ${pkg.version} in Chromium ${browserVersion}, 1280 × 900, JavaScript on.`,
      '',
      'Each step is what the user did (bold), then what the simulated screen reader said, one phrase a line. Its',
      'wording is its own ("end of …" closes a container; "polite: …" is a live-region announcement); it is not',
      'NVDA, JAWS or VoiceOver. It reads the text inside a link or a checkbox label again after the name, reads',
      'empty status regions ("status"), and does not say "collapsed" or "expanded" for a `<details>` summary.',
      'Content Chromium does not render (the body of a closed `<details>`) is skipped, as a real screen reader',
      'would skip it. "Enter" on a form field moves focus into it, as a screen reader does in browse mode.',
      '',
    ].join('\n');
    const md = head + '\n' + transcripts.map((t) => transcriptMarkdown(t.title, t.steps)).join('\n');
    writeFileSync('docs/screen-reader-walk.md', md.trimEnd() + '\n');
  });

  test("A. Peru's key findings", async ({ page, browser }) => {
    browserVersion = browser.version();
    await walkFromHome(page, "A. Peru's key findings (home → Countries → Peru → Key findings)", async (sr) => {
      // The quick exit is the first thing after the skip link, announced as a link with its name and its shortcut.
      expect(await sr.readOn(2, 'Reads the first two items')).toEqual([
        'link, Skip to content',
        'link, Quick exit (leave this site now; also Shift three times)',
      ]);
      // The content note is a named landmark, reachable by landmark navigation, with its text and its button.
      await sr.find('moveToNextLandmark', /^complementary, Content note$/, 'D: next landmark', 1);
      const note = await sr.find('next', /^button, I understand, hide this note$/, 'Reads the note', 30);
      expect(note).toBeTruthy();
      expect(sr.steps.at(-1)!.heard.join(' ')).toContain('If you need support now:');
      await firstHeadingIsH1(sr);

      await sr.find('moveToNextLandmark', /^navigation, Main$/, 'D: landmarks until the main navigation');
      await sr.find('moveToNextLink', /^link, Countries$/, 'K: links until "Countries"');
      await sr.act('Enter: follow the link');
      await page.waitForURL('**/countries/');
      await sr.start();
      await firstHeadingIsH1(sr);
      await sr.find('moveToNextHeading', /^heading, Peru, level 2$/, 'H: headings until Peru');
      await sr.find('next', /^link, Peru$/, 'Reads on to its link', 3);
      await sr.act('Enter: follow the link');
      await page.waitForURL('**/countries/peru/');
      await sr.start();
      expect(await firstHeadingIsH1(sr)).toContain('Peru');
      await sr.find('moveToNextHeading', /^heading, Key findings, level 2$/, 'H: headings until "Key findings"');
      await sr.find('next', /^end of listitem/, 'Reads on to the end of the first finding', 60);
      const heard = sr.steps.at(-1)!.heard;
      // The first key finding: its statement (as the content says it), whose numbers they are, and its source.
      const findings = readData<FindingRecord[]>('findings.json');
      const first = findings.find((f) => f.id === peruKeyFindingIds()[0])!;
      expect(heard[0]).toBe('list');
      expect(heard).toContain(first.statement);
      const item = between(heard, new RegExp(`^${escape(first.statement)}$`), /^end of listitem/);
      expect(item.some((p) => /^Peru only, n = [\d,]+/.test(p))).toBe(true);
      expect(item.some((p) => /^link, .+Peru$/.test(p))).toBe(true);
      // Each finding is said once: its statement is not repeated within the item.
      expect(count(item, new RegExp(escape(first.statement)))).toBe(1);
    });
  });

  test('B. What survivors said about the police in Mexico', async ({ page }) => {
    await walkFromHome(page, 'B. What survivors said about the police in Mexico', async (sr) => {
      await sr.find('moveToNextLandmark', /^navigation, Main$/, 'D: landmarks until the main navigation');
      await sr.find('moveToNextLink', /^link, Quotes$/, 'K: links until "Quotes"');
      await sr.act('Enter: follow the link');
      await page.waitForURL('**/quotes/');
      await sr.start();
      await firstHeadingIsH1(sr);
      await sr.find('moveToNextLandmark', /^search, Quotes$/, 'D: landmarks until the search', 5);
      const field = await sr.find('next', /^searchbox, /, 'Reads on to the search field', 5);
      // Named by its label, described by the promise that the words stay on the page.
      expect(field).toMatch(/^searchbox, Search quotes, What you type stays on this page/);
      await sr.enterField('Enter: into the field');
      await page.keyboard.type('police', { delay: 60 });
      // The count is announced once, after typing settles (not once a keystroke).
      const typed = await sr.listenFor('Types "police", then listens', /^polite: .*“police”$/);
      expect(typed.filter((p) => p.startsWith('polite:'))).toHaveLength(1);
      const all = Number(/^polite: (\d+) quotes? for “police”$/.exec(typed.find((p) => p.startsWith('polite:'))!)![1]);
      expect(all).toBeGreaterThan(0);

      await sr.leaveField('Back to browse mode, on the field');
      await sr.find('next', /^group, Country$/, 'Reads on to the country filters', 120);
      await sr.find('next', /^checkbox, Mexico\b.*not checked$/, 'Reads on to Mexico', 30);
      const filtered = await sr.actThenListen('Space: check it', /^polite: /);
      expect(filtered.filter((p) => p.startsWith('polite:'))).toHaveLength(1);
      const mexico = Number(
        /^polite: (\d+) quotes? for “police”$/.exec(filtered.find((p) => p.startsWith('polite:'))!)![1],
      );
      expect(mexico).toBeGreaterThan(0);
      expect(mexico).toBeLessThan(all);

      // The first result: the words, then who said them (the code the report prints), tied together in a figure.
      await sr.find('moveToNextFigure', /^figure/, 'F: next figure (the first result)', 5);
      await sr.find('next', /^link, See it in context$/, 'Reads the result', 40);
      const result = sr.steps.at(-1)!;
      const quotes = readData<QuoteRecord[]>('quotes.json');
      const quote = quotes.find((q) => result.heard.includes(q.text));
      expect(quote, 'the result reads a quote verbatim').toBeTruthy();
      expect(quote!.text).toMatch(/police/i);
      expect(quote!.country).toBe('mexico');
      const caption = between(result.heard, /^caption/, /^end of caption/);
      if (quote!.speaker.code) expect(caption).toContain(`link, ${quote!.speaker.code}`);
      expect(caption).toContain('Mexico');
      await sr.act('Enter: follow "See it in context"');
      await page.waitForURL(new RegExp(`#${quote!.id}$`));
      await sr.start();
      await sr.toFragment();
      const context = await sr.readOn(4, 'Reads on');
      expect(context).toContain(quote!.text);
    });
  });

  test('C. Embed a chart', async ({ page }) => {
    await walkFromHome(page, 'C. Embed a chart', async (sr) => {
      await sr.find('moveToNextLandmark', /^navigation, Main$/, 'D: landmarks until the main navigation');
      await sr.find('moveToNextLink', /^link, Charts$/, 'K: links until "Charts"');
      await sr.act('Enter: follow the link');
      await page.waitForURL('**/charts/');
      await sr.start();
      await firstHeadingIsH1(sr);
      await sr.find('moveToNextHeading', /^heading, .+, level 2$/, 'H: next heading (the first chart)', 1);
      await sr.find('next', /^link, /, 'Reads on to its link', 3);
      await sr.act('Enter: follow the link');
      await page.waitForURL('**/charts/*/');
      const id = new URL(page.url()).pathname.split('/')[2]!;
      const chart = readData<ChartRecord>(`charts/${id}.json`);
      await sr.start();
      expect(await firstHeadingIsH1(sr)).toBe(`heading, ${chart.title}, level 1`);
      await sr.find('next', /^end of table/, 'Reads the figure', 200);
      const figure = sr.steps.at(-1)!.heard;
      // Named once and described once: the title is the heading only; the long description one paragraph.
      expect(count(figure, new RegExp(escape(chart.title)))).toBe(0);
      expect(count(figure, new RegExp(escape(chart.longDescription)))).toBe(1);
      const image = between(figure, /^group, .*described below/, /^end of group, .*described below/);
      expect(image[0]).toMatch(/^group, .*described below and listed in the data table\.$/);
      // Inside the chart, only its marks (each a named image: label and value), not their drawn text again.
      expect(image.filter((p) => !/^(end of )?(image|group), /.test(p))).toEqual([]);
      // Chromium's own accessibility tree agrees: inside the chart, only named marks, no loose text.
      expect(await chromiumChartChildren(page)).toEqual(
        (chart.points ?? []).map((p) => expect.stringMatching(new RegExp(`^image ${escape(p.label)}: `))),
      );
      // The data table is named by its caption.
      expect(figure.some((p) => /^table, Values charted \(.+\)$/.test(p))).toBe(true);

      await sr.find(
        'moveToNextHeading',
        /^heading, Embed this chart, level 2$/,
        'H: headings until "Embed this chart"',
      );
      await sr.find('next', /^button, Copy embed code$/, 'Reads on to the copy button', 20);
      const copied = await sr.actThenListen('Enter: press it', /^polite:/);
      expect(copied).toEqual(['polite: Copied to the clipboard']);
      const code = await page.evaluate(() => navigator.clipboard.readText());
      expect(code).toContain(`/embed/${id}/`);
      expect(code).toContain(`title="${chart.title.replaceAll("'", '&#39;').replaceAll('"', '&quot;')}"`);
    });
  });
});

// ----------------------------------------------------------------------------------------------------------------
// Keyboard only.

/**
 * Where focus is: a description, its text, whether it matches `selector`, and why it is not usable (off screen,
 * covered by another element, no size), or '' when it is.
 */
async function focusStop(page: Page, selector = '*') {
  return page.evaluate((sel) => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { on: 'body', text: '', matches: false, problem: '' };
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const on = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${text.slice(0, 50)}"`;
    const matches = el.matches(sel);
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    if (r.width === 0 || r.height === 0) return { on, text, matches, problem: 'has no size' };
    if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return { on, text, matches, problem: 'is off screen' };
    const top = document.elementFromPoint(x, y);
    const ok = top && (el === top || el.contains(top) || top.contains(el));
    return { on, text, matches, problem: ok ? '' : `is covered by ${top?.tagName.toLowerCase()}.${top?.className}` };
  }, selector);
}

/**
 * Presses `key` until focus is on an element matching `selector` whose text matches `text`; every stop on the way
 * must be on screen and uncovered. Fails if it takes more than `max` presses. Returns the number of presses.
 */
async function tabTo(page: Page, selector: string, text: RegExp, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 150) {
  const problems: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const s = await focusStop(page, selector);
    if (s.problem) problems.push(`${s.on} ${s.problem}`);
    if (s.matches && text.test(s.text)) {
      expect(problems, `stops on the way to ${selector} ${text}`).toEqual([]);
      if (process.env.WALK_COUNT) console.log(selector, i + 1);
      return i + 1;
    }
  }
  throw new Error(`${key} never reached ${selector} ${text} in ${max} presses`);
}

/** The skip link, first in the tab order: Enter on it, and the next Tab starts in the main content. */
async function skipToContent(page: Page) {
  expect(await tabTo(page, 'a.skip-link', /^Skip to content$/, 'Tab', 1)).toBe(1);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
}

async function expectFocusUsable(page: Page) {
  const s = await focusStop(page);
  expect(s.problem, `${s.on}`).toBe('');
}

test.describe('keyboard-only walk', () => {
  test.use({ viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });

  test("A. Peru's key findings", async ({ page }) => {
    await page.goto('/');
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    // The skip link, then the quick exit, first in the tab order.
    expect(await tabTo(page, 'a.skip-link', /^Skip to content$/, 'Tab', 1)).toBe(1);
    expect(await tabTo(page, 'a#quick-exit', /^Quick exit/, 'Tab', 1)).toBe(1);
    // The content note's button hides it and puts focus at the start of the main content.
    await tabTo(page, '#content-note-dismiss', /hide this note/, 'Tab', 6);
    await page.keyboard.press('Enter');
    await expect(page.locator('#content-note')).toBeHidden();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // Back up to the navigation (it is above the main content) and on to Countries.
    await tabTo(page, 'nav a', /^Countries$/, 'Shift+Tab', 12);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/countries/');
    await skipToContent(page);
    await tabTo(page, 'h2 a', /^Peru$/);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/countries/peru/');
    await skipToContent(page);
    await tabTo(page, 'nav a', /^Key findings$/);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#key-findings$/);
    // The section's heading lands in view, below the sticky quick-exit bar, and Tab goes on inside the section.
    const heading = page.getByRole('heading', { name: 'Key findings', level: 2 });
    await expect(heading).toBeInViewport();
    const [bar, top] = await Promise.all([
      page.locator('.quick-exit').evaluate((e) => e.getBoundingClientRect().bottom),
      heading.evaluate((e) => e.getBoundingClientRect().top),
    ]);
    expect(top).toBeGreaterThanOrEqual(bar);
    await page.keyboard.press('Tab');
    await expectFocusUsable(page);
    expect(await page.evaluate(() => !!document.activeElement?.closest('#key-findings'))).toBe(true);
  });

  test('B. What survivors said about the police in Mexico', async ({ page }) => {
    await page.goto('/');
    await tabTo(page, 'nav a', /^Quotes$/);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/quotes/');
    await skipToContent(page);
    await tabTo(page, 'input[type=search]', /.*/);
    await page.keyboard.type('police');
    const count = page.locator('.result-count');
    await expect(count).toContainText('for “police”', { timeout: 20_000 });
    const all = Number((await count.innerText()).split(' ')[0]);
    await tabTo(page, 'input[name=country]', /.*/);
    // The checkbox's own text is empty: its label is the one around it.
    await tabTo(page, 'input[name=country][value=mexico]', /.*/, 'Tab', 6);
    await page.keyboard.press('Space');
    await expect(page.locator('input[value=mexico]')).toBeChecked();
    await expect.poll(async () => Number((await count.innerText()).split(' ')[0])).toBeLessThan(all);
    await tabTo(page, 'ol.results a.quote-context', /^See it in context$/, 'Tab', 60);
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${href}`);
    // The quote lands in view, below the sticky bar.
    const card = page.locator(decodeURIComponent(new URL(page.url()).hash));
    await expect(card).toBeInViewport();
    await expect(card.locator('.quote-text')).toContainText(/police/i);
  });

  test('C. Embed a chart', async ({ page }) => {
    await page.goto('/');
    await tabTo(page, 'nav a', /^Charts$/);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/charts/');
    await skipToContent(page);
    await tabTo(page, '.chart-list h2 a', /./);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/charts/*/');
    await skipToContent(page);
    // A bar takes focus and shows its tooltip; Escape dismisses it and focus stays.
    await tabTo(page, '.mark', /./);
    const tip = page.locator('.chart-tooltip');
    await expect(tip).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('mark'))).toBe(true);
    await tabTo(page, 'copy-button button', /^Copy embed code$/);
    await page.keyboard.press('Space');
    await expect(page.locator('copy-button:has(button:focus) [role=status]')).toHaveText('Copied to the clipboard');
    await expectFocusUsable(page);
    const code = await page.evaluate(() => navigator.clipboard.readText());
    expect(code).toContain(`/embed/${new URL(page.url()).pathname.split('/')[2]}/`);
  });
});
