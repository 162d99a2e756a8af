// Completeness of the extraction beyond numbers: every legal gap the Disrupting Harm in Mexico report states, and
// the quantities the reports print in words that a reader would look for, must each be a finding whose snippet
// carries the phrase. The phrases are the report's own words; with the report texts present (../shared/seeds, or
// ../../shared/seeds from a worktree) each phrase is also checked against the report, so the list cannot drift.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeText } from '../../src/evidence/numbers.ts';
import { readContentFiles } from '../../src/evidence/read.ts';
import { validateEvidence } from '../../src/evidence/validate.ts';

/** Each legal gap the report states (federal, Nayarit, Morelos), in its words. */
const LEGAL_GAPS = [
  'sexual extortion of children is not explicitly criminalized under federal law',
  'no specific provisions on the sexual extortion of children in the legislation of either of two states',
  'Nayarit has not established it as a criminal offence',
  'simple access with no intent to distribute and/or share further is not',
  'This definition does not extend to material depicting a person who appears to be a child',
  'Federal law still uses the term "pornography of persons under 18 years of age"',
  'only cover livestreamed child sexual abuse where the transmission occurs in the form of "data files"',
  'merely accessing such broadcasts without paying for or downloading them is not a criminal offence',
  'to criminalize the dissemination of sexual material depicting adults without their consent',
  'Federal legislation does not exempt self-generated sexual material from criminal responsibility',
  'online grooming remains outside the scope of the abolition',
  'do not include provisions mandating a single interview of a child by a specially trained expert',
  'these protective measures are not mandatory',
  'Federal legislation does not currently prevent direct contact between children subjected to sexual violence and the alleged perpetrator in court',
  'the legislation falls short of creating expedited procedures specifically for cases involving child victims of crime',
  'online platforms cannot be held liable for child sexual abuse material circulated by users',
  'Mexican legislation does not clearly define the responsibilities of internet service providers regarding illegal content',
  'the law does not require providers to establish clear and accessible mechanisms for reporting content',
  'cannot be held responsible for third-party content or forced to remove harmful material at the request of users',
  'they were not specifically designed with this purpose in mind',
  'These provisions do not apply to online platforms or other electronic service providers, leaving a critical loophole',
  'Current laws place little to no responsibility on internet service providers and online platforms',
  'as these acts are not explicitly criminalized, cases are seemingly reclassified',
  'did not allow for a comprehensive analysis of the legislation of all 32 states',
];

/** Quantities printed in words (and ranges) a reader would look for, with the report that prints them. */
const WORD_QUANTITIES: [source: string, phrase: string][] = [
  ['vos-six-countries-2022', 'Not one of the seven Albanian survivors reported knowing about reporting platforms'],
  [
    'vos-six-countries-2022',
    'none of the Moldovan survivors we held conversations with attended long-term rehabilitation programmes',
  ],
  ['vos-six-countries-2022', 'one in five girls seeking help are doing so for abuse that began at ages below 11'],
  ['vos-six-countries-2022', 'More than a third of cases in the country involved female offenders'],
  ['vos-six-countries-2022', 'in around half of cases involving both boys and girls, money was involved'],
  ['vos-six-countries-2022', 'between a third and half of the cases involve at least some element of technology'],
  ['vos-six-countries-2022', 'Most indicated that they saw this issue in less than a quarter of their cases with boys'],
  ['vos-six-countries-2022', 'most saying that it emerged in no more than a quarter of cases with boys'],
  ['vos-six-countries-2022', 'with only 22%-30% of governmental organisations'],
  ['vos-peru-2021', 'around half of the cases of sexual exploitation of children also involved digital'],
  ['vos-peru-2021', 'This represents roughly one in four of all their cases'],
  ['vos-mexico-2021', 'a third indicated that they perceived more girls than boys were affected'],
  ['vos-mexico-2021', 'by a third or more of frontline workers'],
  ['dh-mexico', 'This offence carries a prison sentence of four to eight years and a fine'],
  ['dh-mexico', 'it can take between one and two years to reach an agreement'],
];

const candidates = [join(process.cwd(), '..', 'shared', 'seeds'), join(process.cwd(), '..', '..', 'shared', 'seeds')];
const seeds = candidates.find((d) => existsSync(join(d, 'index.json')));
const evidence = validateEvidence(readContentFiles(join(process.cwd(), 'content')));
const findingsOf = (source: string) => evidence.findings.filter((f) => f.source.id === source);

describe('every legal gap the Disrupting Harm in Mexico report states is a finding', () => {
  const legal = findingsOf('dh-mexico').filter((f) => f.themes.includes('legislation'));
  it.each(LEGAL_GAPS)('"%s"', (phrase) => {
    const hits = legal.filter((f) => normalizeText(f.source.snippet).includes(normalizeText(phrase)));
    expect(
      hits.map((f) => f.id),
      'no finding with theme "legislation" has this gap in its snippet',
    ).not.toEqual([]);
  });
  it('every gap finding has its place in the legal framework table, except the two that describe the analysis and its consequences', () => {
    const unplaced = legal.filter((f) => f.id.startsWith('dh-f-law-') && !f.legal).map((f) => f.id);
    expect(unplaced.sort()).toEqual(['dh-f-law-34', 'dh-f-law-35']);
  });
});

describe('quantities printed in words, and ranges, are findings that keep the words', () => {
  it.each(WORD_QUANTITIES)('%s: "%s"', (source, phrase) => {
    const hits = findingsOf(source).filter((f) => normalizeText(f.source.snippet).includes(normalizeText(phrase)));
    expect(hits.length, 'no finding of this report has the phrase in its snippet').toBeGreaterThan(0);
    // The words or both ends of the range are on the record, not only in the snippet.
    expect(
      hits.some((f) => f.quantity !== undefined || f.valueHigh !== undefined),
      `${hits.map((f) => f.id)} keep neither quantity nor range`,
    ).toBe(true);
  });
});

describe.skipIf(!seeds)('the phrases above are the reports’ own words', () => {
  const index = seeds ? JSON.parse(readFileSync(join(seeds, 'index.json'), 'utf8')) : {};
  const text = (id: string) => normalizeText(readFileSync(join(seeds!, index[id].file), 'utf8'));
  it('every legal gap phrase occurs in Disrupting Harm in Mexico', () => {
    const report = text('dh-mexico');
    expect(LEGAL_GAPS.filter((p) => !report.includes(normalizeText(p)))).toEqual([]);
  });
  it('every quantity phrase occurs in its report', () => {
    expect(WORD_QUANTITIES.filter(([s, p]) => !text(s).includes(normalizeText(p)))).toEqual([]);
  });
});

if (!seeds)
  console.warn(
    '\n*** legal-coverage: the report texts (../shared/seeds) were NOT found: the phrases were checked against content/ only, not against the reports ***\n',
  );
