// @ts-check
// Helpers for scripts that read the built site: list its HTML pages and map URLs to files.
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every HTML file under `dist`, sorted, skipping the folders named in `skip` (relative to `dist`).
 * @param {string} dist
 * @param {string[]} [skip]
 * @returns {string[]}
 */
export function htmlFiles(dist, skip = ['pagefind']) {
  /** @type {string[]} */
  const out = [];
  /** @param {string} dir */
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (!skip.includes(relative(dist, path))) walk(path);
      } else if (name.endsWith('.html')) out.push(path);
    }
  };
  walk(dist);
  return out.sort();
}

/**
 * The URL path a built HTML file is served at.
 * @param {string} dist
 * @param {string} file
 */
export function urlOf(dist, file) {
  const rel = relative(dist, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/**
 * The file a URL path is served from, or null.
 * @param {string} dist
 * @param {string} path
 * @returns {string | null}
 */
export function fileOf(dist, path) {
  const clean = decodeURIComponent(path.replace(/[?#][\s\S]*$/, '')); // without its query and fragment
  const candidates = clean.endsWith('/')
    ? [join(dist, clean, 'index.html')]
    : [join(dist, clean), join(dist, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}
