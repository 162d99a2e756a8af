// Drives @guidepup/virtual-screen-reader inside the real Chromium page that Playwright opened, for
// tests/e2e/a11y-walk.spec.ts. The library is a screen-reader simulator: it builds its own accessibility tree from
// the DOM (ACCNAME, HTML-AAM, CORE-AAM), moves a reading cursor through it (next item, next heading, next landmark,
// next link), follows focus, and speaks live-region changes ("polite: …"). Its browser bundle is served at a
// same-origin path by a Playwright route (the site's Content-Security-Policy allows scripts from 'self' only) and
// imported into each page after it loads; the phrase log is kept here, across page loads, as a transcript.
//
// One adapter, where the simulator and Chromium disagree: content that Chromium does not render (the body of a
// closed <details>) is not in Chromium's accessibility tree, so no screen reader reads it; the simulator does. A move
// that lands on such a node is taken again, and its phrase left out of the transcript.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';

const BUNDLE_PATH = '/__virtual-screen-reader.js';
const require = createRequire(import.meta.url);
const bundle = readFileSync(
  require.resolve('@guidepup/virtual-screen-reader/package.json').replace(/package\.json$/, 'lib/esm/index.browser.js'),
  'utf8',
);

/** The reading commands this walk uses (the library has more). */
export type Move =
  | 'next'
  | 'previous'
  | 'moveToNextHeading'
  | 'moveToNextHeadingLevel2'
  | 'moveToNextLandmark'
  | 'moveToNextLink'
  | 'moveToNextFigure'
  | 'moveToNextSearch'
  | 'moveToNextComplementary';

/** The in-page side, installed by start(). */
interface SR {
  drain(dropHidden: boolean): Promise<string[]>;
  act(): Promise<void>;
  focus(): boolean;
  move(m: string, want: string | null, max: number): Promise<{ heard: string[]; found: boolean }>;
  toFragment(): Promise<boolean>;
  toFocus(): Promise<boolean>;
}

export interface Step {
  /** What the user did, in words. */
  did: string;
  /** What the screen reader said, in order. */
  heard: string[];
}

export class VirtualScreenReader {
  readonly steps: Step[] = [];
  constructor(private readonly page: Page) {}

  /** Serves the bundle to every page of this test. Call once, before the first page. */
  async install(): Promise<void> {
    await this.page.route(`**${BUNDLE_PATH}`, (route) =>
      route.fulfill({ body: bundle, contentType: 'text/javascript' }),
    );
  }

  /** Starts the screen reader on the page now loaded (after every page load), as if it had just announced it. */
  async start(): Promise<void> {
    await this.page.waitForLoadState('load');
    const path = await this.page.evaluate(async (src) => {
      const { virtual: v } = await import(src);
      await v.start({ container: document.body });
      let seen = 0;
      // The simulator handles focusin after a few promise ticks (no timers).
      const settle = async () => {
        for (let i = 0; i < 10; i++) await Promise.resolve();
      };
      const rendered = () => {
        const node: Node | null = v.activeNode;
        const el = node && (node.nodeType === 1 ? (node as Element) : node.parentElement);
        return !el || el.checkVisibility();
      };
      /** What was said since the last look; the last phrase left out when the cursor is on unrendered content. */
      const drain = async (dropHidden: boolean) => {
        const log: string[] = await v.spokenPhraseLog();
        const fresh = log.slice(seen);
        seen = log.length;
        if (dropHidden && !rendered()) fresh.pop();
        return fresh;
      };
      const once = async (m: string) => {
        const go = () => (m === 'next' || m === 'previous' ? v[m]() : v.perform(m));
        await go();
        const heard: string[] = await drain(true);
        for (let skipped = 0; !rendered() && skipped < 400; skipped++) {
          await go();
          heard.push(...(await drain(true)));
        }
        return heard;
      };
      // One round trip per user action: a move repeated until a phrase matches (or `max` moves).
      (window as unknown as { __sr: unknown }).__sr = {
        drain,
        act: () => v.act(),
        focus() {
          const node: Node | null = v.activeNode;
          const el = node && (node.nodeType === 1 ? (node as HTMLElement) : node.parentElement);
          el?.focus();
          return el === document.activeElement;
        },
        async move(m: string, want: string | null, max: number) {
          const heard: string[] = [];
          const re = want === null ? null : new RegExp(want);
          for (let i = 0; i < max; i++) {
            const said = await once(m);
            heard.push(...said);
            if (re && said.some((p) => re.test(p))) return { heard, found: true };
          }
          return { heard, found: re === null };
        },
        /** Puts the cursor back on the focused element (the simulator loses its place when a field's value changes). */
        async toFocus() {
          document.activeElement?.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
          await settle();
          return v.activeNode === document.activeElement;
        },
        /** Moves the cursor to the fragment's target, or the first thing inside it that the reader has in its tree. */
        async toFragment() {
          const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
          if (!target) return false;
          const walker = document.createTreeWalker(target, NodeFilter.SHOW_ELEMENT);
          for (let el: Node | null = target; el; el = walker.nextNode()) {
            // The simulator moves its cursor to whatever receives focusin (it follows focus).
            el.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
            await settle();
            if (v.activeNode === el) return true;
          }
          return false;
        },
      };
      return location.pathname + location.hash;
    }, BUNDLE_PATH);
    this.steps.push({ did: `Page loads: ${path} (“${await this.page.title()}”)`, heard: await this.drain() });
  }

  private drain(): Promise<string[]> {
    // After a followed link this may run in the next page, before start(): nothing said there yet.
    return this.page.evaluate(() => (window as unknown as { __sr?: SR }).__sr?.drain(false) ?? []);
  }

  private run(move: Move, want: RegExp | null, max: number): Promise<{ heard: string[]; found: boolean }> {
    return this.page.evaluate(([m, w, n]) => (window as unknown as { __sr: SR }).__sr.move(m, w, n), [
      move,
      want?.source ?? null,
      max,
    ] as const);
  }

  /** One reading move; returns what it said. */
  async move(move: Move, did: string): Promise<string[]> {
    const { heard } = await this.run(move, null, 1);
    this.steps.push({ did, heard });
    return heard;
  }

  /**
   * Repeats a move until a phrase matches (as a user presses H until the heading they want); fails, listing what
   * was heard, if it never does within `max` moves. The whole run is one step of the transcript.
   */
  async find(move: Move, want: RegExp, did: string, max = 200): Promise<string> {
    const { heard, found } = await this.run(move, want, max);
    this.steps.push({ did: found ? did : `${did} (NOT FOUND)`, heard });
    if (!found) throw new Error(`${did}: nothing matching ${want} in ${max} moves; heard:\n${heard.join('\n')}`);
    return heard.find((p) => want.test(p))!;
  }

  /** Reads on item by item, `n` times (the user listening to what follows). */
  async readOn(n: number, did: string): Promise<string[]> {
    const { heard } = await this.run('next', null, n);
    this.steps.push({ did, heard });
    return heard;
  }

  /** The default action on the item under the cursor (Enter, Space): follows a link, presses a button. */
  async act(did: string): Promise<string[]> {
    // A followed link unloads the page (and the evaluation with it): the transcript picks up again at start().
    const unloaded = (e: Error) => /context was destroyed|navigat/i.test(e.message);
    const gone = await this.page
      .evaluate(() => (window as unknown as { __sr: SR }).__sr.act())
      .then(() => false)
      .catch((e: Error) => (unloaded(e) ? true : Promise.reject(e)));
    const heard = gone ? [] : await this.drain().catch((e: Error) => (unloaded(e) ? [] : Promise.reject(e)));
    this.steps.push({ did, heard });
    return heard;
  }

  /**
   * Enter on a form field in browse mode: the screen reader moves system focus into it and passes keys through.
   * (The simulator's own act() clicks with synthetic events, after which Chromium ignores real typing.)
   */
  async enterField(did: string): Promise<void> {
    const focused = await this.page.evaluate(() => (window as unknown as { __sr: SR }).__sr.focus());
    expect(focused, `${did}: the field under the cursor takes focus`).toBe(true);
    await this.record(did);
  }

  /**
   * Back to browse mode after typing, reading on from the field. (The simulator loses its place when the value of
   * the field under its cursor changes, and would start again at the top of the page; a screen reader does not.)
   */
  async leaveField(did: string): Promise<void> {
    const back = await this.page.evaluate(() => (window as unknown as { __sr: SR }).__sr.toFocus());
    expect(back, `${did}: the cursor is on the field`).toBe(true);
    await this.record(did);
  }

  /**
   * Listens until the screen reader says something matching `want` (a live-region announcement, say), and records
   * everything said meanwhile: announcements made earlier (one a keystroke, say) are in it too.
   */
  async listenFor(did: string, want: RegExp, timeout = 30_000): Promise<string[]> {
    const heard: string[] = [];
    try {
      await expect
        .poll(
          async () => {
            heard.push(...(await this.drain()));
            return heard.some((p) => want.test(p));
          },
          { message: `${did}: the screen reader says ${want}`, timeout },
        )
        .toBe(true);
    } finally {
      this.steps.push({ did, heard });
    }
    return heard;
  }

  /** act(), then listenFor() unless the announcement came while acting; returns all that was said. */
  async actThenListen(did: string, want: RegExp): Promise<string[]> {
    const acted = await this.act(did);
    return acted.some((p) => want.test(p)) ? acted : [...acted, ...(await this.listenFor('Listens', want))];
  }

  /** Records a step the user did outside the screen reader (typing), with what was said while it happened. */
  async record(did: string): Promise<string[]> {
    const heard = await this.drain();
    this.steps.push({ did, heard });
    return heard;
  }

  /** Moves the reading cursor to the element an address's #fragment names, as screen readers do on arrival. */
  async toFragment(): Promise<string[]> {
    const hash = await this.page.evaluate(() => location.hash);
    expect(hash, 'the address names a fragment').not.toBe('');
    const moved = await this.page.evaluate(() => (window as unknown as { __sr: SR }).__sr.toFragment());
    expect(moved, `the reading cursor reaches the target of ${hash}`).toBe(true);
    return this.record(`The reader moves to the fragment ${hash}`);
  }

  /** Everything said in this test, in order. */
  all(): string[] {
    return this.steps.flatMap((s) => s.heard);
  }
}

/** A transcript as Markdown: each step, then what was heard, one phrase a line. */
export function transcriptMarkdown(title: string, steps: Step[]): string {
  const out = [`## ${title}`, ''];
  steps.forEach((s, i) => {
    out.push(`${i + 1}. **${s.did}**`);
    if (s.heard.length) {
      out.push('', '   ```text');
      for (const p of s.heard) out.push(`   ${p}`);
      out.push('   ```');
    }
    out.push('');
  });
  return out.join('\n');
}
