/** Site-wide settings used by the layout, the safety shell and tests. */
export const site = {
  name: 'Survivors’ Voices Evidence Hub',
  shortName: 'Survivors’ Voices',
  description:
    'Findings, survivors’ and frontline workers’ words, and survey charts from five reports on child sexual exploitation and abuse online in Albania, Bosnia and Herzegovina, Colombia, Mexico, Moldova and Peru.',
  /** Where the quick-exit control sends people: a neutral page that does not reveal what was being read. */
  quickExitUrl: 'https://en.wikipedia.org/wiki/Special:Random',
  nav: [
    { href: '/countries/', label: 'Countries' },
    { href: '/themes/', label: 'Themes' },
    { href: '/quotes/', label: 'Quotes' },
    { href: '/charts/', label: 'Charts' },
    { href: '/recommendations/', label: 'Recommendations' },
    { href: '/data/', label: 'Data' },
    { href: '/about/', label: 'About' },
    { href: '/help/', label: 'Help' },
  ],
} as const;
