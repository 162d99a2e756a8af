// Shared helpers for the end-to-end tests: the list of built pages, the published data, and a page guard that
// records console errors and any request to an origin other than the site's own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { htmlFiles, urlOf } from '../../scripts/lib/dist.mjs';

export const DIST = join(process.cwd(), 'dist');
export const allPageUrls = (): string[] =>
  (htmlFiles(DIST) as string[]).map((f: string) => urlOf(DIST, f) as string).filter((u) => u !== '/404.html');
export const readData = <T = unknown>(name: string): T =>
  JSON.parse(readFileSync(join(DIST, 'data', name), 'utf8')) as T;

export interface Guard {
  errors: string[];
  foreign: string[];
}
/** Records console errors, page errors and requests leaving the site's origin (those are also aborted). */
export async function guard(page: Page, origin: string): Promise<Guard> {
  const g: Guard = { errors: [], foreign: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') g.errors.push(m.text());
  });
  page.on('pageerror', (e) => g.errors.push(String(e)));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    g.foreign.push(url);
    return route.abort();
  });
  return g;
}
