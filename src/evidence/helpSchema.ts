/**
 * Where to get help: the reporting channels and support services the reports name, one record per channel
 * (content/help/<country>.json). Used by the `help` collection (src/content.config.ts), the /help/ page and the
 * /data/help.* exports. A channel is only ever what a report prints: its name and its number or address must be
 * written in the record's verbatim snippet (checked here), and the snippet must be written in the report
 * (checked against the report texts by scripts/content/check-provenance.mjs and, on the built site, by
 * scripts/check/help-provenance.mjs).
 */
import { z } from 'astro/zod';
import { countryIds, sourceIds } from './vocabulary.ts';
import { normalizeText } from './numbers.ts';

/** Kinds of channel, in the order a country's channels are listed: emergency routes first. */
export const helpKinds = [
  'emergency-line',
  'helpline',
  'online-reporting',
  'police-prosecution',
  'public-support',
  'ngo-support',
] as const;
export type HelpKind = (typeof helpKinds)[number];
export const helpKindNames: Record<HelpKind, string> = {
  'emergency-line': 'Emergency line',
  helpline: 'Helpline or hotline',
  'online-reporting': 'Online reporting',
  'police-prosecution': 'Police and prosecutors',
  'public-support': 'Public protection and victim support',
  'ngo-support': 'Support from a non-governmental organisation',
};

const text = z.string().trim().min(1, 'is empty');
const sourceId = z.enum(sourceIds, {
  error: (i) => `unknown source id ${JSON.stringify(i.input)} (known: ${sourceIds.join(', ')})`,
});
const countryId = z.enum(countryIds, {
  error: (i) => `unknown country ${JSON.stringify(i.input)} (known: ${countryIds.join(', ')})`,
});
/** Plain text as printed: no markup, so what is published is what the report prints. */
const verbatim = text.refine(
  (s) => !/<[a-z/!]|\*|__|\[\^|\]\(/i.test(s),
  'contains markup (HTML tags, markdown emphasis or links): keep plain text as printed',
);

/** Is `part` written in `snippet`, compared as the provenance check compares text (case, quotes, dashes, spacing)? */
export const isWrittenIn = (snippet: string, part: string) => normalizeText(snippet).includes(normalizeText(part));

/** The host of a web address printed without a scheme ("www.siguronline.md", "ISIGURT.al"), lower-cased. */
const hostOf = (printed: string) =>
  printed
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .split('/')[0]!;

const mention = z.object({
  id: sourceId,
  /** Section (number and heading) as printed. */
  section: text,
  /** The name as this report prints it. */
  name: text,
  /** Verbatim text of the report in which the name is written. */
  snippet: verbatim.pipe(z.string().min(12, 'is too short to locate in the report')),
});

export const helpChannelSchema = z
  .object({
    /** Slug used as the anchor on /help/: lower-case letters, digits and hyphens. */
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and hyphens (it is used in URLs)'),
    country: countryId,
    /** The name exactly as the report prints it. */
    name: text,
    kind: z.enum(helpKinds, {
      error: (i) => `unknown kind ${JSON.stringify(i.input)} (known: ${helpKinds.join(', ')})`,
    }),
    /** What the report says the channel does or offers, in our own words and no sharper than the report. */
    does: text,
    /** The number or address exactly as printed; absent when the report prints none. */
    contact: text.optional(),
    /** A link to the channel's website, only when `contact` prints its address: https:// plus the printed host. */
    website: z.url({ protocol: /^https$/, error: 'must be an https:// address' }).optional(),
    /** The report, section and verbatim snippet in which the name (and contact) are written. */
    source: mention.omit({ name: true }),
    /** Other places (this or another report) that name the same channel, each with the name as printed there. */
    alsoIn: z.array(mention).default([]),
  })
  .superRefine((h, ctx) => {
    if (!isWrittenIn(h.source.snippet, h.name))
      ctx.addIssue({
        code: 'custom',
        path: ['name'],
        message: `"${h.name}" is not written in source.snippet: the snippet must print the name`,
      });
    if (h.contact !== undefined && !isWrittenIn(h.source.snippet, h.contact))
      ctx.addIssue({
        code: 'custom',
        path: ['contact'],
        message: `"${h.contact}" is not written in source.snippet: the snippet must print the number or address`,
      });
    h.alsoIn.forEach((m, i) => {
      if (!isWrittenIn(m.snippet, m.name))
        ctx.addIssue({
          code: 'custom',
          path: ['alsoIn', i, 'name'],
          message: `"${m.name}" is not written in alsoIn[${i}].snippet`,
        });
    });
    if (h.website !== undefined && (h.contact === undefined || new URL(h.website).host !== hostOf(h.contact)))
      ctx.addIssue({
        code: 'custom',
        path: ['website'],
        message: `must be the address printed in contact (https://${h.contact ? hostOf(h.contact) : '…'}/); link only to what the report prints`,
      });
    if (h.kind === 'emergency-line' && h.contact === undefined)
      ctx.addIssue({ code: 'custom', path: ['contact'], message: 'an emergency line needs its number as printed' });
  });

export type HelpChannel = z.infer<typeof helpChannelSchema>;
