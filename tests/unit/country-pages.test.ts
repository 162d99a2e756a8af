// What the country hubs, their detail pages, theme pages, /recommendations/ and /countries/ SAY, read from the built
// HTML (tests/support/built.ts): the samples as the reports give them, numbers only from the data, every number with
// its scope and pooled results apart, the hubs' routes, recommendations that link back to their source. Layout,
// print, clipboard and anchors in view need a browser: tests/e2e/countries.spec.ts.
import { describe, expect, it } from 'vitest';
import { builtHtml, builtPage, collapse, comesAfter, isBuilt, readData, text } from '../support/built.ts';

// Sample sizes as the reports print them (six-country report, Methods; national reports; Disrupting Harm, Methods).
// Written here from the reports, not from the site's data, so a wrong extraction fails.
const SAMPLES: Record<string, { survivors: string | null; workers: string; extra?: string[] }> = {
  albania: { survivors: '7', workers: '50' },
  'bosnia-and-herzegovina': { survivors: null, workers: '49' },
  colombia: { survivors: '9', workers: '89' },
  mexico: { survivors: '10', workers: '91', extra: ['1,027'] },
  moldova: { survivors: '10', workers: '54' },
  peru: { survivors: '6', workers: '80' },
};
const NAMES: Record<string, string> = {
  albania: 'Albania',
  'bosnia-and-herzegovina': 'Bosnia and Herzegovina',
  colombia: 'Colombia',
  mexico: 'Mexico',
  moldova: 'Moldova',
  peru: 'Peru',
};
const COUNTRIES = Object.keys(SAMPLES);

type PublicFinding = {
  id: string;
  country: string;
  url: string;
  value: number | null;
  valueHigh: number | null;
  quantity: string | null;
};
const findings = readData<PublicFinding[]>('findings.json');
const finding = (id: string): PublicFinding => {
  const f = findings.find((x) => x.id === id);
  if (!f) throw new Error(`${id} is not a published finding`);
  return f;
};

describe.each(COUNTRIES)('%s', (country) => {
  const s = SAMPLES[country]!;

  it('the hub lists its samples as the reports give them', () => {
    const sample = text(builtPage(`/countries/${country}/`).querySelector('#sample'));
    if (s.survivors) expect(sample).toMatch(new RegExp(`\\b${s.survivors}\\b[^.]*survivors`, 'i'));
    else expect(sample).not.toMatch(/survivors took part in the conversations in/i);
    expect(sample).toMatch(new RegExp(`\\b${s.workers}\\b[^.]*frontline`, 'i'));
    for (const e of s.extra ?? []) expect(sample).toContain(e);
  });

  it('the narrative states no number that is not from the findings data', () => {
    const narrative = builtPage(`/countries/${country}/overview/`).querySelector('.narrative');
    expect(narrative, 'the overview has a narrative').toBeTruthy();
    // Every number in the narrative is a <Num> link to a finding whose value it shows; nothing else has digits.
    const refs = [...narrative!.querySelectorAll('a.num-ref')].map((e) => ({
      text: e.textContent ?? '',
      href: e.getAttribute('href') ?? '',
    }));
    expect(refs.length).toBeGreaterThan(0);
    for (const r of refs) {
      const f = findings.find((x) => x.url === r.href);
      expect(f, `${r.href} is a finding`).toBeTruthy();
      // The link shows the finding's own quantity: its number, its range, or its words as printed.
      const shown = r.text.replace(/[,%]/g, '').replace(/ years$/, '');
      if (f!.quantity && (f!.value === null || /\d/.test(f!.quantity))) expect(r.text).toBe(f!.quantity);
      else if (f!.valueHigh !== null) expect(shown).toBe(`${f!.value}–${f!.valueHigh}`);
      else expect(shown).toBe(String(f!.value));
    }
    const copy = narrative!.cloneNode(true) as Element;
    copy.querySelectorAll('a.num-ref, cite').forEach((n) => n.remove());
    expect(copy.textContent?.match(/\d+/g) ?? []).toEqual([]);
  });

  it('every number on the hub says whose it is, and pooled results are grouped apart', () => {
    const doc = builtPage(`/countries/${country}/`);
    // Every sample and every key finding carries one scope label beside its value.
    const items = [...doc.querySelectorAll('#sample li, #key-findings li.finding')];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item.querySelectorAll('.scope-label'), text(item)).toHaveLength(1);
    // Key findings: the country's own first, labelled "<Country> only"; those pooled from several countries after
    // the "Pooled" heading, labelled "pooled". What is pooled comes from the data, not the page.
    const keys = [...doc.querySelectorAll('#key-findings li.finding')].map((el) => ({
      id: el.getAttribute('data-finding') ?? '',
      label: text(el.querySelector('.scope-label')),
      afterPooledHeading: [...el.closest('section')!.querySelectorAll('h3')].some(
        (h) => /pooled/i.test(h.textContent ?? '') && comesAfter(h, el),
      ),
    }));
    // Five to ten key findings, fewer only where the reports give fewer for the country alone.
    const ownInData = findings.filter((f) => f.country === country).length;
    expect(keys.length).toBeGreaterThanOrEqual(Math.min(5, ownInData));
    expect(keys.length).toBeLessThanOrEqual(10);
    for (const k of keys) {
      const f = finding(k.id);
      if (f.country === 'multi') {
        expect(k.label, k.id).toMatch(/pooled/);
        expect(k.afterPooledHeading, `${k.id} is listed with the pooled results`).toBe(true);
      } else {
        expect(k.label, k.id).toContain(`${NAMES[f.country]} only`);
        expect(k.afterPooledHeading, `${k.id} is listed before the pooled results`).toBe(false);
      }
    }
    // Every chart shown has its scope just above it.
    expect(doc.querySelectorAll('#charts .scoped-chart .scope-label')).toHaveLength(
      doc.querySelectorAll('#charts figure.chart').length,
    );
    // The chart count is not claimed as the country's own when it is not.
    expect(text(doc.querySelector('#charts'))).not.toMatch(/charts of survey results for/i);
  });

  it("the hub's routes lead to detail pages that exist", () => {
    const hrefs = [...builtPage(`/countries/${country}/`).querySelectorAll('#explore a')].map(
      (e) => e.getAttribute('href') ?? '',
    );
    for (const part of ['overview', 'findings', 'quotes', 'charts', 'recommendations', 'brief'])
      expect(hrefs).toContain(`/countries/${country}/${part}/`);
    for (const href of hrefs) expect(isBuilt(href), `${href} is built`).toBe(true);
  });
});

describe('across countries', () => {
  it('Mexico brings together four reports and Peru two', () => {
    const mexico = builtPage('/countries/mexico/').querySelector('#sources');
    expect(mexico?.querySelectorAll('li')).toHaveLength(4);
    expect(text(mexico)).toContain('Disrupting Harm in Mexico');
    expect(builtPage('/countries/peru/').querySelectorAll('#sources li')).toHaveLength(2);
  });

  it('Mexico links to its legal framework page once that page is built, and never to a missing one', () => {
    const links = builtPage('/countries/mexico/').querySelectorAll('#explore a[href="/countries/mexico/legal/"]');
    expect(links).toHaveLength(isBuilt('/countries/mexico/legal/') ? 1 : 0);
  });

  it('a theme page lists quotes of that theme from several countries', () => {
    const quotes = [...builtPage('/themes/disclosure-barriers/').querySelectorAll('figure.quote')];
    expect(new Set(quotes.map((e) => e.getAttribute('data-country'))).size).toBeGreaterThanOrEqual(3);
    for (const q of quotes) expect((q.getAttribute('data-themes') ?? '').split(' ')).toContain('disclosure-barriers');
  });

  it('every recommendation links back to a real source page and section', () => {
    const doc = builtPage('/recommendations/');
    const recs = readData<{ id: string; source: { id: string; section: string } }[]>('recommendations.json');
    expect(doc.querySelectorAll('article.recommendation')).toHaveLength(recs.length);
    for (const r of recs) {
      const article = doc.querySelector(`article[id="${r.id}"]`);
      expect(article, r.id).toBeTruthy();
      expect(article!.querySelector('a.rec-source')?.getAttribute('href'), r.id).toBe(`/sources/${r.source.id}/`);
      expect(text(article), r.id).toContain(collapse(r.source.section));
    }
    for (const id of new Set(recs.map((r) => r.source.id))) expect(isBuilt(`/sources/${id}/`), id).toBe(true);
  });

  it('a finding pooled across countries on a detail page says so beside its value', () => {
    const first = builtPage('/countries/albania/findings/').querySelector('table a')?.getAttribute('href');
    expect(first, 'the findings index links to a theme').toBeTruthy();
    const doc = builtPage(first!);
    const sections = [...doc.querySelectorAll('section')];
    const under = (re: RegExp) =>
      sections
        .filter((sec) => re.test(text(sec.querySelector('h2'))))
        .flatMap((sec) => [...sec.querySelectorAll('li.finding')]);
    const pooled = under(/pooled/i);
    const own = under(/only/i);
    expect(pooled.length + own.length).toBeGreaterThan(0);
    for (const item of pooled) expect(text(item.querySelector('.scope-label'))).toContain('pooled');
    for (const item of own) expect(text(item.querySelector('.scope-label'))).toContain('Albania only');
  });

  it('the six countries are compared in one table, with unprinted values said plainly', () => {
    const table = builtPage('/countries/').querySelector('table.comparison');
    expect(table?.querySelectorAll('thead th')).toHaveLength(7);
    // Frontline workers surveyed per country, as the six-country report prints them.
    const rows = [...table!.querySelectorAll('tbody tr')].filter((tr) =>
      /frontline workers completed the survey/i.test(text(tr)),
    );
    expect(rows).toHaveLength(1);
    expect([...rows[0]!.querySelectorAll('td')].map((td) => text(td))).toEqual(['50', '49', '89', '91', '54', '80']);
    expect(text(table)).toContain('not printed');
  });

  it('the quote and finding addresses the data publishes point at items on built pages', () => {
    const quotes = readData<{ id: string; url: string; country: string }[]>('quotes.json');
    const items = [...quotes, ...findings];
    expect(items.length).toBeGreaterThan(500);
    // The ids on each page, read once with a pattern (parsing some 150 pages into DOMs took seconds).
    const idsOn = new Map<string, Set<string>>();
    for (const item of items) {
      const [path, id] = item.url.split('#');
      expect(id, item.url).toBe(item.id);
      let ids = idsOn.get(path!);
      if (!ids) {
        ids = new Set([...builtHtml(path!).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
        idsOn.set(path!, ids);
      }
      expect(ids.has(id!), item.url).toBe(true);
    }
  });
});
