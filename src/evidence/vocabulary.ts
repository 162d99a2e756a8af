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

export const sourceIds = [
  'vos-mexico-2021',
  'vos-mexico-briefing-2021',
  'vos-six-countries-2022',
  'dh-mexico',
  'vos-peru-2021',
] as const;
export type SourceId = (typeof sourceIds)[number];

export const countryIds = ['albania', 'bosnia-and-herzegovina', 'colombia', 'mexico', 'moldova', 'peru'] as const;
export type CountryId = (typeof countryIds)[number];

/** The country files, keyed by id (their schema, countrySchema, is checked when the collections load). */
const countryFiles: Record<CountryId, { id: string; name: string }> = {
  albania,
  'bosnia-and-herzegovina': bosniaAndHerzegovina,
  colombia,
  mexico,
  moldova,
  peru,
};
for (const [id, file] of Object.entries(countryFiles))
  if (file.id !== id) throw new Error(`content/countries/${id}.json: id is "${file.id}", expected "${id}"`);

/** Display names, as content/countries/<id>.json gives them. */
export const countryNames = Object.fromEntries(countryIds.map((id) => [id, countryFiles[id].name])) as Record<
  CountryId,
  string
>;

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

/**
 * Whose numbers: see src/evidence/scope.ts. "cited-study": an earlier study the report cites, not data from our
 * countries.
 */
export const scopeKinds = ['country', 'pooled', 'by-country', 'cited-study'] as const;

/** The legal analysis of Disrupting Harm in Mexico covers federal law and the codes of two states. */
export const jurisdictions = ['federal', 'nayarit', 'morelos'] as const;
export type Jurisdiction = (typeof jurisdictions)[number];
export const jurisdictionNames: Record<Jurisdiction, string> = {
  federal: 'Federal law',
  nayarit: 'Nayarit',
  morelos: 'Morelos',
};

/** Rows of the legal framework table, in reading order. */
export const legalTopics = [
  'grooming',
  'sexual-extortion',
  'csam-offences',
  'csam-access',
  'csam-definition',
  'csam-terminology',
  'livestreaming',
  'sexual-privacy',
  'self-generated',
  'exposure-to-pornography',
  'limitation-periods',
  'reporting-without-complaint',
  'child-friendly-justice',
  'expedited-procedures',
  'compensation',
  'juvenile-justice',
  'platform-duties',
  'data-retention',
] as const;
export type LegalTopic = (typeof legalTopics)[number];
export const legalTopicNames: Record<LegalTopic, string> = {
  grooming: 'Online grooming',
  'sexual-extortion': 'Sexual extortion of children',
  'csam-offences': 'Producing, possessing and sharing child sexual abuse material',
  'csam-access': 'Simple access to child sexual abuse material',
  'csam-definition': 'Definition of child sexual abuse material',
  'csam-terminology': 'Terminology',
  livestreaming: 'Livestreamed abuse',
  'sexual-privacy': 'Sharing sexual material without consent ("violation of sexual privacy")',
  'self-generated': 'Self-generated material shared by children',
  'exposure-to-pornography': 'Exposing children to pornographic content',
  'limitation-periods': 'Limitation periods',
  'reporting-without-complaint': 'Prosecution without a complaint by the child',
  'child-friendly-justice': 'Protecting children in proceedings',
  'expedited-procedures': 'Expedited procedures',
  compensation: 'Compensation',
  'juvenile-justice': 'Children in conflict with the law',
  'platform-duties': 'Duties of platforms and service providers',
  'data-retention': 'Data retention',
};
export const legalStatuses = ['covered', 'partial', 'gap'] as const;
export type LegalStatus = (typeof legalStatuses)[number];
export const legalStatusNames: Record<LegalStatus, string> = {
  covered: 'Covered',
  partial: 'Partly covered',
  gap: 'Gap',
};
