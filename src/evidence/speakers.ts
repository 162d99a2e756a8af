/**
 * Who is speaking: each kind of speaker code the reports print, what the report says it stands for, and where it
 * is explained on /glossary/. QuoteCard and the search results link a code to its entry (glossaryUrl), and the
 * glossary page lists these entries; the explanations restate the reports' own method sections, nothing more.
 */
import type { Quote } from './schema.ts';
import type { SourceId } from './vocabulary.ts';

export interface SpeakerCodeKind {
  /** The anchor on /glossary/. */
  id: string;
  /** The code as a reader sees it (a pattern where the report numbers its speakers). */
  label: string;
  /** Codes of this kind, as the reports print them. */
  pattern: RegExp;
  /** The report that prints these codes. */
  source: SourceId;
  /** The section of that report that explains who the speakers are. */
  section: string;
  /** Who the speakers are, in our words, from that section. */
  meaning: string;
}

export const speakerCodeKinds: SpeakerCodeKind[] = [
  {
    id: 'yp',
    label: 'YP',
    pattern: /^YP$/,
    source: 'dh-mexico',
    section: 'Methods: Interviews with children and young people subjected to tech-facilitated sexual exploitation',
    meaning:
      'A young person interviewed for Disrupting Harm in Mexico: 20 girls and young women aged 16 to 24, from Morelos and Nayarit. The report marks their words with (YP); some were 16 or 17, and so children, when interviewed.',
  },
  {
    id: 'fw',
    label: 'FW',
    pattern: /^FW$/,
    source: 'dh-mexico',
    section: 'Methods: Interviews with front-line workers',
    meaning:
      'A front-line worker interviewed for Disrupting Harm in Mexico: 15 people such as social workers, psychotherapists and police who support children subjected to this abuse, in Nayarit and Morelos. Only Disrupting Harm prints this code.',
  },
  {
    id: 'jp',
    label: 'JP',
    pattern: /^JP$/,
    source: 'dh-mexico',
    section: 'Methods: Interviews with justice professionals',
    meaning:
      'A justice professional interviewed for Disrupting Harm in Mexico: 15 people such as lawyers, judges, magistrates and prosecutors who had worked on a case of this abuse in the last five years, in Morelos and Nayarit.',
  },
  {
    id: 'vos-mx',
    label: 'VoS-MX-01 … VoS-MX-10',
    pattern: /^VoS-MX-\d+$/,
    source: 'vos-mexico-2021',
    section: 'Methodology: Conversations with survivors',
    meaning:
      'One of the ten young survivors (nine young women and one young man, aged 18 to 21) who took part in the conversations for the Mexico report. The report prints the code after their words; the number tells the participants apart.',
  },
  {
    id: 'vos-pe',
    label: 'VoS-PE-01 … VoS-PE-10',
    pattern: /^VoS-PE-\d+$/,
    source: 'vos-peru-2021',
    section: 'Methodology: Conversations with survivors',
    meaning:
      'One of the six young women, aged 18 to 20, who took part in one-on-one conversations for the Peru report. The report prints the code after their words; the number tells the participants apart.',
  },
  {
    id: 'conversations-participant',
    label: 'Conversations’ Participant N, Country',
    pattern: /^Conversations.? Participant \d+, /,
    source: 'vos-six-countries-2022',
    section: 'Methods: Conversations with survivors',
    meaning:
      'A young survivor who took part in the conversations in that country, in the six-country report. N tells the participants of one country apart, so Participant 5 in Peru and Participant 5 in Moldova are different people. Some of them also speak in the national reports under a VoS code.',
  },
  {
    id: 'survey-respondent',
    label: 'Survey Respondent from Country',
    pattern: /^Survey Respondent (?:from|in) /,
    source: 'vos-six-countries-2022',
    section: "Methods: Frontline support workers' survey",
    meaning:
      'A frontline support worker in that country who answered the survey of the six-country report (413 workers completed it). The report prints no number, so two such quotes may or may not be the same person.',
  },
];

/** Explains the words shown where a report prints no code: the speaker type instead. */
export const noCodeEntry = {
  id: 'no-code',
  label: 'No code: Frontline worker, Survivor, …',
  meaning:
    'The Mexico and Peru Voices of Survivors reports print frontline workers’ survey answers without a code (in boxes of their own), so the site names only the kind of speaker. Where a report prints no code, nothing is added.',
};

/** The glossary entry a printed code belongs to; undefined for a code no entry describes. */
export const speakerCodeKind = (code: string) => speakerCodeKinds.find((k) => k.pattern.test(code));

/** Where the speaker of a quote is explained: the entry for its code, or the no-code entry. */
export function glossaryUrl(q: Pick<Quote, 'speaker'>): string {
  const kind = q.speaker.code ? speakerCodeKind(q.speaker.code) : undefined;
  return `/glossary/#${kind?.id ?? noCodeEntry.id}`;
}
