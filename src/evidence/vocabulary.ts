/**
 * Controlled vocabularies shared by schemas, pages, search filters and tests.
 * Theme ids come from content/themes.json and country names from content/countries/*.json, so each fact has one
 * home; the list of country ids stays here because the schema's z.enum needs it before any content is read.
 */
import themes from '../../content/themes.json' with { type: 'json' };
import albania from '../../content/countries/albania.json' with { type: 'json' };
import bosniaAndHerzegovina from '../../content/countries/bosnia-and-herzegovina.json' with { type: 'json' };
import colombia from '../../content/countries/colombia.json' with { type: 'json' };
import mexico from '../../content/countries/mexico.json' with { type: 'json' };
import moldova from '../../content/countries/moldova.json' with { type: 'json' };
import peru from '../../content/countries/peru.json' with { type: 'json' };

export const sourceIds = ['vos-mexico-2021', 'vos-mexico-briefing-2021', 'vos-six-countries-2022', 'dh-mexico', 'vos-peru-2021'] as const;
export type SourceId = (typeof sourceIds)[number];

export const countryIds = ['albania', 'bosnia-and-herzegovina', 'colombia', 'mexico', 'moldova', 'peru'] as const;
export type CountryId = (typeof countryIds)[number];

/** The country files, keyed by id (their schema, countrySchema, is checked when the collections load). */
const countryFiles: Record<CountryId, { id: string; name: string }> = {
  albania, 'bosnia-and-herzegovina': bosniaAndHerzegovina, colombia, mexico, moldova, peru,
};
for (const [id, file] of Object.entries(countryFiles))
  if (file.id !== id) throw new Error(`content/countries/${id}.json: id is "${file.id}", expected "${id}"`);

/** Display names, as content/countries/<id>.json gives them. */
export const countryNames = Object.fromEntries(countryIds.map((id) => [id, countryFiles[id].name])) as Record<CountryId, string>;

export const themeIds = themes.map((t) => t.id) as [string, ...string[]];

export const speakerTypes = ['survivor', 'frontline-worker', 'justice-professional', 'expert', 'other'] as const;
export const speakerTypeNames: Record<(typeof speakerTypes)[number], string> = {
  survivor: 'Survivor',
  'frontline-worker': 'Frontline worker',
  'justice-professional': 'Justice professional',
  expert: 'Expert',
  other: 'Other',
};

export const units = ['percent', 'count', 'years', 'ratio', 'other'] as const;

export const recommendationAreas = [
  'reporting-mechanisms',
  'support-services',
  'justice-law-enforcement',
  'legislation-policy',
  'prevention-education',
  'internet-platforms',
  'professional-training',
  'family-community',
  'research-data',
  'survivor-participation',
] as const;
export const areaNames: Record<(typeof recommendationAreas)[number], string> = {
  'reporting-mechanisms': 'Reporting mechanisms',
  'support-services': 'Support services',
  'justice-law-enforcement': 'Justice and law enforcement',
  'legislation-policy': 'Legislation and policy',
  'prevention-education': 'Prevention and education',
  'internet-platforms': 'Internet platforms',
  'professional-training': 'Professional training',
  'family-community': 'Families and communities',
  'research-data': 'Research and data',
  'survivor-participation': 'Survivor participation',
};

export const chartKinds = ['bar', 'stacked', 'grouped', 'dot'] as const;
