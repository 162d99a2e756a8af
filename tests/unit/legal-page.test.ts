// What the Mexico legal framework page says, read from the built HTML (tests/support/built.ts): a real table
// (caption, scoped headers) of federal law, Nayarit and Morelos, every cell sourced by a link to a finding on the
// page that quotes the report, and recommendations answering a gap linked. Reflow at 320 px needs a browser:
// tests/e2e/legal.spec.ts; axe checks the page in light and dark with every page kind (tests/e2e/pages.spec.ts).
import { describe, expect, it } from 'vitest';
import { builtPage, text } from '../support/built.ts';

const doc = builtPage('/countries/mexico/legal/');
const table = doc.querySelector('.legal-table table');
/** A cell's text as read at full width, without the label that only narrow screens show. */
const cellText = (cell: Element): string => {
  const copy = cell.cloneNode(true) as Element;
  copy.querySelectorAll('.cell-label').forEach((n) => n.remove());
  return text(copy);
};

describe('the Mexico legal framework page', () => {
  it('sets federal law, Nayarit and Morelos side by side in a captioned table with scoped headers', () => {
    expect(table, 'the page has the legal table').toBeTruthy();
    expect(text(table!.querySelector('caption'))).toMatch(/Federal law, Nayarit and Morelos side by side/);
    expect([...table!.querySelectorAll('thead th[scope=col]')].map((th) => text(th))).toEqual([
      'Topic',
      'Federal law',
      'Nayarit',
      'Morelos',
      'Recommendations',
    ]);
    const rows = [...table!.querySelectorAll('tbody tr')];
    expect(rows.length).toBeGreaterThan(8);
    expect(table!.querySelectorAll('tbody th[scope=row]')).toHaveLength(rows.length);
    // The gaps the issue names are rows a policymaker can find.
    const topics = rows.map((r) => text(r.querySelector('th[scope=row]')));
    for (const topic of [
      'Online grooming',
      'Sexual extortion of children',
      'Simple access to child sexual abuse material',
      'Livestreamed abuse',
      'Limitation periods',
      'Duties of platforms and service providers',
    ])
      expect(topics).toContain(topic);
    const grooming = rows.find((r) => text(r.querySelector('th')) === 'Online grooming')!;
    expect(cellText(grooming.querySelectorAll('td')[1]!)).toContain('Gap');
  });

  it('sources every cell: each link goes to a finding on this page that carries the report, section and snippet', () => {
    const hrefs = [...table!.querySelectorAll('td a[href^="#"]')].map((a) => a.getAttribute('href')!);
    expect(hrefs.length).toBeGreaterThan(30);
    for (const href of new Set(hrefs)) {
      const items = doc.querySelectorAll(`li[id="${href.slice(1)}"]`);
      expect(items, href).toHaveLength(1);
      expect(text(items[0]!.querySelector('q')), href).not.toBe('');
      expect(text(items[0]), href).toContain('Disrupting Harm in Mexico');
    }
    // Cells without a finding say so rather than staying blank.
    for (const cell of table!.querySelectorAll('td')) expect(cellText(cell).length).toBeGreaterThan(3);
  });

  it('links recommendations answering a gap to the recommendation', () => {
    expect(table!.querySelectorAll('td a[href^="/recommendations/#dh-r-"]').length).toBeGreaterThan(5);
  });
});
