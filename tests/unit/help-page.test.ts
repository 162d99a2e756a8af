// What /help/ says, read from the built HTML (tests/support/built.ts): first that the site is not a help service,
// then every channel of help.json under its country, emergency routes first, each with its number or address as
// printed and where it was printed; links out only to websites the reports print, saying they leave the site and
// never prefetched. Every page's link to /help/ is checked by scripts/check/pages-static.mjs (rule help-link), and
// shown, by the crawl in tests/e2e/pages.spec.ts. In a browser (tests/e2e/help.spec.ts): no request on hover or
// focus, anchors, the quick exit, axe with every snippet open, and no-JS reading.
import { describe, expect, it } from 'vitest';
import { builtPage, comesAfter, readData, text } from '../support/built.ts';
import { helpKinds } from '../../src/evidence/helpSchema.ts';
import { countryIds } from '../../src/evidence/vocabulary.ts';

interface PublicHelp {
  id: string;
  country: string;
  name: string;
  kind: string;
  contact: string | null;
  website: string | null;
}
const channels = readData<PublicHelp[]>('help.json');
const doc = builtPage('/help/');
const main = doc.querySelector('main')!;

describe('the help page', () => {
  it('says first what the site is not', () => {
    const note = main.querySelector('[role=note]');
    expect(note, 'a note in main').toBeTruthy();
    expect([...note!.querySelectorAll('h2, h3')].map((h) => text(h))).toContain('This website is not a help service');
    expect(text(note)).toContain('Nobody monitors this site');
    expect(text(note)).toContain('You cannot report abuse or ask for help through this site');
    // It comes before any channel.
    const first = main.querySelector('article.help-channel');
    expect(first).toBeTruthy();
    expect(comesAfter(note!, first!)).toBe(true);
  });

  it('lists every channel of help.json under its country, emergency routes first', () => {
    expect(channels.length).toBeGreaterThan(0);
    for (const country of countryIds) {
      const sections = main.querySelectorAll(`section[id="${country}"]`);
      expect(sections, country).toHaveLength(1);
      const section = sections[0]!;
      const expected = channels.filter((c) => c.country === country);
      const ids = [...section.querySelectorAll('article.help-channel')].map((e) => e.id);
      expect([...ids].sort()).toEqual(expected.map((c) => c.id).sort());
      if (expected.length === 0) expect(text(section)).toContain('name no reporting channel or support service');
      // Kinds in page order never go back up the list (emergency-line first).
      const ranks = ids.map((id) =>
        helpKinds.indexOf(channels.find((c) => c.id === id)!.kind as (typeof helpKinds)[number]),
      );
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
    for (const c of channels) {
      const item = main.querySelector(`article[id="${c.id}"]`);
      expect(item, c.id).toBeTruthy();
      expect(text(item!.querySelector('h3'))).toBe(c.name);
      if (c.contact) expect(text(item!.querySelector('.help-contact-value'))).toBe(c.contact);
      // Where and when it was printed, and that it may have changed.
      expect(text(item)).toContain('Named in');
      expect(text(item)).toMatch(/may have changed since/);
    }
  });

  it('links out only to websites the reports print, saying they leave the site, never prefetched', () => {
    const external = [...main.querySelectorAll('a[href^="http"]')];
    expect(external.map((a) => a.getAttribute('href')).sort()).toEqual(
      channels.flatMap((c) => (c.website ? [c.website] : [])).sort(),
    );
    for (const a of external) {
      expect(a.getAttribute('rel')?.split(/\s+/)).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
      expect(text(a)).toContain('leaves this site');
      expect(a.getAttribute('data-astro-prefetch')).toBe('false');
    }
    expect(
      doc.querySelectorAll('link[rel~="prefetch"], link[rel~="prerender"], script[type="speculationrules"]'),
    ).toHaveLength(0);
  });
});
