import { describe, expect, it } from 'vitest';
import { dataFiles, datasetJsonLd } from '../../src/evidence/dataset.ts';
import { inlineJson } from '../../src/inlineJson.ts';
import type { Source } from '../../src/evidence/schema.ts';

const source = {
  id: 'vos-peru-2021',
  title: 'Peru </script><b>',
  citation: null,
  authors: 'A',
  publisher: 'P',
  year: 2021,
  kind: 'k',
  countries: ['peru'],
  partners: [],
  methods: 'm',
  samples: [],
  limitations: [],
  licence: 'Extracts may be reproduced.',
} as Source;
const ld = datasetJsonLd({
  origin: 'https://example.org',
  siteName: 'Hub',
  description: 'D.',
  sources: [source, { ...source, id: 'vos-mexico-briefing-2021', licence: null }],
  counts: { quotes: 1, findings: 2, recommendations: 3, charts: 4 },
});

describe('Dataset JSON-LD', () => {
  it('is a schema.org Dataset with name, description, creator and absolute distribution links for every file', () => {
    expect(ld['@type']).toBe('Dataset');
    expect(ld.description).toContain('2 findings');
    expect(ld.creator.name).toBe('Hub');
    expect(ld.distribution.map((d) => d.contentUrl)).toEqual(dataFiles.map((f) => `https://example.org${f.path}`));
    expect(ld.distribution.filter((d) => d.encodingFormat === 'text/csv').length).toBe(3);
  });
  it('carries each report’s reuse terms as printed, and says when a report prints none', () => {
    expect(ld.license.map((l) => l.text)).toEqual([
      'Extracts may be reproduced.',
      'The report prints no reuse terms; cite it.',
    ]);
  });
  it('written with inlineJson, no text in the data can close its script element', () => {
    const json = inlineJson(ld);
    expect(json).not.toContain('<');
    expect(JSON.parse(json).isBasedOn[0].name).toBe('Peru </script><b>');
  });
});
