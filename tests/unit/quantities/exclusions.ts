// Quantities in words and ranges in the report texts that are deliberately NOT findings, each with its reason.
// quantity-coverage.test.ts fails on any phrase that is neither here nor in a finding's or chart's snippet (nor in a
// quote), and on any exclusion here that no longer covers a phrase. `at` is the report's own words around the phrase
// (verbatim, compared as normalizeText folds it), long enough to occur once; `everywhere: true` excludes every
// occurrence.

/** The kinds of reason, for the counts; each exclusion also says its own reason in one line. */
export const REASONS = {
  design: 'study design or sample: how many took part, which countries, who ran it',
  method: 'describes the method or a limitation, not a result',
  background: 'a study, estimate or general claim the report cites, not its own data',
  repeats: 'repeats a result that a finding of the same report already carries',
  'not-a-quantity': 'the words are not a quantity here (a date, a name, a phrase)',
  law: 'the content of a law or a recommendation, not a measured result',
} as const;

export interface Exclusion {
  source: string;
  /** The report's words around the phrase, verbatim. */
  at: string;
  kind: keyof typeof REASONS;
  /** One line: why this is not a finding. */
  reason: string;
  /** For kind "repeats": the finding that already carries the result. */
  finding?: string;
  /** Exclude every occurrence of `at` (a phrase the report repeats, e.g. the survey's age range). */
  everywhere?: true;
}

export const EXCLUSIONS: Exclusion[] = [
  // Voices of Survivors, Mexico (national report)
  {
    source: 'vos-mexico-2021',
    at: 'in reality, the vast majority of cases of child sexual exploitation and abuse go unreported',
    kind: 'background',
    reason: 'a general claim in the introduction, not a result of this research',
  },
  {
    source: 'vos-mexico-2021',
    at: 'alongside data from five other countries involved in the project',
    kind: 'design',
    reason: 'the number of other project countries at the roundtable',
  },
  {
    source: 'vos-mexico-2021',
    at: 'similar national reports are available for all project countries along with a project report summarising the findings across the six target countries',
    kind: 'design',
    reason: 'the project countries and their reports',
  },
  {
    source: 'vos-mexico-2021',
    at: 'inclusion criteria included, inter alia, being aged between 18 to 24 years old',
    kind: 'method',
    reason: 'the age criterion for taking part in the conversations',
  },
  {
    source: 'vos-mexico-2021',
    at: 'The ten young people decided to conduct one-on-one conversations',
    kind: 'method',
    reason: 'how the conversations were held; the sample of ten is finding vmx-f-005',
  },
  {
    source: 'vos-mexico-2021',
    at: 'the majority of the participants expressed positive feedbacks about the approach',
    kind: 'method',
    reason: "participants' feedback on the research approach, not evidence about exploitation or services",
  },
  {
    source: 'vos-mexico-2021',
    at: 'administration had to happen by phone in all cases',
    kind: 'method',
    reason: 'how the survey was administered',
  },
  {
    source: 'vos-mexico-2021',
    at: 'as data collection occurred in the first half of 2021',
    kind: 'not-a-quantity',
    reason: 'a date (the first half of the year), not a quantity',
  },
  {
    source: 'vos-mexico-2021',
    at: 'survey data show that most of the frontline workers had provided some support for boys',
    kind: 'repeats',
    finding: 'vmx-f-011',
    reason: "the words introduce the next sentence's 79 per cent",
  },
  {
    source: 'vos-mexico-2021',
    at: 'were able to include just one young man along with the nine young women for the conversations',
    kind: 'design',
    reason: 'the sample of the conversations by gender (findings vmx-f-006 and vmx-f-007)',
  },
  {
    source: 'vos-mexico-2021',
    at: 'ensuring equitable access for girls, boys and all young people',
    kind: 'not-a-quantity',
    reason: "the young people's recommendation, not a count",
  },
  {
    source: 'vos-mexico-2021',
    at: 'the fact that most of the frontline workers believed that there is little awareness',
    kind: 'repeats',
    finding: 'vmx-f-024',
    reason: 'restates the 69 per cent who rated public awareness as poor',
  },
  {
    source: 'vos-mexico-2021',
    at: 'As mentioned earlier in this report, four young people who engaged in the conversations were supported by a private shelter',
    kind: 'repeats',
    finding: 'vmx-f-042',
    reason: 'the report repeats its earlier statement, as it says',
  },

  {
    source: 'vos-mexico-2021',
    at: 'which was then pilot-tested with a small number of frontline workers',
    kind: 'method',
    reason: 'how the survey was tested',
  },
  {
    source: 'vos-mexico-2021',
    at: 'It is surprising that such a small number of respondents believed that the school should participate',
    kind: 'repeats',
    finding: 'vmx-f-046',
    reason: 'comments on the 9 per cent who said the school should be informed',
  },

  // Voices of Survivors, Mexico (briefing paper)
  {
    source: 'vos-mexico-briefing-2021',
    at: 'abuse online in six countries, including Mexico',
    kind: 'design',
    reason: 'the number of project countries',
  },
  {
    source: 'vos-mexico-briefing-2021',
    at: 'A total of six countries were involved in the Voices of Survivors project',
    kind: 'design',
    reason: 'the number of project countries (a footnote)',
  },

  // Voices of Survivors, Peru
  {
    source: 'vos-peru-2021',
    at: 'in reality, the vast majority of cases of child sexual exploitation and abuse go unreported',
    kind: 'background',
    reason: 'a general claim in the introduction, not a result of this research',
  },
  {
    source: 'vos-peru-2021',
    at: 'alongside data from five other countries involved in the project',
    kind: 'design',
    reason: 'the number of other project countries at the roundtable',
  },
  {
    source: 'vos-peru-2021',
    at: 'similar national reports are available for all project countries along with a project report summarising the findings across the six target countries',
    kind: 'design',
    reason: 'the project countries and their reports',
  },
  {
    source: 'vos-peru-2021',
    at: 'who worked together with four professionals with experience in ethics and integrity in research',
    kind: 'design',
    reason: 'study design count: the professionals who worked with the facilitators',
  },
  {
    source: 'vos-peru-2021',
    at: 'inclusion criteria included, inter alia, being aged between 18 to 24 years old',
    kind: 'method',
    reason: 'the age criterion for taking part in the conversations',
  },
  {
    source: 'vos-peru-2021',
    at: 'All of them were identified through the work carried out by the Centre for Legal and Psychosocial Care',
    kind: 'design',
    reason: 'how the participants were recruited',
  },
  {
    source: 'vos-peru-2021',
    at: 'The six young women decided to conduct one-on-one conversations',
    kind: 'method',
    reason: 'how the conversations were held; the sample of six is a finding',
  },
  {
    source: 'vos-peru-2021',
    at: 'In most cases, the pre-meetings were carried out using online communication platforms',
    kind: 'method',
    reason: 'how the pre-meetings were held',
  },
  {
    source: 'vos-peru-2021',
    at: 'as data collection occurred in the first half of 2021',
    kind: 'not-a-quantity',
    reason: 'a date (the first half of the year), not a quantity',
  },
  {
    source: 'vos-peru-2021',
    at: 'When providing qualitative input, two of them mentioned the need to address the roots of the problem',
    kind: 'method',
    reason: 'counts the workers whose comment the report then quotes; not a survey result',
  },

  {
    source: 'vos-peru-2021',
    at: 'which was then pilot-tested with a small number of frontline workers',
    kind: 'method',
    reason: 'how the survey was tested',
  },
  {
    source: 'vos-peru-2021',
    at: 'The survey data, however, showed that a greater proportion of the impacted boys were younger',
    kind: 'repeats',
    finding: 'vpe-f-022',
    reason: "introduces the next sentence's 32 and 20 per cent",
  },

  // Voices of Survivors, six countries
  {
    source: 'vos-six-countries-2022',
    at: 'implemented by member organisations of the ECPAT network in the six target countries',
    kind: 'design',
    reason: 'the project countries',
  },
  {
    source: 'vos-six-countries-2022',
    at: 'implemented at national level by the following six organisations',
    kind: 'design',
    reason: 'the partner organisations that ran the research',
  },
  {
    source: 'vos-six-countries-2022',
    at: 'facilitated by local professionals (in most cases psychologists)',
    kind: 'design',
    reason: 'study design: who facilitated the conversations',
  },
  {
    source: 'vos-six-countries-2022',
    at: 'administered by ECPAT International member organisations in the six project countries',
    kind: 'design',
    reason: 'the project countries',
  },
  {
    source: 'vos-six-countries-2022',
    at: 'the conversations took place in all countries but Bosnia and Herzegovina',
    kind: 'design',
    reason: 'where the conversations were held (scope of the pooled findings)',
  },
  {
    source: 'vos-six-countries-2022',
    at: 'This means that one in five children they were supporting had related concerns',
    kind: 'repeats',
    finding: 'v6-f-084',
    reason: 'the executive summary restates the 18 per cent; the finding notes it',
  },
  {
    source: 'vos-six-countries-2022',
    at: "were emerging in 'more than half' of their cases with girls",
    kind: 'repeats',
    finding: 'v6-f-100',
    reason: 'the executive summary restates the finding; the finding notes it',
  },
  {
    source: 'vos-six-countries-2022',
    at: 'There were no statistically significant differences across the six countries in this regard',
    kind: 'not-a-quantity',
    reason: 'names the six countries; no quantity',
  },
  {
    source: 'vos-six-countries-2022',
    at: 'money was exchanged in order to enable child sexual exploitation and abuse online in around half of instances',
    kind: 'repeats',
    finding: 'v6-f-147',
    reason: 'the executive summary restates the finding on money',
  },
  {
    source: 'vos-six-countries-2022',
    at: 'Across the six countries, instances of ignoring child sexual exploitation and abuse',
    everywhere: true,
    kind: 'not-a-quantity',
    reason: 'names the six countries; no quantity',
  },
  {
    source: 'vos-six-countries-2022',
    at: 'pictures of their houses) of five survivors had been published by the media',
    kind: 'repeats',
    finding: 'v6-f-120',
    reason: 'the executive summary restates the finding on published personal data',
  },
  {
    source: 'vos-six-countries-2022',
    at: 'There was statistically significant difference between the six countries',
    kind: 'not-a-quantity',
    reason: 'names the six countries; no quantity',
  },
  {
    source: 'vos-six-countries-2022',
    at: 'a scenario where two adolescents were dating',
    kind: 'method',
    reason: 'describes a survey scenario',
  },
  {
    source: 'vos-six-countries-2022',
    at: 'guaranteeing access for all boys and girls to quality education',
    kind: 'not-a-quantity',
    reason: "a survivor's recommendation, not a count",
  },
  {
    source: 'vos-six-countries-2022',
    at: 'confidentiality standards at all stages of the justice process',
    kind: 'law',
    reason: 'a recommendation',
  },

  // Disrupting Harm in Mexico
  {
    source: 'dh-mexico',
    at: 'Recent evidence from Mexico shows that a significant proportion of children and adolescents',
    kind: 'background',
    reason: "the foreword by a government official, not the research's own result",
  },
  {
    source: 'dh-mexico',
    at: 'Between 2023 and 2024, ECPAT International, INTERPOL and UNICEF Innocenti conducted research',
    kind: 'not-a-quantity',
    reason: 'dates of the research',
  },
  {
    source: 'dh-mexico',
    at: '12-17-year',
    everywhere: true,
    kind: 'design',
    reason: 'the age range of the children the household survey sampled',
  },
  {
    source: 'dh-mexico',
    at: 'Nearly half (47 per cent) of children who were subjected to tech-facilitated sexual exploitation and abuse were subjected to at least two forms',
    kind: 'repeats',
    finding: 'dh-f-037',
    reason: 'the executive summary restates the 47 per cent of section 1',
  },
  {
    source: 'dh-mexico',
    at: 'the top three apps where children in Mexico were subjected to sexual exploitation and abuse are owned by Meta',
    kind: 'repeats',
    finding: 'dh-f-076',
    reason: 'the executive summary restates section 1.3 (its WhatsApp figure differs: noted on the finding)',
  },
  {
    source: 'dh-mexico',
    at: 'perpetrators who contact children through online games rarely target just one child',
    kind: 'repeats',
    finding: 'dh-f-117',
    reason: 'the executive summary restates section 1.2; the finding notes the different attribution',
  },
  {
    source: 'dh-mexico',
    at: 'According to the survey data, in most cases (64 per cent) of tech-facilitated child sexual exploitation and abuse, the child already knew the perpetrator',
    kind: 'repeats',
    finding: 'dh-f-059',
    reason: 'the executive summary restates the 64 per cent of section 1.2',
  },
  {
    source: 'dh-mexico',
    at: 'were 15 times more likely to self-harm and 12 times more likely to have suicidal thoughts',
    kind: 'repeats',
    finding: 'dh-f-092',
    reason: 'the executive summary restates section 2 (dh-f-092 and dh-f-093)',
  },
  {
    source: 'dh-mexico',
    at: 'Thirty-two per cent of children who were subjected to tech-facilitated sexual exploitation and abuse in the year prior to being surveyed did not',
    kind: 'repeats',
    finding: 'dh-f-096',
    reason: 'the executive summary restates section 3; the finding notes it',
  },
  {
    source: 'dh-mexico',
    at: 'The same research methods were implemented in all 12 countries',
    kind: 'design',
    reason: 'the countries of the research cycle',
  },
  {
    source: 'dh-mexico',
    at: 'aimed to include the voices of children and young people (16–24 years)',
    kind: 'design',
    reason: 'the age range of the interview sample',
  },
  {
    source: 'dh-mexico',
    at: 'referring to young people as those aged 15–24 years',
    kind: 'method',
    reason: 'a definition of "young people"',
  },
  {
    source: 'dh-mexico',
    at: 'nationally representative of this group of children only, as opposed to all children in Mexico',
    kind: 'method',
    reason: 'a limitation of the survey',
  },
  {
    source: 'dh-mexico',
    at: 'the cases that reach the formal support or justice system represent only a minority of abuse cases',
    kind: 'method',
    reason: 'a limitation of the interview samples',
  },
  {
    source: 'dh-mexico',
    at: 'it risks excluding offences against all children and may leave boys without adequate legal protection',
    kind: 'law',
    reason: 'the legal analysis of sexual extortion (a legal finding carries the gap)',
  },
  {
    source: 'dh-mexico',
    at: 'this finding underscores the need to protect all children from sexual exploitation and abuse',
    kind: 'not-a-quantity',
    reason: 'an argument, not a count',
  },
  {
    source: 'dh-mexico',
    at: 'While most children surveyed in Mexico who were subjected to tech-facilitated sexual exploitation and abuse in the year prior to being surveyed disclosed what happened, almost one third of the incidents (32 per cent) were never disclosed',
    kind: 'repeats',
    finding: 'dh-f-096',
    reason: 'section 3.1 restates the 32 per cent, counted as incidents; the finding notes the difference',
  },
  {
    source: 'dh-mexico',
    at: 'In the quote below, two young people explained why',
    kind: 'method',
    reason: 'introduces quotes; counts their speakers',
  },
  {
    source: 'dh-mexico',
    at: 'This section has shown how although most children surveyed disclosed',
    kind: 'repeats',
    finding: 'dh-f-096',
    reason: "the section's summary; the finding carries the 32 per cent who did not disclose",
  },
  {
    source: 'dh-mexico',
    at: 'although this will not be the case for all children',
    kind: 'not-a-quantity',
    reason: 'an argument about video-recorded interviews, not a count',
  },
  {
    source: 'dh-mexico',
    at: 'legal process is essential for all children who have been subjected',
    kind: 'law',
    reason: 'a recommendation',
  },
  {
    source: 'dh-mexico',
    at: 'In most cases, perpetrators are known to the child and first establish contact in familiar, everyday settings',
    kind: 'repeats',
    finding: 'dh-f-059',
    reason: 'the conclusion restates the 64 per cent of section 1.2',
  },
  {
    source: 'dh-mexico',
    at: 'While most children surveyed reported receiving sex education',
    kind: 'repeats',
    finding: 'dh-f-536',
    reason: 'a recommendation restates the 75 per cent of section 7.2',
  },
  {
    source: 'dh-mexico',
    at: 'victim support measures across all states in Mexico',
    kind: 'law',
    reason: 'a recommendation',
  },
  {
    source: 'dh-mexico',
    at: 'our sincerest gratitude goes to all children',
    kind: 'not-a-quantity',
    reason: 'the acknowledgements',
  },
  {
    source: 'dh-mexico',
    at: 'or even the mere promise of such) from a third party',
    kind: 'not-a-quantity',
    reason: '"a third party" in a definition',
  },
  {
    source: 'dh-mexico',
    at: 'In most cases, the perpetrator requesting the abuse or exploitation in exchange for payment',
    kind: 'not-a-quantity',
    reason: 'a definition in the annex of key terms',
  },
];
