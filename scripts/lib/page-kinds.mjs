// @ts-check
// One page of each kind: what `npm run screenshots` renders for review and what tests/e2e/visual.spec.ts compares.
// A page kind is one template; one example of it stands for all its pages.
export const pageKinds = [
  { kind: 'home', path: '/' },
  { kind: 'countries', path: '/countries/' },
  { kind: 'country', path: '/countries/peru/' },
  { kind: 'country-findings', path: '/countries/peru/findings/justice-process/' },
  { kind: 'country-quotes', path: '/countries/peru/quotes/justice-process/' },
  { kind: 'country-charts', path: '/countries/peru/charts/' },
  { kind: 'country-recommendations', path: '/countries/peru/recommendations/' },
  { kind: 'country-legal', path: '/countries/mexico/legal/' },
  { kind: 'country-brief', path: '/countries/peru/brief/' },
  { kind: 'themes', path: '/themes/' },
  { kind: 'theme', path: '/themes/reporting/' },
  { kind: 'theme-findings', path: '/themes/reporting/findings/' },
  { kind: 'quotes', path: '/quotes/' },
  { kind: 'search', path: '/search/' },
  { kind: 'charts', path: '/charts/' },
  { kind: 'chart', path: '/charts/dh-disclosure-overall/' },
  { kind: 'embed', path: '/embed/dh-disclosure-overall/' },
  { kind: 'recommendations', path: '/recommendations/' },
  { kind: 'sources', path: '/sources/' },
  { kind: 'source', path: '/sources/vos-peru-2021/' },
  { kind: 'data', path: '/data/' },
  { kind: 'about', path: '/about/' },
  { kind: 'glossary', path: '/glossary/' },
  { kind: 'safety', path: '/safety/' },
  { kind: 'help', path: '/help/' },
  { kind: 'not-found', path: '/no-such-page/' },
];

export const viewports = [
  { name: '375', width: 375, height: 812 },
  { name: '1280', width: 1280, height: 900 },
];
/** @type {('light' | 'dark')[]} */
export const schemes = ['light', 'dark'];
