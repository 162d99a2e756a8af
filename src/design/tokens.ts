/**
 * Design tokens: the one place colours, type and spacing are decided.
 * Used by the CSS (served as /tokens.css, generated from this file by src/pages/tokens.css.ts)
 * and by chart code (standalone SVG/PNG downloads carry the light-theme colours inline).
 * Contrast is tested in tests/unit/tokens.test.ts: text ≥ 4.5:1, non-text (borders of controls, chart marks,
 * focus) ≥ 3:1 against the surfaces they sit on.
 */
export interface Theme {
  /** Page background. */
  bg: string;
  /** Cards, the footer and the quick-exit bar: one step off the background. */
  surface: string;
  text: string;
  /** Secondary text (source lines, bases, dates): still ≥ 4.5:1 on bg and surface. */
  muted: string;
  link: string;
  /** Borders that carry meaning (inputs, buttons, the finding's rule): ≥ 3:1. */
  border: string;
  /** Hairlines that only separate (card edges, list dividers): decorative, no contrast requirement. */
  rule: string;
  focus: string;
  /** The large number of a finding card: text contrast on bg and surface. */
  accent: string;
  /** Note/callout background and its left bar (informational notes, "what is missing"). */
  calloutBg: string;
  calloutBar: string;
  /** The content note (safety), warmer than an ordinary callout. */
  noteBg: string;
  exitBg: string;
  exitText: string;
  /** Categorical chart colours, in series order. */
  series: readonly string[];
  /** Gridlines and axes: decorative, not data. */
  grid: string;
}

export const light: Theme = {
  bg: '#ffffff',
  surface: '#f5f3ef',
  text: '#1f1d1a',
  muted: '#56504a',
  link: '#0b5cad',
  border: '#8a837a',
  rule: '#dcd7cf',
  focus: '#7a2fb0',
  accent: '#124b82',
  calloutBg: '#edf3fa',
  calloutBar: '#1f6fb2',
  noteBg: '#fff4d6',
  exitBg: '#9b1c1c',
  exitText: '#ffffff',
  series: ['#1f6fb2', '#b3541e', '#2e7d4f', '#8e3b8e', '#a3123a', '#5e5a52'],
  grid: '#d9d4cc',
};

export const dark: Theme = {
  bg: '#141311',
  surface: '#211e1b',
  text: '#f1ede6',
  muted: '#cbc4b9',
  link: '#8cc4ff',
  border: '#8f877c',
  rule: '#3b3631',
  focus: '#d9a8ff',
  accent: '#a9d2ff',
  calloutBg: '#18232f',
  calloutBar: '#7ab8f5',
  noteBg: '#3a2f12',
  exitBg: '#f2b8b5',
  exitText: '#3b0a0a',
  series: ['#7ab8f5', '#f0a36b', '#7fcf9b', '#d99ad9', '#f28b9f', '#bdb6aa'],
  grid: '#3b3631',
};

/**
 * Typefaces: the system stack, on purpose. The reader's own UI face (San Francisco, Segoe UI, Roboto, Noto,
 * Cantarell/DejaVu on Linux) is hinted for that screen, covers every letter the quotes print (Spanish,
 * Albanian ë ç, Bosnian č ć š ž đ) without a subset that could miss one, costs 0 bytes against the 60 kB font
 * budget, and can never swap and shift the layout (CLS 0 by construction). A self-hosted webfont would add a
 * request on every page for a look, not for legibility. Survivors' words are set in the serif stack so they read
 * as voices, apart from our own text.
 */
export const type = {
  body: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "DejaVu Sans", sans-serif',
  quote: 'Georgia, "Noto Serif", "Liberation Serif", "DejaVu Serif", serif',
  mono: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace',
  /**
   * A type scale for reading on a phone and a desk: sizes grow with the viewport between 20rem and 80rem, so a
   * long one-word heading ("Recommendations") fits at 320 px without shrinking desktop headings.
   */
  scale: {
    small: '0.875rem',
    base: 'clamp(1rem, 0.96rem + 0.2vw, 1.125rem)',
    lede: 'clamp(1.125rem, 1.05rem + 0.35vw, 1.3rem)',
    h4: '1.0625rem',
    h3: 'clamp(1.125rem, 1.06rem + 0.3vw, 1.3rem)',
    h2: 'clamp(1.35rem, 1.2rem + 0.75vw, 1.75rem)',
    h1: 'clamp(1.7rem, 1.4rem + 1.5vw, 2.6rem)',
    /** The number on a finding card. */
    figure: 'clamp(2rem, 1.7rem + 1.5vw, 2.75rem)',
  },
  /** The longest line of running text. */
  measure: '68ch',
} as const;

export const space = {
  '2xs': '0.125rem',
  xs: '0.25rem',
  s: '0.5rem',
  m: '1rem',
  l: '1.5rem',
  xl: '2.5rem',
  '2xl': '4rem',
} as const;

/**
 * Layout sizes that two rules must agree on. `quickExitHeight` is both the sticky quick-exit bar's height and the
 * page's scroll-padding-top, so focused elements and in-page targets never land under the bar (WCAG 2.4.11).
 */
export const layout = { page: '72rem', quickExitHeight: '3.5rem', radius: '0.375rem' } as const;

const kebab = (k: string) => k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const colourKeys = [
  'bg',
  'surface',
  'text',
  'muted',
  'link',
  'border',
  'rule',
  'focus',
  'accent',
  'calloutBg',
  'calloutBar',
  'noteBg',
  'exitBg',
  'exitText',
  'grid',
] as const;

/** Renders the tokens as CSS custom properties, light by default and dark under prefers-color-scheme. */
export function tokensToCss(): string {
  const vars = (t: Theme) =>
    [...colourKeys.map((k) => `  --${kebab(k)}: ${t[k]};`), ...t.series.map((c, i) => `  --series-${i}: ${c};`)].join(
      '\n',
    );
  const fixed = [
    `  --font-body: ${type.body};`,
    `  --font-quote: ${type.quote};`,
    `  --font-mono: ${type.mono};`,
    `  --measure: ${type.measure};`,
    ...Object.entries(type.scale).map(([k, v]) => `  --size-${k}: ${v};`),
    ...Object.entries(space).map(([k, v]) => `  --space-${k}: ${v};`),
    ...Object.entries(layout).map(([k, v]) => `  --${kebab(k)}: ${v};`),
  ].join('\n');
  // Chart marks take their colour by class (.s<i> fills, .o<i> outlines), one rule per series colour, so the charts
  // follow the theme and the count of classes is the count of colours (src/charts/svg.ts SERIES_COUNT).
  const seriesRules = light.series
    .map((_, i) => `svg .s${i} {\n  fill: var(--series-${i});\n}\nsvg .o${i} {\n  stroke: var(--series-${i});\n}`)
    .join('\n');
  return `/* Generated from src/design/tokens.ts — edit that file, not this one. */
:root {
  color-scheme: light dark;
${fixed}
${vars(light)}
}
@media (prefers-color-scheme: dark) {
  :root:not([data-theme='light']) {
${vars(dark)}
  }
}
:root[data-theme='dark'] {
${vars(dark)}
}
@media print {
  :root {
${vars(light)}
  }
}
${seriesRules}
`;
}
