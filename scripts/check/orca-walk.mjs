#!/usr/bin/env node
// @ts-check
// A real screen reader walks the three jobs: Orca (GNOME's screen reader) in Chromium, on a virtual X display, driven
// by the keyboard only (xdotool). Every line of the transcript is what Orca sent to its speech output, read from
// Orca's own debug log ("SPEECH OUTPUT" lines); speech-dispatcher speaks it through espeak-ng into a null audio
// device, so Orca's whole speech path runs. It checks the announcements a user depends on and exits 1 if one is
// missing or wrong: the quick exit right after the skip link, the content note, one result count after typing, the
// filter counts, "Copied", a chart's name, its marks and its table, and that Orca's Shift+H never leaves the site.
//
// It needs Debian packages (it never installs them: it names the apt-get command and exits 2), a build
// (npm run build), and about five minutes. Not part of `npm test`.
//   npm run a11y:orca -- [--port 4330] [--write]
// --write puts the transcript into docs/orca-walk.md between its markers; the verdicts there are written by hand.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readSync } from 'node:fs';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { arg } from '../lib/args.mjs';
import { findChromium, CHROMIUM_ARGS } from '../lib/browser.mjs';

const APT =
  'apt-get install -y --no-install-recommends orca xvfb xdotool dbus-x11 at-spi2-core speech-dispatcher ' +
  'speech-dispatcher-espeak-ng espeak-ng xclip';
const AT_SPI_LAUNCHER = '/usr/libexec/at-spi-bus-launcher';
const DOC = 'docs/orca-walk.md';
const MARK_START = '<!-- orca-walk:transcript:start -->';
const MARK_END = '<!-- orca-walk:transcript:end -->';

const port = Number(arg('port', process.env.ORCA_WALK_PORT ?? 4330));
const write = process.argv.includes('--write');
const origin = `http://localhost:${port}`;

// ---------------------------------------------------------------- prerequisites (never installed silently)
/** @param {string} cmd */
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const missing = ['orca', 'Xvfb', 'xdotool', 'dbus-daemon', 'speech-dispatcher', 'xclip'].filter((c) => !has(c));
if (!existsSync(AT_SPI_LAUNCHER)) missing.push(AT_SPI_LAUNCHER);
if (!existsSync('/usr/lib/speech-dispatcher-modules/sd_espeak-ng')) missing.push('speech-dispatcher-espeak-ng');
const chromiumPath = findChromium();
if (!chromiumPath) missing.push('chromium');
if (missing.length) {
  console.error(`orca-walk: missing ${missing.join(', ')}. This script installs nothing; as root, run:\n  ${APT}`);
  process.exit(2);
}
if (!existsSync('dist/index.html')) {
  console.error('orca-walk: no dist/index.html: run `npm run build` first.');
  process.exit(2);
}

// ---------------------------------------------------------------- the desktop: X, D-Bus, AT-SPI, speech, Orca
const root = mkdtempSync(join(tmpdir(), 'orca-walk-'));
const home = join(root, 'home');
const run = join(root, 'run');
const config = join(home, '.config');
const prefs = join(root, 'orca-prefs');
const orcaLog = join(root, 'orca.log');
for (const dir of [home, run, config, prefs]) mkdirSync(dir, { recursive: true, mode: 0o700 });

/** @type {import('node:child_process').ChildProcess[]} */
const children = [];
/** @type {NodeJS.ProcessEnv} */
const env = {
  ...process.env,
  HOME: home,
  XDG_RUNTIME_DIR: run,
  XDG_CONFIG_HOME: config,
  XDG_DATA_HOME: join(home, '.local/share'),
  XDG_CACHE_HOME: join(home, '.cache'),
  NO_AT_BRIDGE: '0',
};

/**
 * Starts a program in its own process group, so cleanup ends it and whatever it started (by group id).
 * @param {string} cmd
 * @param {string[]} argv
 * @param {import('node:child_process').StdioOptions} [stdio]
 */
function start(cmd, argv, stdio = ['ignore', 'ignore', 'ignore']) {
  const child = spawn(cmd, argv, { env, stdio, detached: true });
  children.push(child);
  return child;
}

/** Ends every child (by process group) and removes the temporary folder, unless `keep` (to read Orca's log). */
async function cleanup(keep = false) {
  for (const child of children.reverse()) {
    if (child.pid === undefined || child.exitCode !== null) continue;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
  await sleep(800);
  for (const child of children) {
    if (child.pid === undefined || child.exitCode !== null) continue;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  if (!keep) rmSync(root, { recursive: true, force: true });
}
process.on('SIGINT', () => void cleanup().then(() => process.exit(130)));

/**
 * The first line a child prints on a stream, e.g. Xvfb's display number or dbus-daemon's address.
 * @param {import('node:stream').Readable} stream
 * @param {string} what
 * @returns {Promise<string>}
 */
const firstLine = (stream, what) =>
  new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`orca-walk: no ${what} within 15 s`)), 15000);
    stream.on('data', (/** @type {Buffer} */ chunk) => {
      text += chunk.toString();
      const nl = text.indexOf('\n');
      if (nl !== -1) {
        clearTimeout(timer);
        resolve(text.slice(0, nl).trim());
      }
    });
  });

/** Orca's settings for the walk: its log, no automatic reading of each page, no key echo, no braille. */
const customizations = `import orca.debug as debug
import orca.settings as settings
debug.debugLevel = debug.LEVEL_INFO
debug.debugFile = open(${JSON.stringify(orcaLog)}, 'w', buffering=1)
settings.sayAllOnLoad = False
settings.enableKeyEcho = False
settings.enableBraille = False
`;

async function startDesktop() {
  const xvfb = start(
    'Xvfb',
    ['-displayfd', '3', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'],
    ['ignore', 'ignore', 'ignore', 'pipe'],
  );
  const fd3 = /** @type {import('node:stream').Readable} */ (xvfb.stdio[3]);
  env.DISPLAY = `:${await firstLine(fd3, 'X display')}`;
  const bus = start('dbus-daemon', ['--session', '--nofork', '--print-address=1'], ['ignore', 'pipe', 'ignore']);
  env.DBUS_SESSION_BUS_ADDRESS = await firstLine(/** @type {import('node:stream').Readable} */ (bus.stdout), 'bus');
  start(AT_SPI_LAUNCHER, ['--launch-immediately']);
  // speech-dispatcher with espeak-ng, playing into libao's null device (there is no sound card here).
  const speechd = join(config, 'speech-dispatcher');
  mkdirSync(speechd, { recursive: true });
  cpSync('/etc/speech-dispatcher/modules', join(speechd, 'modules'), { recursive: true });
  writeFileSync(
    join(speechd, 'speechd.conf'),
    [
      `LogDir "${join(root, 'speechd-log')}"`,
      'AudioOutputMethod "libao"',
      'AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"',
      'DefaultModule espeak-ng',
      'SymbolsPreproc "char"',
      ...['gender-neutral', 'font-variants', 'symbols', 'emojis', 'orca', 'orca-chars'].map(
        (d) => `SymbolsPreprocFile "${d}.dic"`,
      ),
      'Include "/etc/speech-dispatcher/clients/*.conf"',
      '',
    ].join('\n'),
  );
  writeFileSync(join(home, '.libao'), 'default_driver=null\n');
  start('speech-dispatcher', ['-s', '-t', '0', '-C', speechd]);
  await sleep(1000);
  writeFileSync(join(prefs, 'orca-customizations.py'), customizations);
  start('orca', ['-u', prefs]);
  await waitForSpeech(/Screen reader on/, 30000, 'Orca to start speaking');
}

// ---------------------------------------------------------------- what Orca said
let logOffset = 0;
let pending = '';
/** @type {string[]} */
const heard = [];
const SPEECH = /SPEECH OUTPUT: '([\s\S]*?)'(?: voice=\w+)? ?\[?\{(?:'|\})/g;

/** Reads what Orca logged since last time; appends each utterance to `heard`. */
function readSpeech() {
  if (!existsSync(orcaLog)) return;
  const fd = openSync(orcaLog, 'r');
  const buffer = Buffer.alloc(1 << 20);
  for (;;) {
    const n = readSync(fd, buffer, 0, buffer.length, logOffset);
    if (n <= 0) break;
    logOffset += n;
    pending += buffer.subarray(0, n).toString('utf8');
  }
  closeSync(fd);
  let end = 0;
  for (const m of pending.matchAll(SPEECH)) {
    heard.push((m[1] ?? '').replace(/\s+/g, ' ').trim());
    end = (m.index ?? 0) + m[0].length;
  }
  pending = pending.slice(end);
  const open = pending.lastIndexOf('SPEECH OUTPUT');
  pending = open === -1 ? pending.slice(-64) : pending.slice(open);
}

/**
 * @param {RegExp} re
 * @param {number} ms
 * @param {string} what
 */
async function waitForSpeech(re, ms, what) {
  const from = heard.length;
  for (const end = Date.now() + ms; Date.now() < end; await sleep(150)) {
    readSpeech();
    if (heard.slice(from).some((s) => re.test(s))) return;
  }
  throw new Error(`orca-walk: waited ${ms / 1000} s for ${what}; Orca's log is ${orcaLog}`);
}

/**
 * Waits until Orca has said something matching `until` (by default: anything; every key in this walk makes it speak)
 * and then been quiet for `quietMs`, at most `maxMs`; returns what it said since `from`. Waiting for speech first
 * keeps the steps in step when a busy machine delays Orca by seconds.
 * @param {number} from
 * @param {{ quietMs?: number, maxMs?: number, until?: RegExp }} [opts]
 */
async function settle(from, { quietMs = 1300, maxMs = 12000, until = /./ } = {}) {
  const end = Date.now() + maxMs;
  let count = heard.length;
  let quietSince = Date.now();
  await sleep(250);
  while (Date.now() < end) {
    readSpeech();
    if (heard.length !== count) {
      count = heard.length;
      quietSince = Date.now();
    }
    const done = heard.slice(from).some((s) => until.test(s));
    if (done && Date.now() - quietSince >= quietMs) break;
    await sleep(100);
  }
  return heard.slice(from).filter((s) => s !== '');
}

// ---------------------------------------------------------------- the keyboard, and the transcript
/** @typedef {{ keys: string, said: string[] }} Step */
/** @typedef {{ title: string, steps: Step[] }} Job */
/** @type {Job[]} */
const jobs = [];
/** @type {string[]} */
const failures = [];

/** @param {string} title */
const job = (title) => jobs.push({ title, steps: [] });

/**
 * Presses keys (xdotool names, or "type:TEXT") and records what Orca said.
 * @param {string} keys
 * @param {{ quietMs?: number, maxMs?: number, until?: RegExp, label?: string }} [opts]
 */
async function press(keys, opts = {}) {
  readSpeech();
  const from = heard.length;
  if (keys.startsWith('type:')) execFileSync('xdotool', ['type', '--delay', '150', keys.slice(5)], { env });
  else execFileSync('xdotool', ['key', ...keys.split(' ')], { env });
  const said = await settle(from, opts);
  jobs.at(-1)?.steps.push({ keys: opts.label ?? keys, said });
  return said;
}

/**
 * Presses `key` until Orca says something matching `re` (at most `max` times).
 * @param {string} key
 * @param {RegExp} re
 * @param {number} max
 */
async function pressUntil(key, re, max) {
  for (let i = 0; i < max; i++) if ((await press(key)).some((s) => re.test(s))) return true;
  failures.push(`${key} ×${max} never reached ${re}`);
  return false;
}

/**
 * Records a failure unless one of the utterances matches.
 * @param {string[]} said
 * @param {RegExp} re
 * @param {string} what
 */
function expectSaid(said, re, what) {
  if (!said.some((s) => re.test(s))) failures.push(`${what}: expected ${re}, Orca said ${JSON.stringify(said)}`);
}

/**
 * Insert+A toggles Orca between browse mode (letters navigate) and focus mode (keys go to the page); presses it
 * again if Orca landed in the other mode.
 * @param {'Browse mode' | 'Focus mode'} mode
 */
async function orcaMode(mode) {
  for (let i = 0; i < 2; i++) if ((await press('Insert+a', { label: `Insert+A (${mode})` })).includes(mode)) return;
  failures.push(`Insert+A never reached ${mode}`);
}

// ---------------------------------------------------------------- the walk
async function walk() {
  start('node', ['scripts/serve/serve.mjs', '--port', String(port)]);
  for (
    let i = 0;
    i < 50 &&
    !(await fetch(origin)
      .then((r) => r.ok)
      .catch(() => false));
    i++
  )
    await sleep(200);
  start(/** @type {string} */ (chromiumPath), [
    ...CHROMIUM_ARGS,
    '--force-renderer-accessibility',
    `--user-data-dir=${join(root, 'chromium')}`,
    '--no-default-browser-check',
    '--password-store=basic',
    '--window-position=0,0',
    '--window-size=1280,900',
    // Nothing leaves this machine: the quick exit's neutral site cannot be reached even if the walk sets it off.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost',
    `${origin}/`,
  ]);
  await waitForSpeech(/^Finished loading/, 60000, 'Chromium to load the home page');
  const windows = execFileSync('xdotool', ['search', '--sync', '--onlyvisible', '--class', 'chromium'], { env });
  const id = windows.toString().trim().split('\n').at(-1) ?? '';
  execFileSync('xdotool', ['windowfocus', '--sync', id], { env });
  await sleep(1500);
  readSpeech();

  job('Safety shell on the home page');
  // Reload so the walk starts as a person arriving does: Orca's caret at the top, nothing focused.
  await press('F5', { until: /^Page has/ });
  expectSaid(await press('Tab'), /^Skip to content link/, 'first Tab stop');
  expectSaid(await press('Tab'), /^Quick exit.*link/, 'second Tab stop (the quick exit, right after the skip link)');
  await press('ctrl+Home');
  expectSaid(await press('m'), /Content note/, 'the content note landmark');
  await press('Down');
  await press('Down');

  job("1. Peru's key findings, from the home page");
  await pressUntil('h', /Findings for a country link heading/, 8);
  await press('Return', { until: /^Finished loading/ });
  await pressUntil('2', /^Peru link heading level 2/, 8);
  await press('Return', { until: /^Finished loading/ });
  await pressUntil('h', /^Key findings heading level 2/, 8);
  const finding = [];
  for (let i = 0; i < 5; i++) finding.push(...(await press('Down')));
  expectSaid(finding, /Peru only/, "the first finding's scope");
  // Going back three headings with Shift+H: Orca keeps the H, so the page sees three lone Shift presses.
  for (let i = 0; i < 3; i++) {
    const said = await press('shift+h', { quietMs: 600 });
    if (said.some((s) => /^Finished loading|document web/.test(s))) failures.push(`Shift+H left the page: ${said}`);
  }
  expectSaid(await press('h', { quietMs: 1500 }), /heading level/, 'still on the Peru page after Shift+H ×3');

  job('2. What survivors said about the police in Mexico (/quotes/)');
  await press('ctrl+Home');
  await pressUntil('Tab', /^Quotes link/, 20);
  await press('Return', { until: /^Finished loading/ });
  await pressUntil('Tab', /Search quotes entry/, 25);
  // Orca drops a polite announcement still queued when the next key is pressed (as it should), so each count is
  // awaited (up to 20 s: this machine may be busy) before the next key.
  const COUNT = /^\d+ quotes? for/;
  const typed = await press('type:police', { until: COUNT, quietMs: 2500, maxMs: 20000, label: 'type "police"' });
  // One announcement, once typing has settled at the page. When Orca holds keys back while it is busy (it handles
  // every key before the page gets it), the page can see a pause mid-word and name that prefix ("poli"): the count
  // is then right for what it had, and is not repeated for "police" when it does not change (docs/orca-walk.md).
  const counts = typed.filter((s) => COUNT.test(s));
  if (counts.length !== 1 || !/ for “(p|po|pol|poli|polic|police)”$/.test(counts[0] ?? ''))
    failures.push(`typing "police": expected one count announcement, Orca said ${JSON.stringify(counts)}`);
  await pressUntil('Tab', /^Mexico \(\d+\) check box/, 40);
  const tick = () => press('space', { until: COUNT, maxMs: 20000 });
  expectSaid(await tick(), /^\d+ quotes? for “police”/, 'count after ticking Mexico');
  // Every result left is a survivor's: ticking Survivor changes no count, so (by design) nothing is announced.
  await pressUntil('Tab', /^Survivor \(\d+\) check box/, 6);
  await press('space', { quietMs: 2500 });
  await orcaMode('Browse mode');
  const quote = [...(await press('l'))];
  for (let i = 0; i < 8; i++) quote.push(...(await press('Down')));
  expectSaid(quote, /Survivor · Mexico/, "the first result's attribution");
  await pressUntil('b', /^Cite or share this quote toggle button/, 4);
  await press('Return');
  await pressUntil('b', /^Copy citation push button/, 3);
  expectSaid(await press('Return', { quietMs: 1500 }), /^Copied/, 'copying a citation from the results');

  job('3. A chart, read and embedded (/charts/)');
  await press('ctrl+Home');
  await pressUntil('Tab', /^Charts link/, 20);
  await press('Return', { until: /^Finished loading/ });
  await pressUntil('c', /^Country combo box/, 2);
  await orcaMode('Focus mode');
  const filtered = [];
  for (let i = 0; i < 4; i++) filtered.push(...(await press('Down', { until: /charts? shown/, maxMs: 10000 })));
  expectSaid(filtered, /^Mexico/, 'choosing Mexico');
  expectSaid(filtered, /^\d+ of \d+ charts shown/, 'the chart count after filtering');
  await orcaMode('Browse mode');
  await press('h');
  await press('Return', { until: /^Finished loading/ });
  expectSaid(await press('h'), /heading level 1/, "the chart page's title");
  const chart = [];
  for (let i = 0; i < 3; i++) chart.push(...(await press('Down')));
  // Tab from the caret (under the title): the chart's first bar.
  const bar = await press('Tab');
  expectSaid(bar, /^.+: .*\d.* image/, 'the first bar, focused');
  chart.push(...bar);
  for (let i = 0; i < 5; i++) chart.push(...(await press('Down')));
  expectSaid(chart, /^(Bar chart|Grouped bar chart|Stacked bar chart|Dot plot), described below/, "the chart's name");
  expectSaid(await press('t'), /table with \d+ rows? \d+ columns?/, "the chart's data table");
  await press('alt+shift+Down', { label: 'Alt+Shift+Down (next row)' });
  await press('alt+shift+Right', { label: 'Alt+Shift+Right (next cell)' });
  await pressUntil('h', /^Embed this chart heading/, 6);
  await pressUntil('b', /^Copy embed code push button/, 3);
  expectSaid(await press('Return', { quietMs: 1500 }), /^Copied/, 'copying the embed code');
  const clipboard = execFileSync('xclip', ['-o', '-selection', 'clipboard'], { env }).toString();
  if (!clipboard.includes('<iframe') || !clipboard.includes('/embed/'))
    failures.push(`the clipboard after "Copy embed code" holds ${JSON.stringify(clipboard.slice(0, 120))}`);
  jobs.at(-1)?.steps.push({ keys: '(the clipboard, read with xclip)', said: [clipboard.trim().slice(0, 160) + ' …'] });
}

// ---------------------------------------------------------------- run, report
/** @param {string} version */
function transcript(version) {
  const lines = [
    `Recorded ${new Date().toISOString().slice(0, 10)} by \`npm run a11y:orca\` (${version}). Each step is the key pressed,`,
    "then what Orca said (its debug log's SPEECH OUTPUT lines, whitespace collapsed, long lines cut at 200 characters).",
    '',
  ];
  for (const j of jobs) {
    lines.push(`### ${j.title}`, '', '| Key | Orca said |', '| --- | --- |');
    for (const s of j.steps) {
      const said = s.said.map((t) => (t.length > 200 ? `${t.slice(0, 200)}…` : t)).join(' / ') || '(nothing)';
      lines.push(`| ${s.keys.replace(/\|/g, '\\|')} | ${said.replace(/\|/g, '\\|')} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

let exitCode = 0;
try {
  await startDesktop();
  await walk();
} catch (error) {
  failures.push(String(error instanceof Error ? error.message : error));
}
/** @param {string} cmd */
const versionOf = (cmd) =>
  execFileSync(cmd, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] })
    .toString()
    .trim();
const version = `Orca ${versionOf('orca')}, ${versionOf(/** @type {string} */ (chromiumPath))}`;
const text = transcript(version);
console.log(text);
if (write && failures.length) console.error(`orca-walk: ${DOC} left as it was, since the walk failed.`);
else if (write) {
  const doc = readFileSync(DOC, 'utf8');
  const a = doc.indexOf(MARK_START);
  const b = doc.indexOf(MARK_END);
  if (a === -1 || b < a) failures.push(`${DOC} has no ${MARK_START} … ${MARK_END} markers`);
  else writeFileSync(DOC, `${doc.slice(0, a + MARK_START.length)}\n\n${text}\n${doc.slice(b)}`);
}
await cleanup(failures.length > 0);
if (failures.length) {
  console.error(`\norca-walk: ${failures.length} problem(s):\n- ${failures.join('\n- ')}\nOrca's log: ${orcaLog}`);
  exitCode = 1;
} else console.log('orca-walk: every checked announcement was spoken.');
process.exit(exitCode);
