// The browsers the tests launch (scripts/lib/browser.mjs) add a --disable-features switch of their own. Chromium keeps
// only the last such switch, so ours must still name every feature Playwright's own switch turns off. The command
// line is read where Chromium was started with it, in /proc (this suite runs on Linux).
import { test, expect, chromium } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { CRAWL_CHROMIUM_ARGS, TEST_CHROMIUM_ARGS, findTestChromium } from '../../scripts/lib/browser.mjs';

/** The browser processes (not their renderers or helpers) this test process started, by id, with their command line. */
function browserProcesses(): Map<string, string> {
  const out = new Map<string, string>();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const parent = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1];
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (parent === String(process.pid) && args.includes('--remote-debugging-pipe')) out.set(pid, args.join(' '));
    } catch {
      // Gone between listing and reading.
    }
  }
  return out;
}

/** The command line Chromium is started with when Playwright launches it with `args`. */
async function launchLine(args: string[]): Promise<string> {
  const before = browserProcesses();
  const executablePath = findTestChromium() ?? undefined;
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args });
  try {
    const started = [...browserProcesses()].filter(([pid]) => !before.has(pid));
    expect(started, 'one browser process started by this launch').toHaveLength(1);
    return started[0]![1];
  } finally {
    await browser.close();
  }
}

for (const [name, args] of [
  ['the test browser', TEST_CHROMIUM_ARGS],
  ['the crawl browser', CRAWL_CHROMIUM_ARGS],
] as const)
  test(`${name} turns off every feature Playwright does, and RenderDocument`, async () => {
    const switches = [...(await launchLine(args)).matchAll(/--disable-features=(\S*)/g)].map((m) => m[1]!.split(','));
    // Playwright's own switch and ours: if there were one, ours would not be needed, and this test would say nothing.
    expect(switches.length).toBeGreaterThan(1);
    const last = new Set(switches.at(-1));
    expect(switches.flat().filter((f) => f && !last.has(f))).toEqual([]);
    expect([...last]).toContain('RenderDocument');
  });
