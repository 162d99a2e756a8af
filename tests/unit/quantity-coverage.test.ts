// Completeness of the extraction for quantities printed in words and for ranges: every phrase of that kind in a report
// text (the patterns in quantities/patterns.ts: "around half", "one in five", "most of the", "four to eight years",
// "22%-30%", "seven survivors", …) must be inside the verbatim snippet of a finding or chart on the site, or inside a
// quote on the site, or on the exclusion list (quantities/exclusions.ts) with its reason. Where a phrase is a result
// the report states, the way to pass is a finding, not an exclusion.
// Needs the report texts (scripts/lib/reports.mjs: $SHARED_DIR, or ../shared); without them it says so loudly and,
// in CI, fails, because a completeness check that silently skips proves nothing.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeText } from '../../src/evidence/numbers.ts';
import { readContentFiles } from '../../src/evidence/read.ts';
import { validateEvidence } from '../../src/evidence/validate.ts';
import { boxedWarning, findShared, inCi } from '../../scripts/lib/reports.mjs';
import { inside, scan, spansOf, type Hit, type Span } from './quantities/patterns.ts';
import { EXCLUSIONS, REASONS } from './quantities/exclusions.ts';

const shared = findShared();
const seeds = shared ? join(shared, 'seeds') : '';
const available = !!shared && existsSync(join(seeds, 'index.json'));
const SOURCES = ['vos-mexico-2021', 'vos-mexico-briefing-2021', 'vos-peru-2021', 'vos-six-countries-2022', 'dh-mexico'];

const around = (text: string, h: Hit) =>
  `…${text.slice(Math.max(0, h.start - 90), h.start)}[${h.text}]${text.slice(h.end, h.end + 60)}…`;

describe.skipIf(!available)(
  'every quantity in words and every range the reports print is on the site or excluded with a reason',
  () => {
    const evidence = validateEvidence(readContentFiles(join(process.cwd(), 'content')));
    const index = available ? JSON.parse(readFileSync(join(seeds, 'index.json'), 'utf8')) : {};
    const reportText = (id: string) => normalizeText(readFileSync(join(seeds, index[id].file), 'utf8'));

    it('the exclusion list is well formed: a known report, a known reason, a finding of that report for "repeats"', () => {
      const findingSource = new Map(evidence.findings.map((f) => [f.id, f.source.id]));
      const bad = EXCLUSIONS.flatMap((e) => [
        ...(SOURCES.includes(e.source) ? [] : [`unknown source ${e.source}`]),
        ...(e.kind in REASONS ? [] : [`"${e.at}": unknown kind ${e.kind}`]),
        ...(e.reason.trim().length >= 10 && !e.reason.includes('\n') ? [] : [`"${e.at}": needs a one-line reason`]),
        ...(e.kind !== 'repeats' || (e.finding && findingSource.get(e.finding) === e.source)
          ? []
          : [`"${e.at}": "repeats" must name a finding of ${e.source} (got ${e.finding})`]),
      ]);
      expect(bad).toEqual([]);
    });

    for (const id of SOURCES) {
      it(id, () => {
        const text = reportText(id);
        const evidenceSpans: Span[] = [
          ...evidence.findings.filter((f) => f.source.id === id).flatMap((f) => spansOf(text, f.source.snippet)),
          ...evidence.charts
            .filter((c) => c.source.id === id)
            .flatMap((c) => c.source.snippets.flatMap((s) => spansOf(text, s))),
        ];
        const quoteSpans = evidence.quotes
          .filter((q) => q.sources.some((s) => s.id === id))
          .flatMap((q) => spansOf(text, q.text));
        const exclusions = EXCLUSIONS.filter((e) => e.source === id).map((e) => ({ e, spans: spansOf(text, e.at) }));
        const problems: string[] = [];
        for (const { e, spans } of exclusions) {
          if (spans.length === 0) problems.push(`exclusion not found in the report: "${e.at}"`);
          else if (spans.length > 1 && !e.everywhere)
            problems.push(`exclusion occurs ${spans.length} times: lengthen it, or set everywhere: true: "${e.at}"`);
        }
        const hits = scan(text);
        const used = new Set<number>();
        for (const h of hits) {
          if (inside(h, evidenceSpans) || inside(h, quoteSpans)) continue;
          const at = exclusions.findIndex(({ spans }) => inside(h, spans));
          if (at >= 0) used.add(at);
          else problems.push(`${h.pattern}: ${around(text, h)}`);
        }
        exclusions.forEach(({ e, spans }, i) => {
          if (spans.length && !used.has(i))
            problems.push(
              `exclusion covers no open hit (a finding now carries it, or the patterns changed): "${e.at}"`,
            );
        });
        expect(hits.length, 'the patterns found nothing: is the report text empty?').toBeGreaterThan(5);
        expect(
          problems,
          `${problems.length} quantities in words or ranges of ${id} are neither in a finding's snippet, a chart's snippets, a quote, nor excluded`,
        ).toEqual([]);
      });
    }
  },
);

describe('the quantity patterns find what they are meant to find', () => {
  const phrases = (s: string) => scan(normalizeText(s)).map((h) => h.text);
  it.each([
    ['in around half of cases', 'around half'],
    ['This represents roughly one in four of all their cases', 'roughly one in four'],
    ['Not one of the seven Albanian survivors', 'not one of the'],
    ['none of the Moldovan survivors', 'none of the'],
    ['between a third and half of the cases', 'between a third and half'],
    ['a prison sentence of four to eight years', 'four to eight years'],
    ['only 22%–30% of governmental organisations', '22%-30%'],
    ['Eight out of ten young women', 'eight out of ten young women'],
    ['nearly two-thirds of the boys', 'nearly two-thirds'],
    ['the majority of the participants', 'the majority of'],
    ['all the young people who participated', 'all the young people'],
    ['seven survivors', 'seven survivors'],
    ['15 times more likely', '15 times more'],
    ['More than a half of the respondents (50%, n=40)', 'more than a half'],
  ])('"%s" → "%s"', (sentence, expected) => {
    expect(phrases(sentence)).toContain(expected);
  });
  it('does not take a plain number of years or a date for a quantity in words', () => {
    expect(phrases('In 2021 the report was published; the law of 2023 applies.')).toEqual([]);
  });
});

if (!available) {
  boxedWarning('quantity-coverage: NOT RUN — the report texts were not found', [
    'The completeness of quantities in words and ranges (every one a report prints is on the site or excluded) was NOT checked.',
    'Put the report texts in ../shared/ beside the repo, or set SHARED_DIR. In CI this is a failure.',
  ]);
  it.runIf(inCi())('the report texts are available in CI', () => {
    expect(available, 'report texts not found ($SHARED_DIR or ../shared)').toBe(true);
  });
}
