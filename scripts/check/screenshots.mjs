#!/usr/bin/env node
// @ts-check
// Renders one page of each kind (scripts/lib/page-kinds.mjs) at 375 and 1280 px, light and dark, full page, into
// screenshots/ (gitignored) for people to look at. Serves dist/ itself on a spare port; run `npm run build` first.
//   npm run screenshots [-- --port 4452] [-- --only home,country]
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from '../lib/browser.mjs';
import { pageKinds, schemes, viewports } from '../lib/page-kinds.mjs';
import { arg } from '../lib/args.mjs';

// A spare port: beside E2E_PORT when set (so checkouts side by side do not collide), else 4396.
const port = Number(arg('port', process.env.E2E_PORT ? Number(process.env.E2E_PORT) + 3 : 4396));
const only = arg('only', '').split(',').filter(Boolean);
const out = 'screenshots';
const MAX_HEIGHT = 6000;
mkdirSync(out, { recursive: true });

const server = spawn(process.execPath, ['scripts/serve/serve.mjs', '--port', String(port)], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve, reject) => {
  server.stdout.once('data', resolve);
  server.once('exit', (code) =>
    reject(new Error(`the server exited (${code}); is port ${port} free and dist/ built?`)),
  );
});
const executablePath = findChromium();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
let count = 0;
try {
  for (const scheme of schemes) {
    for (const vp of viewports) {
      const context = await browser.newContext({
        viewport: { width: vp.width, height: vp.height },
        colorScheme: scheme,
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      for (const { kind, path } of pageKinds) {
        if (only.length && !only.includes(kind)) continue;
        await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' });
        const file = `${out}/${kind}-${vp.name}-${scheme}.png`;
        // Very long pages (a country hub runs to tens of thousands of pixels) are cut at MAX_HEIGHT: the top shows the
        // components, and a whole-page capture at that size takes minutes on a shared machine.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.screenshot({
          path: file,
          fullPage: true,
          clip: { x: 0, y: 0, width: vp.width, height: Math.min(height, MAX_HEIGHT) },
          timeout: 120_000,
        });
        count++;
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}
console.log(`screenshots: ${count} images in ${out}/`);
