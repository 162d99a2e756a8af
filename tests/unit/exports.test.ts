import { describe, expect, it } from 'vitest';
import {
  chartCsv,
  chartIndexEntry,
  csvCell,
  findingsCsv,
  publicChart,
  publicFinding,
  publicQuote,
  publicRecommendation,
  quotesCsv,
} from '../../src/evidence/exports.ts';
import type { Chart, Finding, Quote } from '../../src/evidence/schema.ts';
import { embedCode, embedHeightsFrom, oembedRecord } from '../../src/evidence/embedCode.ts';

const quote: Quote = {
  id: 'vpe-q-001',
  text: 'He said "no", then, later…',
  speaker: { code: 'VoS-PE-01', type: 'survivor' },
  country: 'peru',
  themes: ['reporting'],
  sources: [
    { id: 'vos-peru-2021', section: 'Findings' },
    { id: 'vos-six-countries-2022', section: 'Findings', code: "Conversations' Participant 1, Peru" },
  ],
};
const finding: Finding = {
  id: 'v6-f-001',
  statement: 'S',
  value: 71,
  unit: 'percent',
  n: 291,
  base: 'workers',
  country: 'multi',
  themes: ['awareness'],
  scope: {
    kind: 'pooled',
    countries: ['albania', 'bosnia-and-herzegovina', 'colombia', 'mexico', 'moldova', 'peru'],
    sample: '413 workers',
  },
  source: { id: 'vos-six-countries-2022', section: 'Prevention', snippet: 'poor (71%, n=291)' },
};
const chart: Chart = {
  id: 'c1',
  title: 'T',
  description: 'D',
  longDescription: 'L',
  kind: 'grouped',
  unit: 'percent',
  base: 'b',
  n: null,
  countries: ['peru'],
  scope: { kind: 'country', countries: ['peru'] },
  themes: ['awareness'],
  series: [
    { name: 'A', points: [{ label: 'x', value: 1 }] },
    { name: 'B', points: [{ label: 'x', value: 2 }] },
  ],
  source: { id: 'vos-peru-2021', section: 'S', snippets: ['1 and 2'] },
};

describe('public records follow the data contract', () => {
  it('quote: primary source, alsoIn with its own code, url to its anchor on the quotes page of its country and first theme', () => {
    expect(publicQuote(quote)).toEqual({
      id: 'vpe-q-001',
      text: quote.text,
      speaker: { code: 'VoS-PE-01', type: 'survivor' },
      country: 'peru',
      themes: ['reporting'],
      explicit: false,
      source: { id: 'vos-peru-2021', section: 'Findings' },
      alsoIn: [{ id: 'vos-six-countries-2022', section: 'Findings', code: "Conversations' Participant 1, Peru" }],
      url: '/countries/peru/quotes/reporting/#vpe-q-001',
    });
  });
  it('a quote with no printed code publishes code null', () => {
    expect(publicQuote({ ...quote, speaker: { type: 'frontline-worker' } }).speaker).toEqual({
      code: null,
      type: 'frontline-worker',
    });
  });
  it('a quote flagged explicit publishes explicit: true', () => {
    expect(publicQuote({ ...quote, explicit: true }).explicit).toBe(true);
  });
  it('finding across countries lives on its source page', () => {
    const f = publicFinding(finding);
    expect(f.url).toBe('/sources/vos-six-countries-2022/#v6-f-001');
    expect(f.source.snippet).toBe('poor (71%, n=291)');
  });
  it('finding: keeps its fields and adds range, quantity, scope and legal (null when absent); never the editor note', () => {
    const f = publicFinding({ ...finding, editorNote: 'for editors only' });
    expect(f).toMatchObject({
      value: 71,
      valueHigh: null,
      quantity: null,
      unit: 'percent',
      base: 'workers',
      legal: null,
    });
    expect(f.scope).toEqual({ kind: 'pooled', countries: finding.scope.countries, sample: '413 workers' });
    expect(JSON.stringify(f)).not.toContain('for editors only');
    const words = publicFinding({
      ...finding,
      value: undefined,
      unit: undefined,
      quantity: 'around half',
      source: { ...finding.source, snippet: 'around half of them' },
    });
    expect(words).toMatchObject({ value: null, unit: null, quantity: 'around half' });
    const csv = findingsCsv([words]).split('\r\n');
    expect(csv[0]).toMatch(
      /^id,statement,value,unit,n,base,country,themes,source_id,source_section,source_snippet,note,sample,url,value_high,quantity,scope_kind,/,
    );
    expect(csv[1]).toContain(',around half,pooled,');
  });
  it('recommendation: alsoIn and topical links are published apart from the report’s own links', () => {
    const r = publicRecommendation({
      id: 'vmx-r-01',
      number: '1',
      title: 'T',
      area: 'support-services',
      countries: ['mexico'],
      source: { id: 'vos-mexico-2021', section: '6' },
      summary: 'S',
      cites: [],
      alsoIn: [{ id: 'vos-mexico-briefing-2021', section: 'Recommendations', number: '1' }],
      related: { quotes: ['a'], findings: [] },
      topical: { quotes: ['b'], findings: [] },
    });
    expect(r.alsoIn).toEqual([{ id: 'vos-mexico-briefing-2021', section: 'Recommendations', number: '1' }]);
    expect(r.related.quotes).toEqual(['a']);
    expect(r.topical.quotes).toEqual(['b']);
  });
  it('chart: series instead of points, and the index entry points at its files', () => {
    const c = publicChart(chart);
    expect(c).not.toHaveProperty('points');
    expect('series' in c ? c.series : []).toHaveLength(2);
    expect(chartIndexEntry(chart)).toEqual({
      id: 'c1',
      title: 'T',
      url: '/charts/c1/',
      embedUrl: '/embed/c1/',
      json: '/data/charts/c1.json',
      csv: '/data/charts/c1.csv',
    });
  });
});

describe('CSV', () => {
  it('quotes cells with commas, quotes and newlines (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell(null)).toBe('');
    expect(csvCell('plain text')).toBe('plain text');
    // Semicolons are quoted too: spreadsheets in many locales split on them.
    expect(csvCell(['a', 'b'])).toBe('"a; b"');
    expect(csvCell('a;b')).toBe('"a;b"');
  });
  it('defuses every formula start OWASP lists (= + - @ tab CR), with an apostrophe and always quoted', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('@SUM(A1)')).toBe('"\'@SUM(A1)"');
    expect(csvCell('+1+cmd')).toBe('"\'+1+cmd"');
    expect(csvCell("-2+3+cmd|' /C calc'!A0")).toBe("\"'-2+3+cmd|' /C calc'!A0\"");
    expect(csvCell('\t=1+1')).toBe('"\'\t=1+1"');
    expect(csvCell('\r=1+1')).toBe('"\'\r=1+1"');
    // Also NUL and line feed (ASVS 1.2.10) and the full-width forms some spreadsheets fold into ASCII.
    expect(csvCell('\0=1')).toBe('"\'\0=1"');
    expect(csvCell('\uFF1D1+1')).toBe('"\'\uFF1D1+1"');
    // A formula after a separator inside the text stays inside the quoted cell.
    expect(csvCell('a,=1+1')).toBe('"a,=1+1"');
  });
  it('leaves numbers as numbers, negative ones included', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(12.5)).toBe('12.5');
    expect(csvCell(false)).toBe('false');
  });
  it('writes a header row and one row per record, with CRLF', () => {
    const csv = quotesCsv([publicQuote(quote)]);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'id,text,speaker_code,speaker_type,country,themes,explicit,source_id,source_section,also_in,url',
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('"He said ""no"", then, later…"');
  });
  it('multi-series chart CSV has a series column', () => {
    expect(chartCsv(chart)).toBe('series,label,value\r\nA,x,1\r\nB,x,2\r\n');
  });
});

describe('embed code', () => {
  it('is an iframe with title, lazy loading and full width, plus the sizing script', () => {
    const code = embedCode({ id: 'c1', title: 'Say "no"' }, 'https://example.org');
    expect(code).toContain(
      '<iframe src="https://example.org/embed/c1/" title="Say &quot;no&quot;" loading="lazy" width="100%"',
    );
    expect(code).toContain('<script src="https://example.org/embed.js" async></script>');
  });
  it('oEmbed record is a rich type carrying the same HTML', () => {
    const r = oembedRecord({ id: 'c1', title: 'T' }, 'https://example.org', 'Site');
    expect(r).toMatchObject({ version: '1.0', type: 'rich', provider_url: 'https://example.org/' });
    expect(r.html).toBe(embedCode({ id: 'c1', title: 'T' }, 'https://example.org'));
  });
  it('takes one positive height per embed width, and names a wrong list', () => {
    expect(embedHeightsFrom([610, 480, 420])).toEqual([610, 480, 420]);
    expect(() => embedHeightsFrom([610, 480])).toThrow('embed heights: expected 3, one per width, got [610, 480]');
    expect(() => embedHeightsFrom([610, 480, 420, 400])).toThrow(/expected 3/);
    expect(() => embedHeightsFrom([610, Number.NaN, 420])).toThrow('expected positive numbers, got [610, NaN, 420]');
    expect(() => embedHeightsFrom([610, 0, 420])).toThrow(/positive/);
  });
});
