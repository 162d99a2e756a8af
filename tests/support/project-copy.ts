// For unit tests that build a modified copy of the project in a temporary folder.
import { mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** Caches tools keep inside node_modules: Astro's content store (.astro), Vite's (.vite) and others' (.cache). */
const CACHES = new Set(['.astro', '.vite', '.cache']);

/**
 * Gives the copy in `dir` the packages of `root`'s node_modules, as links, but a node_modules folder of its own.
 * Linking the whole folder would share Astro's content store (node_modules/.astro/data-store.json) between the copy,
 * the real project and other copies building at the same time with different content.
 */
export function linkNodeModules(root: string, dir: string): void {
  const own = join(dir, 'node_modules');
  mkdirSync(own);
  for (const name of readdirSync(join(root, 'node_modules')))
    if (!CACHES.has(name)) symlinkSync(join(root, 'node_modules', name), join(own, name));
}
