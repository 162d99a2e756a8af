#!/usr/bin/env node
// @ts-check
// `npm test`: every check the project has, run as a small dependency graph so the two cores are both busy. Type
// checks and lint need no build, so they run beside it; the unit, data, budget and browser checks read dist/. Each
// task is an npm script (its one definition stays in package.json). Output is streamed line by line with the
// task's name in front; at the end a table gives each task's wall time. The first failure stops the rest (a
// failing suite's remaining minutes are not worth waiting for) and the exit code is 1.
//   node scripts/check/test.mjs            all tasks
//   node scripts/check/test.mjs --only e2e  one task and what it needs
import { spawn } from 'node:child_process';
import { arg } from '../lib/args.mjs';

/** @typedef {{ name: string, script: string, after: string[] }} Task */
/** @type {Task[]} */
const TASKS = [
  { name: 'browser', script: 'test:browser', after: [] },
  { name: 'build', script: 'build', after: [] },
  { name: 'check', script: 'check', after: [] },
  { name: 'lint', script: 'lint', after: ['check'] },
  { name: 'unit', script: 'test:unit', after: ['build', 'lint'] },
  { name: 'data', script: 'test:data', after: ['build'] },
  { name: 'budgets', script: 'budget', after: ['data'] },
  { name: 'e2e', script: 'test:e2e', after: ['build', 'browser'] },
  // A timing benchmark measures nothing while other tasks share the cores: it runs last, alone.
  { name: 'bench', script: 'bench:search', after: ['browser', 'check', 'lint', 'unit', 'budgets', 'e2e'] },
];

// The site is built here to be tested, and no test reads how tightly its .br files are packed (the budgets gzip at
// level 9 themselves), so brotli packs them at quality 8, not `npm run build`'s 10: over the whole site 0.8 instead
// of 7.3 s of CPU, for 8.5% more brotli bytes, on the build that every browser test waits for.
const only = arg('only', undefined);
/** @param {string} name @returns {Set<string>} the task and everything it waits for */
const closure = (name) => {
  const task = TASKS.find((t) => t.name === name);
  if (!task) throw new Error(`test: no task "${name}" (tasks: ${TASKS.map((t) => t.name).join(', ')})`);
  return new Set([name, ...task.after.flatMap((a) => [...closure(a)])]);
};
const wanted = only ? closure(only) : new Set(TASKS.map((t) => t.name));
// With --only, a task's prerequisites that are not builds are dropped: `--only e2e` needs dist/ and a browser,
// not lint.
const tasks = TASKS.filter((t) => wanted.has(t.name)).map((t) => ({
  ...t,
  after: t.after.filter((a) => wanted.has(a)),
}));

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const width = Math.max(...tasks.map((t) => t.name.length));
/** @type {Map<string, { status: 'waiting' | 'running' | 'passed' | 'failed', seconds: number }>} */
const state = new Map(tasks.map((t) => [t.name, { status: 'waiting', seconds: 0 }]));
/** @type {Set<import('node:child_process').ChildProcess>} */
const running = new Set();
const started = process.hrtime.bigint();
let failed = '';

/** @param {string} name @param {NodeJS.ReadableStream} stream @param {NodeJS.WriteStream} out */
function prefix(name, stream, out) {
  let rest = '';
  stream.setEncoding('utf8');
  stream.on('data', (/** @type {string} */ chunk) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) out.write(`${name.padEnd(width)} │ ${line}\n`);
  });
  stream.on('end', () => rest && out.write(`${name.padEnd(width)} │ ${rest}\n`));
}

/** @param {Task} task */
function run(task) {
  const s = state.get(task.name);
  if (!s) return;
  s.status = 'running';
  const t0 = process.hrtime.bigint();
  // detached: a process group of its own, so a failure elsewhere can stop the task and everything it started.
  const child = spawn(npm, ['run', '-s', task.script], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    env: { ...process.env, PRECOMPRESS_QUALITY: process.env.PRECOMPRESS_QUALITY ?? '8' },
  });
  running.add(child);
  if (child.stdout) prefix(task.name, child.stdout, process.stdout);
  if (child.stderr) prefix(task.name, child.stderr, process.stderr);
  child.on('close', (code, signal) => {
    running.delete(child);
    s.seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    if (failed) return stopped();
    s.status = code === 0 ? 'passed' : 'failed';
    console.log(`${task.name.padEnd(width)} │ ${s.status.toUpperCase()} in ${s.seconds.toFixed(1)} s`);
    if (code !== 0) {
      failed = `${task.name} (npm run ${task.script}) exited with ${code ?? signal}`;
      for (const c of running) kill(c);
      whenStopped(finish);
    } else schedule();
  });
}

/**
 * Stops a task and everything it started. SIGINT first, as a terminal would: Playwright then stops the web servers it
 * started in process groups of their own, which a SIGTERM to our group would leave running on their ports.
 * @param {import('node:child_process').ChildProcess} child
 */
function kill(child) {
  const signal = (/** @type {NodeJS.Signals} */ s) => {
    try {
      if (child.pid) process.kill(-child.pid, s);
    } catch {
      // Already gone.
    }
  };
  signal('SIGINT');
  setTimeout(() => signal('SIGKILL'), 10_000).unref();
}

/** @type {(() => void)[]} */
let waiting = [];
/** Calls `then` once no task is running (they were asked to stop), or after 15 s whatever happens. */
function whenStopped(/** @type {() => void} */ then) {
  if (running.size === 0) return then();
  waiting.push(then);
  setTimeout(then, 15_000).unref();
}
function stopped() {
  if (running.size > 0) return;
  const calls = waiting;
  waiting = [];
  for (const c of calls) c();
}

function schedule() {
  for (const t of tasks) {
    const s = state.get(t.name);
    if (s?.status === 'waiting' && t.after.every((a) => state.get(a)?.status === 'passed')) run(t);
  }
  if ([...state.values()].every((s) => s.status === 'passed')) finish();
}

function finish() {
  const total = Number(process.hrtime.bigint() - started) / 1e9;
  console.log('\ntest: wall time per task (tasks overlap, so these add up to more than the total)');
  for (const t of tasks) {
    const s = state.get(t.name);
    console.log(
      `  ${t.name.padEnd(width)}  ${s?.status === 'passed' ? `${s.seconds.toFixed(1).padStart(6)} s` : s?.status}`,
    );
  }
  console.log(`test: ${failed ? `FAILED: ${failed}` : 'all passed'}; total ${total.toFixed(1)} s`);
  process.exit(failed ? 1 : 0);
}

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    failed = `stopped by ${signal}`;
    for (const c of running) kill(c);
    whenStopped(() => process.exit(130));
  });
}
schedule();
