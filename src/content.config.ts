/**
 * Typed collections over content/. The JSON evidence (one collection per kind) comes through the object loader in
 * src/evidence/loader.ts, which validates all of content/ once (so cross-record problems fail the build with file,
 * record and field) and reloads on edits in `astro dev`; the schemas here type the entries. The MDX country pages
 * use Astro's glob loader. To add a collection, add an entry to `collections`.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { evidenceLoader } from './evidence/loader.ts';
import { loadHelp } from './evidence/readHelp.ts';
import { helpChannelSchema } from './evidence/helpSchema.ts';
import {
  chartSchema,
  countryPageSchema,
  countrySchema,
  findingSchema,
  quoteSchema,
  recommendationSchema,
  sourceSchema,
  themeSchema,
} from './evidence/schema.ts';

export const collections = {
  themes: defineCollection({ loader: evidenceLoader('themes'), schema: themeSchema }),
  sources: defineCollection({ loader: evidenceLoader('sources'), schema: sourceSchema }),
  countries: defineCollection({ loader: evidenceLoader('countries'), schema: countrySchema }),
  quotes: defineCollection({ loader: evidenceLoader('quotes'), schema: quoteSchema }),
  findings: defineCollection({ loader: evidenceLoader('findings'), schema: findingSchema }),
  recommendations: defineCollection({ loader: evidenceLoader('recommendations'), schema: recommendationSchema }),
  charts: defineCollection({ loader: evidenceLoader('charts'), schema: chartSchema }),
  // Reporting channels and support services the reports name (content/help/), for /help/ and /data/help.*.
  help: defineCollection({ loader: async () => loadHelp(), schema: helpChannelSchema }),
  countryPages: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/country-pages' }),
    schema: countryPageSchema,
  }),
};
