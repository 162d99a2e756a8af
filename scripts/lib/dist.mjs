// Helpers for scripts that read the built site: list its HTML pages and map URLs to files.
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function htmlFiles(dist, skip = ['pagefind']) {
  const out = [];
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

/** The URL path a built HTML file is served at. */
export function urlOf(dist, file) {
  const rel = relative(dist, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/** The file a URL path is served from, or null. */
export function fileOf(dist, path) {
  const clean = decodeURIComponent(path.split('#')[0].split('?')[0]);
  const candidates = clean.endsWith('/')
    ? [join(dist, clean, 'index.html')]
    : [join(dist, clean), join(dist, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}
