// The site's one citation style (src/evidence/cite.ts), against citations written out by hand.
import { describe, expect, it } from 'vitest';
import {
  ACCESS_PLACEHOLDER,
  kindOf,
  citationOf,
  citeChart,
  citeHelpChannel,
  citeFinding,
  citeQuote,
  citeRecommendation,
  compactTitle,
  formatDate,
  speakerWithCountry,
} from '../../src/evidence/cite.ts';
import type { Chart, Finding, Quote, Source } from '../../src/evidence/schema.ts';

const peru: Source = {
  id: 'vos-peru-2021',
  title: "Child Sexual Exploitation and Abuse Online: Survivors' Perspectives in Peru",
  citation:
    "ECPAT International and CHS Alternativo. (2021). Child Sexual Exploitation and Abuse Online: Survivors' Perspectives in Peru. WeProtect Global Alliance.",
  authors: 'ECPAT International and CHS Alternativo',
  publisher: 'WeProtect Global Alliance',
  year: 2021,
  kind: 'National report',
  countries: ['peru'],
  partners: [],
  methods: 'Conversations.',
  samples: [],
  limitations: [],
  licence: null,
};
const dh: Source = {
  ...peru,
  id: 'dh-mexico',
  title: 'Disrupting Harm in Mexico',
  citation: 'ECPAT, INTERPOL and UNICEF. (06/09/26). Disrupting Harm in Mexico. Safe Online.',
  authors: 'ECPAT, INTERPOL and UNICEF',
  publisher: 'Safe Online',
  year: 2026,
  countries: ['mexico'],
};
const opts = { base: 'https://example.org', accessed: new Date(Date.UTC(2026, 10, 29, 23, 30)) };

describe('citationOf', () => {
  it('cites a report as "Authors (year). Title. Publisher." and never the printed numeric date', () => {
    expect(citationOf(dh)).toBe('ECPAT, INTERPOL and UNICEF (2026). Disrupting Harm in Mexico. Safe Online.');
  });
  it('does not double a full stop the title or publisher already ends with', () => {
    expect(citationOf({ ...peru, title: 'Is it over?', publisher: 'WeProtect Global Alliance.' })).toBe(
      'ECPAT International and CHS Alternativo (2021). Is it over? WeProtect Global Alliance.',
    );
  });
});

describe('kindOf', () => {
  it('capitalises the kind of report for the start of a sentence', () => {
    expect(kindOf({ kind: 'national report' })).toBe('National report');
  });
});

describe('compactTitle', () => {
  const vos = "Child Sexual Exploitation and Abuse Online: Survivors' Perspectives";
  it('names a Disrupting Harm report by its series and place only, with its year', () => {
    expect(compactTitle({ ...dh, title: `${dh.title}: Evidence on technology-facilitated abuse` })).toBe(
      'Disrupting Harm in Mexico (2026)',
    );
  });
  it('names a Voices of Survivors report by the series and its country, a briefing paper as one', () => {
    expect(compactTitle(peru)).toBe('Voices of Survivors: Peru (2021)');
    expect(compactTitle({ title: `${vos} in Mexico — Briefing Paper`, year: 2021, countries: ['mexico'] })).toBe(
      'Voices of Survivors: Mexico, briefing paper (2021)',
    );
  });
  it('names the multi-country report by its countries, not by one of them', () => {
    expect(compactTitle({ title: vos, year: 2022, countries: ['albania', 'mexico', 'peru'] })).toBe(
      'Voices of Survivors: six countries (2022)',
    );
  });
});

describe('formatDate', () => {
  it('writes the date out, day month year, in UTC', () => {
    expect(formatDate(new Date(Date.UTC(2026, 8, 6)))).toBe('6 September 2026');
    expect(formatDate(new Date(Date.UTC(2026, 10, 29, 23, 30)))).toBe('29 November 2026');
  });
});

describe('item citations', () => {
  const quote: Quote = {
    id: 'vpe-q-009',
    text: 'Nobody believed me at first, \\$ aside.',
    speaker: { code: "Conversations' Participant 9, Peru", type: 'survivor' },
    country: 'peru',
    themes: ['recovery'],
    sources: [{ id: 'vos-peru-2021', section: 'Findings: Recovery' }],
  };
  it('cites a quote without naming its country twice, with the site URL and the date of access written out', () => {
    expect(citeQuote(quote, peru, opts)).toBe(
      "“Nobody believed me at first, $ aside.” (Conversations' Participant 9, Peru). In ECPAT International and CHS Alternativo (2021), Child Sexual Exploitation and Abuse Online: Survivors' Perspectives in Peru, Findings: Recovery. WeProtect Global Alliance. Survivors’ Voices Evidence Hub, https://example.org/countries/peru/quotes/recovery/#vpe-q-009, accessed 29 November 2026.",
    );
  });
  it('adds the country when the speaker code does not name it', () => {
    expect(speakerWithCountry({ ...quote, speaker: { code: 'VoS-PE-01', type: 'survivor' } })).toBe('VoS-PE-01, Peru');
    expect(speakerWithCountry({ ...quote, speaker: { type: 'frontline-worker' } })).toBe('Frontline worker, Peru');
  });
  it('cites a finding with no "., " between the report and its section', () => {
    const f: Finding = {
      id: 'vpe-f-001',
      statement: 'In an earlier study, 22% denied that images existed.',
      value: 22,
      unit: 'percent',
      n: null,
      base: 'respondents',
      country: 'multi',
      scope: { kind: 'cited-study', countries: [] },
      themes: ['recovery'],
      source: {
        id: 'vos-peru-2021',
        section: 'Introduction: Background',
        snippet: '22% denied that there were images.',
      },
    };
    expect(citeFinding(f, peru, opts)).toBe(
      "In an earlier study, 22% denied that images existed. In ECPAT International and CHS Alternativo (2021), Child Sexual Exploitation and Abuse Online: Survivors' Perspectives in Peru, Introduction: Background. WeProtect Global Alliance. Survivors’ Voices Evidence Hub, https://example.org/sources/vos-peru-2021/#vpe-f-001, accessed 29 November 2026.",
    );
  });
  it('leaves a readable placeholder for the date of access when none is given', () => {
    const c = {
      id: 'dh-platforms',
      title: 'Most children met offenders on social media',
      source: { id: 'dh-mexico', section: '3. Platforms' },
    } as unknown as Chart;
    expect(citeChart(c, dh, { base: '' })).toBe(
      `Most children met offenders on social media. In ECPAT, INTERPOL and UNICEF (2026), Disrupting Harm in Mexico, 3. Platforms. Safe Online. Survivors’ Voices Evidence Hub, /charts/dh-platforms/, accessed ${ACCESS_PLACEHOLDER}.`,
    );
  });
  it('cites a recommendation by its printed number and title', () => {
    const r = {
      id: 'vpe-r-6',
      number: '6.',
      title: 'Commit funding that enables free services',
      source: { section: 'Recommendations' },
    };
    expect(citeRecommendation(r, peru, opts)).toBe(
      "Recommendation 6: Commit funding that enables free services. In ECPAT International and CHS Alternativo (2021), Child Sexual Exploitation and Abuse Online: Survivors' Perspectives in Peru, Recommendations. WeProtect Global Alliance. Survivors’ Voices Evidence Hub, https://example.org/recommendations/#vpe-r-6, accessed 29 November 2026.",
    );
  });
  it('cites a help channel by its name and contact as printed, in the same style', () => {
    const h = { id: 'pe-linea-100', name: 'Línea 100', contact: '100', source: { section: 'Support services' } };
    expect(citeHelpChannel(h, peru, opts)).toBe(
      "Línea 100 (100). In ECPAT International and CHS Alternativo (2021), Child Sexual Exploitation and Abuse Online: Survivors' Perspectives in Peru, Support services. WeProtect Global Alliance. Survivors’ Voices Evidence Hub, https://example.org/help/#pe-linea-100, accessed 29 November 2026.",
    );
  });
});
