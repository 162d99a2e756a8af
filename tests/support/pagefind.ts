// The search index and the page's scripts as e2e tests see them: which index files a page asked for, and holding
// the index's loader or the scripts back as a slow connection would.
import type { Page } from '@playwright/test';

/** Every /pagefind/ URL the page requests from now on (the array fills as requests are made). */
export function pagefindRequests(page: Page): string[] {
  const loaded: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/')) loaded.push(r.url());
  });
  return loaded;
}

/** Holds every request matching `glob` back until the returned function is called, as a slow connection would. */
export async function holdRequests(page: Page, glob: string): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(glob, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Holds Pagefind's loader back until the returned function is called. */
export const holdPagefind = (page: Page) => holdRequests(page, '**/pagefind/pagefind.js');

/** Holds the page's own scripts (Astro's bundles) back until the returned function is called. */
export const holdScripts = (page: Page) => holdRequests(page, '**/_astro/*.js');
