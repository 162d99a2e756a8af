/**
 * The content model: one zod schema per kind of evidence (z from astro/zod). Every field says what it holds.
 * Used by src/content.config.ts (typed collections) and by src/evidence/validate.ts (cross-record checks).
 * Messages are written for the person editing content/: they say what is wrong and what to do.
 */
import { z } from 'astro/zod';
import { chartKinds, countryIds, recommendationAreas, sourceIds, speakerTypes, themeIds, units } from './vocabulary.ts';
import { isValueWrittenIn } from './numbers.ts';

const text = z.string().trim().min(1, 'is empty');
const sourceId = z.enum(sourceIds, { error: (i) => `unknown source id ${JSON.stringify(i.input)} (known: ${sourceIds.join(', ')})` });
const countryId = z.enum(countryIds, { error: (i) => `unknown country ${JSON.stringify(i.input)} (known: ${countryIds.join(', ')})` });
const themeId = z.enum(themeIds, { error: (i) => `unknown theme ${JSON.stringify(i.input)} (see content/themes.json)` });
const themeList = z.array(themeId).min(1, 'needs at least one theme').max(3, 'takes at most three themes');
/** Record ids are used in URLs and anchors: lower-case letters, digits and hyphens. */
const recordId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and hyphens (it is used in URLs)');

/** Verbatim text: plain words only, so what is published is what the report prints. */
const verbatim = text.refine((s) => !/<[a-z/!]|\*|__|\[\^|\]\(/i.test(s), 'contains markup (HTML tags, markdown emphasis or links): keep plain text as printed');

export const themeSchema = z.object({
  /** Slug used in URLs and filters. */
  id: recordId,
  /** Display name. */
  name: text,
  /** One line saying what the theme covers. */
  description: text,
});

export const sourceSchema = z.object({
  id: sourceId,
  title: text,
  /** The "Suggested citation" exactly as the report prints it; null when it prints none (pages then build one from the fields). */
  citation: text.nullable(),
  authors: text,
  publisher: text,
  year: z.number().int().min(1990).max(2100),
  /** What kind of report it is (national report, briefing paper, …). */
  kind: text,
  countries: z.array(countryId).min(1),
  /** Implementing organisations as printed. */
  partners: z.array(text).default([]),
  /** Methods in brief, in our own words. */
  methods: text,
  /** Ids of the findings that give this report's sample sizes. */
  samples: z.array(recordId).default([]),
  /** Limitations, in our own words, one per item. */
  limitations: z.array(text).default([]),
  /** The heading under which the report states its limitations. */
  limitationsSection: z.string().nullable().optional(),
  /** Reuse terms as printed; null when the report prints none. */
  licence: text.nullable(),
});

export const countrySchema = z.object({
  id: countryId,
  /** Display name: the one home of the country's name (vocabulary.ts reads it as countryNames). */
  name: text,
  /** The capital, where the locator map puts the country's marker (approximate longitude and latitude). */
  capital: z.object({ name: text, lon: z.number().min(-180).max(180), lat: z.number().min(-90).max(90) }),
  /** Partner organisations as a report names them, with the snippet that names them. */
  partners: z.array(z.object({ name: text, source: sourceId, snippet: text })).min(1, 'needs its partner organisation'),
  /** What the evidence for this country covers, in our own words. */
  summary: text,
});

const quoteSource = z.object({
  id: sourceId,
  /** Section (number and heading) as printed. */
  section: text,
  /** The speaker code this report prints, where it differs from the first source's. */
  code: z.string().optional(),
});

export const quoteSchema = z.object({
  id: recordId,
  /** Verbatim, without surrounding quotation marks or the speaker code. */
  text: verbatim,
  speaker: z.object({
    /** The code the report prints (VoS-MX-03, YP, FW, "Conversations' Participant 9, Mexico", …); absent when it prints none. */
    code: text.optional(),
    type: z.enum(speakerTypes, { error: (i) => `unknown speaker type ${JSON.stringify(i.input)} (known: ${speakerTypes.join(', ')})` }),
    /** What the report prints about the speaker next to the quote (age, gender), if anything. */
    detail: z.string().optional(),
  }),
  country: countryId,
  themes: themeList,
  /** Every report that prints this quote; the first is the primary citation. */
  sources: z.array(quoteSource).min(1, 'needs at least one source'),
});

const percentCap = <T extends { unit: string; value: number }>(r: T) => r.unit !== 'percent' || (r.value >= 0 && r.value <= 100);

export const findingSchema = z
  .object({
    id: recordId,
    /** One sentence in our own words. */
    statement: text,
    value: z.number({ error: 'must be a number' }),
    unit: z.enum(units, { error: (i) => `unknown unit ${JSON.stringify(i.input)} (known: ${units.join(', ')})` }),
    /** Number of people (or cases) the value is out of; null when the report gives none. */
    n: z.number().int().positive().nullable(),
    /** The denominator in words. */
    base: text,
    country: z.union([countryId, z.literal('multi')]),
    themes: themeList,
    source: z.object({ id: sourceId, section: text, snippet: text.min(5, 'is too short to locate in the report') }),
    /** Conflicts with other statements of the report, ranges, caveats. */
    note: z.string().optional(),
    /** True for sample sizes (how many took part). */
    sample: z.boolean().optional(),
  })
  .refine(percentCap, { error: 'a percentage must be between 0 and 100', path: ['value'] })
  .refine((f) => isValueWrittenIn(f.source.snippet, f.value), { error: 'is not written in source.snippet: the snippet must print the value', path: ['value'] });

export const recommendationSchema = z.object({
  id: recordId,
  /** Number as printed, or null when the report does not number it. */
  number: z.string().nullable(),
  /** Title or first sentence as printed. */
  title: text,
  area: z.enum(recommendationAreas, { error: (i) => `unknown area ${JSON.stringify(i.input)} (known: ${recommendationAreas.join(', ')})` }),
  countries: z.array(countryId).min(1, 'needs at least one country'),
  source: z.object({ id: sourceId, section: text }),
  /** Our own words. */
  summary: text,
  /** Evidence the report itself ties to this recommendation. */
  related: z.object({ quotes: z.array(recordId).default([]), findings: z.array(recordId).default([]) }).default({ quotes: [], findings: [] }),
});

const point = z.object({ label: text, value: z.number({ error: 'must be a number' }) });

export const chartSchema = z
  .object({
    id: recordId,
    /** A takeaway, honest to the data. */
    title: text,
    description: text,
    /** For screen readers: every value in words. */
    longDescription: text,
    kind: z.enum(chartKinds, { error: (i) => `unknown chart kind ${JSON.stringify(i.input)} (known: ${chartKinds.join(', ')})` }),
    unit: z.enum(units),
    /** What n counts. */
    base: text,
    n: z.number().int().positive().nullable(),
    countries: z.array(countryId).min(1),
    themes: themeList,
    points: z.array(point).min(2, 'a chart needs at least two points').optional(),
    series: z.array(z.object({ name: text, points: z.array(point).min(1) })).min(1, 'needs at least one series').optional(),
    source: z.object({ id: sourceId, section: text, snippets: z.array(text).min(1, 'needs at least one verbatim snippet') }),
    /** What the report's own chart shows that its text does not. */
    notes: z.string().optional(),
  })
  .refine((c) => (c.points ? 1 : 0) + (c.series ? 1 : 0) === 1, { error: 'give either points or series, not both or neither', path: ['points'] })
  .superRefine((c, ctx) => {
    const all = [...(c.points ?? []).map((p) => ['points', p] as const), ...(c.series ?? []).flatMap((s) => s.points.map((p) => [`series ${s.name}`, p] as const))];
    for (const [where, p] of all) {
      if (c.unit === 'percent' && (p.value < 0 || p.value > 100)) ctx.addIssue({ code: 'custom', message: `${where} "${p.label}": a percentage must be between 0 and 100`, path: ['points'] });
      if (!c.source.snippets.some((s) => isValueWrittenIn(s, p.value)))
        ctx.addIssue({ code: 'custom', message: `${where} "${p.label}" = ${p.value} is not written in any of source.snippets`, path: ['points'] });
    }
  });

export const countryPageSchema = z.object({
  /** Which country this page is about. */
  country: countryId,
  title: text,
  /** One or two sentences for listings and the page description. */
  summary: text,
  /** Finding ids to lead the page with, in order. */
  keyFindings: z.array(recordId).default([]),
});

export type Theme = z.infer<typeof themeSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Country = z.infer<typeof countrySchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Finding = z.infer<typeof findingSchema>;
export type Recommendation = z.infer<typeof recommendationSchema>;
export type Chart = z.infer<typeof chartSchema>;
