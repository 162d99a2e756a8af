// Without JavaScript a page is its HTML: every chart page's built HTML holds one named chart SVG and a data table with
// a row for every value the chart's published data has. Browserless, so it covers all chart pages in a second;
// tests/e2e/nojs.spec.ts loads one page of each chart kind in Chromium with JavaScript off to see them shown.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type Node } from 'ultrahtml';
import { querySelector, querySelectorAll } from 'ultrahtml/selector';
import { fileOf } from '../../scripts/lib/dist.mjs';

const DIST = 'dist';
type ChartData = { url: string; points?: unknown[]; series?: { points: unknown[] }[] };
const read = <T>(name: string): T => JSON.parse(readFileSync(join(DIST, 'data', name), 'utf8')) as T;

/** The text content of a node and its descendants. */
const textOf = (node: Node): string =>
  node.type === 2 ? String(node.value) : ((node.children ?? []) as Node[]).map(textOf).join('');

describe('every chart page without JavaScript', () => {
  const charts = read<{ id: string }[]>('charts/index.json').map((c) => read<ChartData>(`charts/${c.id}.json`));

  it('there are charts to check', () => expect(charts.length).toBeGreaterThan(10));

  it.each(charts.map((c) => [c.url, c] as const))('%s: one named SVG and a row per value', (url, data) => {
    const file = fileOf(DIST, url);
    expect(file, `${url} is not built`).toBeTruthy();
    const doc = parse(readFileSync(file!, 'utf8'));
    const svgs = querySelectorAll(doc, 'figure.chart svg[role="img"]');
    expect(svgs).toHaveLength(1);
    const svg = svgs[0]!;
    const ids = String(svg.attributes['aria-labelledby'] ?? '')
      .split(/\s+/)
      .filter(Boolean);
    const name = [
      String(svg.attributes['aria-label'] ?? ''),
      ...ids.map((id) => {
        const target = querySelector(doc, `[id="${id}"]`);
        return target ? textOf(target) : '';
      }),
    ].join(' ');
    expect(name.trim(), 'the chart has no accessible name').toMatch(/\w/);
    // Step by step: ultrahtml's selector engine mismatches chains of three or more descendant selectors.
    const figures = querySelectorAll(doc, 'figure.chart');
    expect(figures).toHaveLength(1);
    const rows = querySelectorAll(figures[0]!, 'tbody').flatMap((tbody) => querySelectorAll(tbody, 'tr'));
    const values = (data.points ?? []).length + (data.series ?? []).reduce((n, s) => n + s.points.length, 0);
    expect(values).toBeGreaterThan(0);
    expect(rows).toHaveLength(values);
  });
});
