/**
 * The content model: one zod schema per kind of evidence (z from astro/zod). Every field says what it holds.
 * Used by src/content.config.ts (typed collections) and by src/evidence/validate.ts (cross-record checks).
 * Messages are written for the person editing content/: they say what is wrong and what to do.
 */
import { z } from 'astro/zod';
import {
  chartKinds,
  countryIds,
  jurisdictions,
  legalStatuses,
  legalTopics,
  recommendationAreas,
  scopeKinds,
  sourceIds,
  speakerTypes,
  themeIds,
  units,
} from './vocabulary.ts';
import { isQuantityWrittenIn, isValueWrittenIn } from './numbers.ts';

const text = z.string().trim().min(1, 'is empty');
const sourceId = z.enum(sourceIds, {
  error: (i) => `unknown source id ${JSON.stringify(i.input)} (known: ${sourceIds.join(', ')})`,
});
const countryId = z.enum(countryIds, {
  error: (i) => `unknown country ${JSON.stringify(i.input)} (known: ${countryIds.join(', ')})`,
});
const themeId = z.enum(themeIds, {
  error: (i) => `unknown theme ${JSON.stringify(i.input)} (see content/themes.json)`,
});
const themeList = z.array(themeId).min(1, 'needs at least one theme').max(3, 'takes at most three themes');
/** Record ids are used in URLs and anchors: lower-case letters, digits and hyphens. */
const recordId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and hyphens (it is used in URLs)');

/** Verbatim text: plain words only, so what is published is what the report prints. */
const verbatim = text.refine(
  (s) => !/<[a-z/!]|\*|__|\[\^|\]\(/i.test(s),
  'contains markup (HTML tags, markdown emphasis or links): keep plain text as printed',
);

/**
 * A note for the people editing content/ (how a snippet was cut, what the text file garbles): never rendered, never
 * exported.
 */
const editorNote = z.string().optional();

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
  /**
   * The "Suggested citation" exactly as the report prints it; null when it prints none (pages then build one from the
   * fields).
   */
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
    /**
     * The code the report prints (VoS-MX-03, YP, FW, "Conversations' Participant 9, Mexico", …); absent when it prints
     * none.
     */
    code: text.optional(),
    type: z.enum(speakerTypes, {
      error: (i) => `unknown speaker type ${JSON.stringify(i.input)} (known: ${speakerTypes.join(', ')})`,
    }),
    /** What the report prints about the speaker next to the quote (age, gender), if anything. */
    detail: z.string().optional(),
  }),
  country: countryId,
  themes: themeList,
  /**
   * True when the quote describes sexual abuse or its images in detail (reviewed by hand; criteria in
   * content/README.md). Pages show it collapsed behind a notice, and search results do the same.
   */
  explicit: z.literal(true, { error: 'explicit is either true or left out' }).optional(),
  /** Every report that prints this quote; the first is the primary citation. */
  sources: z.array(quoteSource).min(1, 'needs at least one source'),
  editorNote,
});

/**
 * Whose numbers these are (read by src/evidence/scope.ts, shown beside every number): one country's, several
 * countries' pooled, several side by side, or an earlier study the report cites (no country of ours).
 */
export const scopeSchema = z
  .object(
    {
      kind: z.enum(scopeKinds, {
        error: (i) => `unknown scope kind ${JSON.stringify(i.input)} (known: ${scopeKinds.join(', ')})`,
      }),
      /** The countries the number rests on: exactly one for "country", none for "cited-study". */
      countries: z.array(countryId),
      /**
       * The sample it rests on, in words ("413 frontline workers surveyed in six countries"), where the base alone does
       * not say.
       */
      sample: text.optional(),
    },
    {
      error: (i) =>
        i.input === undefined
          ? 'is missing: say whose numbers these are ({ "kind": "country", "countries": ["peru"] })'
          : 'must be an object { kind, countries, sample? }',
    },
  )
  .refine(
    (s) =>
      s.kind === 'country'
        ? s.countries.length === 1
        : s.kind === 'cited-study'
          ? s.countries.length === 0
          : s.countries.length >= 2,
    {
      error: '"country" takes exactly one country, "pooled" and "by-country" at least two, "cited-study" none',
      path: ['countries'],
    },
  );

/** Where a legal finding sits in the legal framework table (src/pages/countries/[slug]/legal.astro). */
const legalSchema = z.object({
  /** The laws the statement is about: federal law and/or a state's code. */
  jurisdictions: z.array(z.enum(jurisdictions)).min(1, 'needs at least one jurisdiction'),
  /** The row of the table. */
  topic: z.enum(legalTopics, {
    error: (i) => `unknown legal topic ${JSON.stringify(i.input)} (known: ${legalTopics.join(', ')})`,
  }),
  /** What the report says of it: covered, partly covered, or a gap. */
  status: z.enum(legalStatuses),
});

export const findingSchema = z
  .object({
    id: recordId,
    /** One sentence in our own words. */
    statement: text,
    /**
     * The number as printed; absent when the report gives the quantity in words only, or none (a qualitative finding).
     */
    value: z.number({ error: 'must be a number' }).optional(),
    /** The upper end of a range the report prints ("four to eight years": value 4, valueHigh 8). */
    valueHigh: z.number({ error: 'must be a number' }).optional(),
    /** The quantity in the report's own words ("around half", "one in five"); must occur in the snippet. */
    quantity: text.optional(),
    /** Required with a value. */
    unit: z
      .enum(units, { error: (i) => `unknown unit ${JSON.stringify(i.input)} (known: ${units.join(', ')})` })
      .optional(),
    /** Number of people (or cases) the value is out of; null when the report gives none. */
    n: z.number().int().positive().nullable(),
    /** The denominator in words; required with a value or a quantity. */
    base: text.optional(),
    country: z.union([countryId, z.literal('multi')]),
    scope: scopeSchema,
    themes: themeList,
    source: z.object({ id: sourceId, section: text, snippet: text.min(5, 'is too short to locate in the report') }),
    /** For readers: conflicts with other statements of the report, ranges, caveats. Rendered. */
    note: z.string().optional(),
    editorNote,
    /** True for sample sizes (how many took part). */
    sample: z.boolean().optional(),
    /** Only for the legal analysis: its place in the legal framework table. */
    legal: legalSchema.optional(),
  })
  .superRefine((f, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', message, path: [path] });
    if (f.value !== undefined) {
      if (!f.unit) issue('unit', 'is required when the finding has a value');
      if (!f.base) issue('base', 'is required when the finding has a value (say what the value is out of)');
      if (f.unit === 'percent' && (f.value < 0 || f.value > 100))
        issue('value', 'a percentage must be between 0 and 100');
      if (!isValueWrittenIn(f.source.snippet, f.value))
        issue('value', 'is not written in source.snippet: the snippet must print the value');
    }
    if (f.valueHigh !== undefined) {
      if (f.value === undefined) issue('valueHigh', 'needs value (the low end of the range)');
      else if (f.valueHigh < f.value)
        issue('valueHigh', `is below value (${f.valueHigh} < ${f.value}): a range runs from value up to valueHigh`);
      if (f.unit === 'percent' && (f.valueHigh < 0 || f.valueHigh > 100))
        issue('valueHigh', 'a percentage must be between 0 and 100');
      if (!isValueWrittenIn(f.source.snippet, f.valueHigh))
        issue('valueHigh', 'is not written in source.snippet: the snippet must print both ends of the range');
    }
    if (f.quantity !== undefined && !isQuantityWrittenIn(f.source.snippet, f.quantity))
      issue(
        'quantity',
        `"${f.quantity}" is not written in source.snippet: give the words exactly as the snippet prints them`,
      );
    if (f.country !== 'multi' && !(f.scope.kind === 'country' && f.scope.countries[0] === f.country))
      issue('scope', `a finding about ${f.country} has scope kind "country" with countries ["${f.country}"]`);
    if (f.country === 'multi' && f.scope.kind === 'country')
      issue('scope', 'a finding with country "multi" cannot have scope kind "country"');
  });

const related = z
  .object({ quotes: z.array(recordId).default([]), findings: z.array(recordId).default([]) })
  .default({ quotes: [], findings: [] });

export const recommendationSchema = z.object({
  id: recordId,
  /** Number as printed, or null when the report does not number it. */
  number: z.string().nullable(),
  /** Title or first sentence as printed. */
  title: text,
  area: z.enum(recommendationAreas, {
    error: (i) => `unknown area ${JSON.stringify(i.input)} (known: ${recommendationAreas.join(', ')})`,
  }),
  countries: z.array(countryId).min(1, 'needs at least one country'),
  /** The primary report that prints it. */
  source: z.object({ id: sourceId, section: text }),
  /**
   * Other reports that print the same recommendation (e.g. a national report's briefing paper), with their section and
   * number.
   */
  alsoIn: z.array(z.object({ id: sourceId, section: text, number: z.string().nullable() })).default([]),
  /** Our own words. */
  summary: text,
  /**
   * Sections of its report (as records' source.section begins) whose evidence the recommendation's own words restate,
   * e.g. Disrupting Harm's 6.1 restating the legal gaps of section 1.1. Only for links the report makes.
   */
  cites: z.array(text).default([]),
  /**
   * Evidence the report itself ties to this recommendation: printed under it (its own section and number) or in a
   * section listed in `cites`. Checked by src/evidence/validate.ts.
   */
  related,
  /** Related evidence on this site that we linked by topic; never presented as the report's own link. */
  topical: related,
  editorNote,
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
    kind: z.enum(chartKinds, {
      error: (i) => `unknown chart kind ${JSON.stringify(i.input)} (known: ${chartKinds.join(', ')})`,
    }),
    unit: z.enum(units),
    /** What n counts. */
    base: text,
    n: z.number().int().positive().nullable(),
    countries: z.array(countryId).min(1),
    themes: themeList,
    points: z.array(point).min(2, 'a chart needs at least two points').optional(),
    series: z
      .array(z.object({ name: text, points: z.array(point).min(1) }))
      .min(1, 'needs at least one series')
      .optional(),
    source: z.object({
      id: sourceId,
      section: text,
      snippets: z.array(text).min(1, 'needs at least one verbatim snippet'),
    }),
    /** For readers: what the report's own chart shows that its text does not. Rendered. */
    notes: z.string().optional(),
    editorNote,
    scope: scopeSchema,
  })
  .refine(
    (c) => c.scope.countries.length === 0 || [...c.scope.countries].sort().join() === [...c.countries].sort().join(),
    {
      error: "must name the same countries as the chart's countries",
      path: ['scope', 'countries'],
    },
  )
  .refine((c) => (c.points ? 1 : 0) + (c.series ? 1 : 0) === 1, {
    error: 'give either points or series, not both or neither',
    path: ['points'],
  })
  .superRefine((c, ctx) => {
    const all = [
      ...(c.points ?? []).map((p) => ['points', p] as const),
      ...(c.series ?? []).flatMap((s) => s.points.map((p) => [`series ${s.name}`, p] as const)),
    ];
    for (const [where, p] of all) {
      if (c.unit === 'percent' && (p.value < 0 || p.value > 100))
        ctx.addIssue({
          code: 'custom',
          message: `${where} "${p.label}": a percentage must be between 0 and 100`,
          path: ['points'],
        });
      if (!c.source.snippets.some((s) => isValueWrittenIn(s, p.value)))
        ctx.addIssue({
          code: 'custom',
          message: `${where} "${p.label}" = ${p.value} is not written in any of source.snippets`,
          path: ['points'],
        });
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
export type Scope = z.infer<typeof scopeSchema>;
