import { describe, expect, it } from 'vitest';
import { renderChart } from '../../src/charts/render.ts';
import { formatValue, wrapLabel, escapeXml } from '../../src/charts/svg.ts';
import { light } from '../../src/design/tokens.ts';
import type { ChartData } from '../../src/charts/types.ts';

const bar: ChartData = {
  id: 'test-bar', title: 'Most rated it poor', description: 'Ratings', unit: 'percent', kind: 'bar',
  points: [{ label: 'Poor', value: 80 }, { label: 'Fair & <fine>', value: 20 }],
};
const series: ChartData = {
  id: 'test-grouped', title: 'By country', description: 'D', unit: 'percent', kind: 'grouped',
  series: [{ name: 'Peru', points: [{ label: 'Girls', value: 60 }, { label: 'Boys', value: 30 }] }, { name: 'Mexico', points: [{ label: 'Girls', value: 50 }] }],
};
const widthOf = (svg: string, label: string) => new RegExp(`<title>${label}[^<]*</title>`).test(svg);

describe('bar chart', () => {
  it('is fluid by default: bar widths are percentages of the plot, scaled to 100 for percentages', () => {
    const svg = renderChart(bar, { theme: light });
    expect(svg).toContain('width="100%"');
    // 80% of a 0–100 scale drawn over 80% of the width = 64%.
    expect(svg).toContain('width="64%"');
    expect(svg).toContain('width="16%"');
  });
  it('is fixed when given a width, with a viewBox', () => {
    const svg = renderChart(bar, { theme: light, width: 500 });
    expect(svg).toMatch(/viewBox="0 0 500 \d+"/);
    expect(svg).toContain('width="320"'); // 80/100 × 0.8 × 500
  });
  it('labels every bar with its value and names itself for assistive technology', () => {
    const svg = renderChart(bar, { theme: light });
    expect(svg).toContain('>80%<');
    expect(svg).toContain('>20%<');
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-labelledby="test-bar-title test-bar-desc"');
    expect(svg).toContain('<title id="test-bar-title">Most rated it poor</title>');
  });
  it('escapes labels', () => {
    const svg = renderChart(bar, { theme: light });
    expect(svg).toContain('Fair &amp; &lt;fine&gt;');
    expect(svg).not.toContain('<fine>');
  });
  it('scales counts to the largest value', () => {
    const svg = renderChart({ ...bar, unit: 'count', points: [{ label: 'a', value: 50 }, { label: 'b', value: 25 }] }, { theme: light });
    expect(svg).toContain('width="80%"');
    expect(svg).toContain('width="40%"');
  });
});

describe('grouped, stacked and dot charts', () => {
  it('grouped: one bar per series per category, each labelled with its series name (colour is not the only cue)', () => {
    const svg = renderChart(series, { theme: light });
    expect((svg.match(/<rect class="s\d"/g) ?? []).length).toBe(3);
    expect(widthOf(svg, 'Girls, Peru: 60%')).toBe(true);
    expect(svg).toContain('</tspan> Mexico</text>');
  });
  it('stacked: segments start where the previous ended, with hatch patterns and a legend', () => {
    const svg = renderChart({ ...series, kind: 'stacked' }, { theme: light });
    expect(svg).toMatch(/<rect class="s1" x="60%"[^>]*width="30%"/);
    expect(svg).toContain('<pattern id="test-grouped-h1"');
    expect(svg).toContain('fill="url(#test-grouped-h1)"');
  });
  it('stacked with points draws one bar and gives values in the legend', () => {
    const svg = renderChart({ ...bar, kind: 'stacked' }, { theme: light });
    expect(svg).toContain('>Poor: 80%<');
  });
  it('dot: one mark per value, different shapes per series, and a legend', () => {
    const svg = renderChart({ ...series, kind: 'dot' }, { theme: light });
    expect((svg.match(/class="mark"/g) ?? []).length).toBe(3);
    const shapes = new Set([...svg.matchAll(/<path class="s(\d)" d="([^"]+)"/g)].map((m) => `${m[1]}:${m[2]}`));
    expect([...shapes].some((s) => s.startsWith('0:'))).toBe(true);
    expect([...shapes].some((s) => s.startsWith('1:'))).toBe(true);
    expect(svg).toContain('>Peru</text>');
  });
  it('a bar chart given series is drawn grouped', () => {
    expect(renderChart({ ...series, kind: 'bar' }, { theme: light })).toBe(renderChart(series, { theme: light }));
  });
  it('is deterministic: a copy of the same input renders the same SVG', () => {
    expect(renderChart(series, { theme: light })).toBe(renderChart(structuredClone(series), { theme: light }));
  });
});

describe('helpers', () => {
  it('formats values by unit', () => {
    expect(formatValue(83, 'percent')).toBe('83%');
    expect(formatValue(0.2, 'percent')).toBe('0.2%');
    expect(formatValue(1027, 'count')).toBe('1,027');
    expect(formatValue(2, 'years')).toBe('2 years');
  });
  it('wraps long labels at word boundaries', () => {
    const lines = wrapLabel('Lack of awareness of reporting mechanisms among children and families', 30);
    expect(lines.every((l) => l.length <= 30)).toBe(true);
    expect(lines.join(' ')).toBe('Lack of awareness of reporting mechanisms among children and families');
  });
  it('escapes XML', () => {
    expect(escapeXml('"a" & <b>')).toBe('&quot;a&quot; &amp; &lt;b&gt;');
  });
});
