// Page kinds for the expensive browser checks (axe): the built pages grouped by the template that made them, read
// from src/pages/ (so a new template is a new kind without editing a list), chart pages and embeds further split
// by chart kind. Each kind is represented by its median page by size (a typical page of it), unless the caller
// prefers a page of that kind (the crawl prefers the site's largest pages, where content-driven problems are
// likeliest, so a kind holding one is checked on it instead of on a second page of the same template).
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileOf } from '../../scripts/lib/dist.mjs';

export interface Route {
  pattern: string;
  regex: RegExp;
  dynamic: number;
}

/** Astro's file-based routes under `pagesDir` that render HTML (.astro, .md, .mdx). */
export function routesOf(pagesDir: string): Route[] {
  const out: Route[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(astro|mdx?)$/.test(name)) {
        const rel = relative(pagesDir, path)
          .split(sep)
          .join('/')
          .replace(/\.(astro|mdx?)$/, '');
        const pattern = rel === '404' ? '/404.html' : `/${rel.replace(/(^|\/)index$/, '')}/`.replace(/\/+/g, '/');
        const segments = pattern.split('/').map((s) => {
          if (/^\[\.\.\..+\]$/.test(s)) return '.*';
          if (/^\[.+\]$/.test(s)) return '[^/]+';
          return s.replace(/[.*+?^${}()|\\]/g, '\\$&');
        });
        out.push({
          pattern,
          regex: new RegExp(`^${segments.join('/')}$`),
          dynamic: (pattern.match(/\[/g) ?? []).length,
        });
      }
    }
  };
  walk(pagesDir);
  return out;
}

/**
 * The route that serves `url`: the matching route with the fewest dynamic segments, as Astro prioritises static ones.
 */
export function routeOf(routes: Route[], url: string): string {
  const matches = routes.filter((r) => r.regex.test(url)).sort((a, b) => a.dynamic - b.dynamic);
  return matches[0]?.pattern ?? `unmatched ${url}`;
}

export interface Kind {
  kind: string;
  /** The kind's preferred page if it has one, else its median page by HTML size: a typical page of the template. */
  url: string;
  pages: number;
}

/**
 * One representative page per kind: the first of `prefer` that is of the kind, else the median by size. `subKind`
 * splits a route further (e.g. a chart page by chart kind); a URL no route matches is a kind of its own, so nothing
 * built escapes the check.
 */
export function pageKinds(
  dist: string,
  urls: string[],
  routes: Route[],
  subKind: (route: string, url: string) => string = () => '',
  prefer: string[] = [],
): Kind[] {
  const groups = new Map<string, { url: string; size: number }[]>();
  for (const url of urls) {
    const route = routeOf(routes, url);
    const sub = subKind(route, url);
    const kind = sub ? `${route} (${sub})` : route;
    const list = groups.get(kind) ?? [];
    list.push({ url, size: pageSize(dist, url) });
    groups.set(kind, list);
  }
  return [...groups]
    .map(([kind, list]) => {
      const sorted = [...list].sort((a, b) => a.size - b.size || a.url.localeCompare(b.url));
      const preferred = prefer.find((url) => list.some((p) => p.url === url));
      return { kind, url: preferred ?? sorted[Math.floor((sorted.length - 1) / 2)]!.url, pages: list.length };
    })
    .sort((a, b) => a.kind.localeCompare(b.kind));
}

/** The size in bytes of the HTML that `url` serves from `dist`; 0 if no file serves it. */
export function pageSize(dist: string, url: string): number {
  const file = fileOf(dist, url);
  return file ? statSync(file).size : 0;
}

/** The `n` largest pages by HTML size, largest first. */
export function largestPages(dist: string, urls: string[], n: number): string[] {
  return urls
    .map((url) => ({ url, size: pageSize(dist, url) }))
    .sort((a, b) => b.size - a.size)
    .slice(0, n)
    .map((p) => p.url);
}
