// The search index as e2e tests see it: which of its files a page asked for, and holding its loader back as a slow
// connection would.
import type { Page } from '@playwright/test';

/** Every /pagefind/ URL the page requests from now on (the array fills as requests are made). */
export function pagefindRequests(page: Page): string[] {
  const loaded: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/')) loaded.push(r.url());
  });
  return loaded;
}

/** Holds Pagefind's loader back until the returned function is called. */
export async function holdPagefind(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/pagefind/pagefind.js', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
