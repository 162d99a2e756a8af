/**
 * Controlled vocabularies shared by schemas, pages, search filters and tests.
 * Theme ids come from content/themes.json so the vocabulary has one home.
 */
import themes from '../../content/themes.json' with { type: 'json' };

export const sourceIds = ['vos-mexico-2021', 'vos-mexico-briefing-2021', 'vos-six-countries-2022', 'dh-mexico', 'vos-peru-2021'] as const;
export type SourceId = (typeof sourceIds)[number];

export const countryIds = ['albania', 'bosnia-and-herzegovina', 'colombia', 'mexico', 'moldova', 'peru'] as const;
export type CountryId = (typeof countryIds)[number];

export const countryNames: Record<CountryId, string> = {
  albania: 'Albania',
  'bosnia-and-herzegovina': 'Bosnia and Herzegovina',
  colombia: 'Colombia',
  mexico: 'Mexico',
  moldova: 'Moldova',
  peru: 'Peru',
};

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
