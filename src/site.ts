/** Site-wide settings used by the layout, the safety shell and tests. */
export const site = {
  name: 'Survivors’ Voices Evidence Hub',
  shortName: 'Survivors’ Voices',
  description:
    'Findings, survivors’ and frontline workers’ words, and survey charts from five reports on child sexual exploitation and abuse online in Albania, Bosnia and Herzegovina, Colombia, Mexico, Moldova and Peru.',
  /**
   * Where the quick exit goes, and the only place it is set: a fixed, fast, everyday page that says nothing about
   * what was being read (the weather, as GOV.UK's "Exit this page" does). Never a random page, which could itself
   * be sensitive. The exit sends no referrer, so the page cannot learn where the reader came from.
   */
  quickExitUrl: 'https://www.bbc.com/weather',
  /** The one-line content note of an embed (EmbedLayout.astro prints it; src/charts/embedHeight.ts sizes for it). */
  embedNote: 'Content note: child sexual exploitation and abuse. To leave quickly, close this tab.',
  /** The link that follows it, to /help/ in a new tab (outside the host's frame). */
  embedHelpLabel: 'Where to get help',
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
