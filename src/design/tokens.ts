/**
 * Design tokens: the one place colours, type and spacing are decided.
 * Used by the CSS (served as /tokens.css, generated from this file by src/pages/tokens.css.ts)
 * and by chart code (standalone SVG/PNG downloads carry the light-theme colours inline).
 * Contrast is tested in tests/unit/tokens.test.ts: text ≥ 4.5:1, chart marks ≥ 3:1 against the background.
 */
export interface Theme {
  bg: string;
  surface: string;
  text: string;
  muted: string;
  link: string;
  border: string;
  focus: string;
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
  surface: '#f4f2ee',
  text: '#1f1d1a',
  muted: '#56504a',
  link: '#0b5cad',
  border: '#8a837a',
  focus: '#7a2fb0',
  noteBg: '#fff4d6',
  exitBg: '#9b1c1c',
  exitText: '#ffffff',
  series: ['#1f6fb2', '#b3541e', '#2e7d4f', '#8e3b8e', '#a3123a', '#5e5a52'],
  grid: '#d9d4cc',
};

export const dark: Theme = {
  bg: '#141311',
  surface: '#221f1c',
  text: '#f1ede6',
  muted: '#cbc4b9',
  link: '#8cc4ff',
  border: '#8f877c',
  focus: '#d9a8ff',
  noteBg: '#3a2f12',
  exitBg: '#f2b8b5',
  exitText: '#3b0a0a',
  series: ['#7ab8f5', '#f0a36b', '#7fcf9b', '#d99ad9', '#f28b9f', '#bdb6aa'],
  grid: '#3b3631',
};

export const type = {
  body: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", sans-serif',
  quote: 'Georgia, "Noto Serif", "Liberation Serif", serif',
  mono: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace',
  scale: { small: '0.875rem', base: '1rem', h3: '1.25rem', h2: '1.6rem', h1: '2.1rem' },
} as const;

export const space = { xs: '0.25rem', s: '0.5rem', m: '1rem', l: '1.5rem', xl: '2.5rem' } as const;

/** Renders the tokens as CSS custom properties, light by default and dark under prefers-color-scheme. */
export function tokensToCss(): string {
  const vars = (t: Theme) =>
    [
      ...(['bg', 'surface', 'text', 'muted', 'link', 'border', 'focus', 'noteBg', 'exitBg', 'exitText', 'grid'] as const).map(
        (k) => `  --${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${t[k]};`,
      ),
      ...t.series.map((c, i) => `  --series-${i}: ${c};`),
    ].join('\n');
  const fixed = [
    `  --font-body: ${type.body};`,
    `  --font-quote: ${type.quote};`,
    `  --font-mono: ${type.mono};`,
    ...Object.entries(type.scale).map(([k, v]) => `  --size-${k}: ${v};`),
    ...Object.entries(space).map(([k, v]) => `  --space-${k}: ${v};`),
  ].join('\n');
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
`;
}
