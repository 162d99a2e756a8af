// Bad input must fail with a message naming the file, the record and the field. Each case starts from a valid
// minimal evidence base and breaks one thing.
import { describe, expect, it } from 'vitest';
import { EvidenceError, validateEvidence, type ContentFile } from '../../src/evidence/validate.ts';
import { readContentFiles } from '../../src/evidence/read.ts';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const theme = { id: 'reporting', name: 'Reporting', description: 'Reporting abuse.' };
const source = {
  id: 'vos-peru-2021',
  title: 'T',
  citation: 'C',
  authors: 'A',
  publisher: 'P',
  year: 2021,
  kind: 'national report',
  countries: ['peru'],
  partners: ['CHS Alternativo'],
  methods: 'M',
  samples: ['vpe-f-001'],
  limitations: [],
  licence: 'L',
};
const quote = {
  id: 'vpe-q-001',
  text: 'I did not know where to report it.',
  speaker: { code: 'VoS-PE-01', type: 'survivor' },
  country: 'peru',
  themes: ['reporting'],
  sources: [{ id: 'vos-peru-2021', section: 'Findings' }],
};
const finding = {
  id: 'vpe-f-001',
  statement: 'Eighty frontline workers took part.',
  value: 80,
  unit: 'count',
  n: null,
  base: 'frontline workers',
  country: 'peru',
  scope: { kind: 'country', countries: ['peru'] },
  themes: ['reporting'],
  source: { id: 'vos-peru-2021', section: 'Methods', snippet: 'a survey of 80 frontline workers' },
  sample: true,
};
const rangeFinding = {
  id: 'vpe-f-002',
  statement: 'Sentences run from four to eight years.',
  value: 4,
  valueHigh: 8,
  unit: 'years',
  n: null,
  base: 'the offence',
  country: 'peru',
  scope: { kind: 'country', countries: ['peru'] },
  themes: ['reporting'],
  source: { id: 'vos-peru-2021', section: 'Law', snippet: 'a prison sentence of four to eight years and a fine' },
};
const wordsFinding = {
  id: 'vpe-f-003',
  statement: 'About half knew where to report.',
  quantity: 'around half',
  n: null,
  base: 'survivors',
  country: 'peru',
  scope: { kind: 'country', countries: ['peru'] },
  themes: ['reporting'],
  source: { id: 'vos-peru-2021', section: 'Findings', snippet: 'around half of the survivors knew where to report' },
};
const quotedRec = {
  id: 'vpe-r-02',
  number: '2',
  title: 'Train the police',
  area: 'professional-training',
  countries: ['peru'],
  source: { id: 'vos-peru-2021', section: 'Recommendations' },
  summary: 'S',
  related: { quotes: ['vpe-q-002'], findings: [] },
};
const recQuote = {
  ...quote,
  id: 'vpe-q-002',
  text: 'Nobody at the station listened.',
  sources: [{ id: 'vos-peru-2021', section: 'Recommendations – 2. Train the police' }],
};
const rec = {
  id: 'vpe-r-01',
  number: '1',
  title: 'Improve reporting',
  area: 'reporting-mechanisms',
  countries: ['peru'],
  source: { id: 'vos-peru-2021', section: 'Recommendations' },
  summary: 'S',
  topical: { quotes: ['vpe-q-001'], findings: [] },
};
const chart = {
  id: 'vpe-test',
  title: 'T',
  description: 'D',
  longDescription: 'L',
  kind: 'bar',
  unit: 'percent',
  base: 'workers',
  n: 80,
  countries: ['peru'],
  scope: { kind: 'country', countries: ['peru'] },
  themes: ['reporting'],
  points: [
    { label: 'Poor', value: 83 },
    { label: 'Fair', value: 10 },
  ],
  source: {
    id: 'vos-peru-2021',
    section: 'S',
    snippets: ['the majority (83%, n=66) considered it poor; fair 10% (n=8)'],
  },
};

function files(patch: Partial<Record<string, unknown>> = {}): ContentFile[] {
  const get = <T>(k: string, v: T) => (k in patch ? patch[k] : v);
  return [
    { path: 'content/themes.json', kind: 'themes', data: get('themes', [theme]) },
    { path: 'content/sources/vos-peru-2021.json', kind: 'sources', data: get('source', source) },
    { path: 'content/quotes/vos-peru-2021.json', kind: 'quotes', data: get('quotes', [quote, recQuote]) },
    {
      path: 'content/findings/vos-peru-2021.json',
      kind: 'findings',
      data: get('findings', [finding, rangeFinding, wordsFinding]),
    },
    {
      path: 'content/recommendations/vos-peru-2021.json',
      kind: 'recommendations',
      data: get('recs', [rec, quotedRec]),
    },
    { path: 'content/charts/vpe-test.json', kind: 'charts', data: get('chart', chart) },
  ];
}
function problems(patch: Partial<Record<string, unknown>>): string[] {
  try {
    validateEvidence(files(patch));
  } catch (e) {
    if (e instanceof EvidenceError) return e.problems;
    throw e;
  }
  return [];
}

describe('validateEvidence', () => {
  it('accepts the valid base', () => {
    const e = validateEvidence(files());
    expect(e.quotes.map((q) => q.id)).toEqual(['vpe-q-001', 'vpe-q-002']);
    expect(e.findings[0]!.value).toBe(80);
    expect(e.findings[1]).toMatchObject({ value: 4, valueHigh: 8 });
    expect(e.findings[2]).toMatchObject({ quantity: 'around half' });
    expect(e.findings[2]!.value).toBeUndefined();
    expect(e.recommendations[1]!.related.quotes).toEqual(['vpe-q-002']);
  });

  const cases: [string, Partial<Record<string, unknown>>, RegExp][] = [
    [
      'unknown theme',
      { quotes: [{ ...quote, themes: ['weather'] }] },
      /content\/quotes\/vos-peru-2021\.json: record "vpe-q-001": themes\.0: unknown theme "weather"/,
    ],
    [
      'unknown country',
      { findings: [{ ...finding, country: 'chile' }] },
      /content\/findings\/vos-peru-2021\.json: record "vpe-f-001": country: /,
    ],
    [
      'unknown source id',
      { quotes: [{ ...quote, sources: [{ id: 'vos-chile-2021', section: 'x' }] }] },
      /record "vpe-q-001": sources\.0\.id: unknown source id "vos-chile-2021"/,
    ],
    [
      'percent above 100',
      {
        findings: [
          { ...finding, unit: 'percent', value: 180, source: { ...finding.source, snippet: 'rose by 180 per cent' } },
        ],
      },
      /record "vpe-f-001": value: a percentage must be between 0 and 100/,
    ],
    [
      'missing snippet',
      { findings: [{ ...finding, source: { id: 'vos-peru-2021', section: 'Methods' } }] },
      /record "vpe-f-001": source\.snippet: /,
    ],
    [
      'value not written in its snippet',
      { findings: [{ ...finding, value: 81 }] },
      /record "vpe-f-001": value: is not written in source\.snippet/,
    ],
    [
      'duplicate id',
      { quotes: [quote, { ...quote, text: 'Another sentence entirely.' }] },
      /record "vpe-q-001": id: duplicate id "vpe-q-001"/,
    ],
    ['empty quote text', { quotes: [{ ...quote, text: '   ' }] }, /record "vpe-q-001": text: is empty/],
    [
      'quote text with markup',
      { quotes: [{ ...quote, text: 'I was <b>afraid</b>.' }] },
      /record "vpe-q-001": text: contains markup/,
    ],
    ['quote text with markdown emphasis', { quotes: [{ ...quote, text: 'I was *afraid*.' }] }, /text: contains markup/],
    [
      'too many themes',
      { quotes: [{ ...quote, themes: ['reporting', 'reporting', 'reporting', 'reporting'] }] },
      /themes: takes at most three themes/,
    ],
    [
      'unknown speaker type',
      { quotes: [{ ...quote, speaker: { code: 'X', type: 'journalist' } }] },
      /speaker\.type: unknown speaker type "journalist"/,
    ],
    [
      'same quote twice',
      { quotes: [quote, { ...quote, id: 'vpe-q-002', text: 'I did not know where  to report it.' }] },
      /record "vpe-q-002": text: duplicates quote "vpe-q-001"; merge them/,
    ],
    [
      'chart point not in its snippets',
      {
        chart: {
          ...chart,
          points: [
            { label: 'Poor', value: 83 },
            { label: 'Good', value: 7 },
          ],
        },
      },
      /content\/charts\/vpe-test\.json: record "vpe-test": points: points "Good" = 7 is not written/,
    ],
    [
      'chart with both points and series',
      { chart: { ...chart, series: [{ name: 'a', points: chart.points }] } },
      /give either points or series/,
    ],
    [
      'recommendation citing a missing quote',
      { recs: [{ ...rec, related: { quotes: ['vpe-q-999'], findings: [] } }] },
      /record "vpe-r-01": related\.quotes\.0: no quote has id "vpe-q-999"/,
    ],
    [
      'source sample id that is not a finding',
      { source: { ...source, samples: ['vpe-f-404'] } },
      /record "vos-peru-2021": samples\.0: no finding has id "vpe-f-404"/,
    ],
    [
      'quotes file that is not an array',
      { quotes: quote },
      /content\/quotes\/vos-peru-2021\.json: must hold a JSON array/,
    ],
    ['id unusable in a URL', { quotes: [{ ...quote, id: 'Q 1' }] }, /record "Q 1": id: must be lower-case/],
    ['value not a number', { findings: [{ ...finding, value: '80' }] }, /record "vpe-f-001": value: must be a number/],
    [
      'range whose high end is below its low end',
      { findings: [{ ...rangeFinding, value: 8, valueHigh: 4 }] },
      /record "vpe-f-002": valueHigh: is below value \(4 < 8\)/,
    ],
    [
      'range end not written in its snippet',
      { findings: [{ ...rangeFinding, valueHigh: 9 }] },
      /record "vpe-f-002": valueHigh: is not written in source\.snippet/,
    ],
    [
      'range without a low end',
      { findings: [{ ...rangeFinding, value: undefined }] },
      /record "vpe-f-002": valueHigh: needs value/,
    ],
    [
      'quantity absent from its snippet',
      { findings: [{ ...wordsFinding, quantity: 'roughly one in four' }] },
      /record "vpe-f-003": quantity: "roughly one in four" is not written in source\.snippet/,
    ],
    [
      'quantity matching only part of a word',
      { findings: [{ ...wordsFinding, quantity: 'round half' }] },
      /record "vpe-f-003": quantity: "round half" is not written/,
    ],
    [
      'value without a unit',
      { findings: [{ ...finding, unit: undefined }] },
      /record "vpe-f-001": unit: is required when the finding has a value/,
    ],
    [
      'country finding scoped as pooled',
      { findings: [{ ...finding, scope: { kind: 'pooled', countries: ['peru', 'mexico'] } }] },
      /record "vpe-f-001": scope: a finding about peru has scope kind "country"/,
    ],
    [
      'scope "country" naming two countries',
      { findings: [{ ...finding, scope: { kind: 'country', countries: ['peru', 'mexico'] } }] },
      /record "vpe-f-001": scope\.countries: "country" takes exactly one country/,
    ],
    [
      'finding without a scope',
      { findings: [{ ...finding, scope: undefined }] },
      /record "vpe-f-001": scope: is missing: say whose numbers these are/,
    ],
    [
      'chart scope naming other countries than the chart',
      { chart: { ...chart, scope: { kind: 'country', countries: ['mexico'] } } },
      /record "vpe-test": scope\.countries: must name the same countries as the chart's countries/,
    ],
    [
      'related naming a section the recommendation does not cite',
      { recs: [rec, { ...quotedRec, related: { quotes: ['vpe-q-001'], findings: [] } }] },
      /record "vpe-r-02": related\.quotes\.0: "vpe-q-001" is printed in vos-peru-2021 "Findings", a section this recommendation neither sits in nor cites/,
    ],
    [
      'related quote printed under another recommendation number',
      { recs: [rec, { ...quotedRec, number: '3' }] },
      /record "vpe-r-02": related\.quotes\.0: "vpe-q-002" is printed in vos-peru-2021 "Recommendations – 2\. Train the police"/,
    ],
    [
      'topical naming a missing quote',
      { recs: [{ ...rec, topical: { quotes: ['vpe-q-404'], findings: [] } }] },
      /record "vpe-r-01": topical\.quotes\.0: no quote has id "vpe-q-404"/,
    ],
    [
      'one recommendation as two records',
      { recs: [rec, { ...rec, id: 'vpe-r-09' }] },
      /record "vpe-r-09": title: repeats recommendation "vpe-r-01" word for word; merge them/,
    ],
    [
      'alsoIn naming the recommendation’s own source',
      { recs: [{ ...rec, alsoIn: [{ id: 'vos-peru-2021', section: 'x', number: '1' }] }] },
      /record "vpe-r-01": alsoIn\.0: names the recommendation's own source/,
    ],
  ];
  it.each(cases)('rejects %s, naming file, record and field', (_name, patch, message) => {
    const found = problems(patch);
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toMatch(message);
  });

  it('reports every problem at once', () => {
    const found = problems({ quotes: [{ ...quote, themes: ['weather'] }], findings: [{ ...finding, value: 81 }] });
    expect(found.length).toBe(2);
  });
});

describe('readContentFiles', () => {
  it('names the file when JSON is malformed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-'));
    const content = join(dir, 'content');
    mkdirSync(join(content, 'quotes'), { recursive: true });
    writeFileSync(join(content, 'themes.json'), '[]');
    writeFileSync(join(content, 'quotes', 'broken.json'), '[{"id": ');
    expect(() => readContentFiles(content)).toThrow(/content\/quotes\/broken\.json: is not valid JSON/);
  });
});

describe('the real content', () => {
  it('validates, with quotes, findings, recommendations and charts from all five reports', () => {
    const e = validateEvidence(readContentFiles(join(process.cwd(), 'content')));
    const sourcesOf = (list: { source?: { id: string }; sources?: { id: string }[] }[]) =>
      new Set(list.flatMap((r) => (r.sources ?? [r.source!]).map((s) => s.id)));
    expect(sourcesOf(e.quotes).size).toBe(5);
    expect(sourcesOf(e.findings).size).toBe(5);
    // The briefing paper's recommendations are the national report's, merged into one record each (alsoIn).
    expect(new Set(e.recommendations.flatMap((r) => [r.source.id, ...r.alsoIn.map((a) => a.id)])).size).toBe(5);
    expect(e.sources.length).toBe(5);
    expect(e.countries.map((c) => c.id).sort()).toEqual([
      'albania',
      'bosnia-and-herzegovina',
      'colombia',
      'mexico',
      'moldova',
      'peru',
    ]);
  });
});
