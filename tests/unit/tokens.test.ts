import { describe, expect, it } from 'vitest';
import { dark, light, tokensToCss, type Theme } from '../../src/design/tokens.ts';

// WCAG 2.x relative luminance and contrast ratio, written out here so the test does not trust the code under test.
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe.each([
  ['light', light],
  ['dark', dark],
] as [string, Theme][])('%s theme', (_name, t) => {
  it('text, muted text and links reach 4.5:1 on background and surface', () => {
    for (const fg of [t.text, t.muted, t.link])
      for (const bg of [t.bg, t.surface]) expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });
  it('text reaches 4.5:1 on the content note and the quick exit is legible', () => {
    expect(contrast(t.text, t.noteBg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(t.exitText, t.exitBg)).toBeGreaterThanOrEqual(4.5);
  });
  it('every chart series colour reaches 3:1 against the background (non-text contrast)', () => {
    for (const c of t.series) expect(contrast(c, t.bg)).toBeGreaterThanOrEqual(3);
  });
  it('segment labels (background colour on a series colour) reach 4.5:1 for the first series', () => {
    expect(contrast(t.bg, t.series[0]!)).toBeGreaterThanOrEqual(4.5);
  });
  it('focus indicator reaches 3:1 against the background and the surface', () => {
    for (const bg of [t.bg, t.surface]) expect(contrast(t.focus, bg)).toBeGreaterThanOrEqual(3);
  });
  it("a finding's large number (accent) reaches 4.5:1 on background and surface", () => {
    for (const bg of [t.bg, t.surface]) expect(contrast(t.accent, bg)).toBeGreaterThanOrEqual(4.5);
  });
  it('text, muted text and links reach 4.5:1 inside a callout and the content note', () => {
    for (const fg of [t.text, t.muted, t.link])
      for (const bg of [t.calloutBg, t.noteBg]) expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });
  it("borders that carry meaning (controls, the callout's bar) reach 3:1 (non-text contrast)", () => {
    for (const bg of [t.bg, t.surface]) expect(contrast(t.border, bg)).toBeGreaterThanOrEqual(3);
    expect(contrast(t.calloutBar, t.calloutBg)).toBeGreaterThanOrEqual(3);
  });
});

describe('tokensToCss', () => {
  it('writes every series colour of both themes as custom properties', () => {
    const css = tokensToCss();
    for (const c of [...light.series, ...dark.series]) expect(css).toContain(c);
    expect(css).toMatch(/prefers-color-scheme: dark/);
    expect(css).toContain('--series-5:');
  });
  it('writes the quick-exit height once, as the token the bar and scroll-padding-top both read', () => {
    const css = tokensToCss();
    expect(css.match(/--quick-exit-height: ([^;]+);/g)).toHaveLength(1);
    expect(css).toContain('--size-figure:');
  });
});
