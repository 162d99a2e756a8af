/**
 * Typed collections over content/. The JSON evidence is read and validated as a whole by src/evidence/read.ts
 * (so cross-record problems fail the build with file, record and field); the MDX country pages use Astro's glob loader.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { loadEvidence } from './evidence/read.ts';
import { loadHelp } from './evidence/readHelp.ts';
import { helpChannelSchema } from './evidence/helpSchema.ts';
import { chartSchema, countryPageSchema, countrySchema, findingSchema, quoteSchema, recommendationSchema, sourceSchema, themeSchema } from './evidence/schema.ts';

const fromEvidence = <K extends keyof ReturnType<typeof loadEvidence>>(kind: K) => async () => loadEvidence()[kind];

export const collections = {
  themes: defineCollection({ loader: fromEvidence('themes'), schema: themeSchema }),
  sources: defineCollection({ loader: fromEvidence('sources'), schema: sourceSchema }),
  countries: defineCollection({ loader: fromEvidence('countries'), schema: countrySchema }),
  quotes: defineCollection({ loader: fromEvidence('quotes'), schema: quoteSchema }),
  findings: defineCollection({ loader: fromEvidence('findings'), schema: findingSchema }),
  recommendations: defineCollection({ loader: fromEvidence('recommendations'), schema: recommendationSchema }),
  charts: defineCollection({ loader: fromEvidence('charts'), schema: chartSchema }),
  // Reporting channels and support services the reports name (content/help/), for /help/ and /data/help.*.
  help: defineCollection({ loader: async () => loadHelp(), schema: helpChannelSchema }),
  countryPages: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/country-pages' }), schema: countryPageSchema }),
};
