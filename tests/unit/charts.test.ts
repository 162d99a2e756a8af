import { describe, expect, it } from 'vitest';
import { drawnKind, renderChart } from '../../src/charts/render.ts';
import { axisMax, escapeXml, formatValue, MIN_WIDTH, SERIES_COUNT } from '../../src/charts/svg.ts';
import { textWidth, wrapText } from '../../src/charts/text.ts';
import { renderThumbnail } from '../../src/charts/thumbnail.ts';
import { standaloneSvg } from '../../src/charts/standalone.ts';
import { fluidHeightCss, staticEmbedCode } from '../../src/evidence/embedCode.ts';
import { light } from '../../src/design/tokens.ts';
import type { ChartData } from '../../src/charts/types.ts';

const bar: ChartData = {
  id: 'test-bar',
  title: 'Most rated it poor',
  description: 'Ratings',
  unit: 'percent',
  kind: 'bar',
  base: 'workers',
  points: [
    { label: 'Poor', value: 80 },
    { label: 'Fair & <fine>', value: 20 },
  ],
};
const series: ChartData = {
  id: 'test-grouped',
  title: 'By country',
  description: 'D',
  unit: 'percent',
  kind: 'grouped',
  base: 'workers',
  series: [
    {
      name: 'Peru',
      points: [
        { label: 'Girls', value: 60 },
        { label: 'Boys', value: 30 },
      ],
    },
    { name: 'Mexico', points: [{ label: 'Girls', value: 50 }] },
  ],
};
/** The widths of the bars (series rectangles, not hatch overlays or legend swatches) in drawing order. */
const barWidths = (svg: string) =>
  [...svg.matchAll(/<rect class="s\d" x="[^"]*" y="[^"]*" width="([^"]+)"/g)].map((m) => m[1]);

describe('bar chart', () => {
  it('is fluid by default and fills its column: the largest value reaches the top of a round scale', () => {
    const { svg } = renderChart(bar, { theme: light });
    expect(svg).toMatch(/^<svg[^>]+width="100%"/);
    // Scale 0–80 (80 is already round): 80 fills the plot, 20 is a quarter of it.
    expect(barWidths(svg)).toEqual(['100%', '25%']);
  });
  it('is fixed when given a width, with a viewBox, and returns its height', () => {
    const { svg, height } = renderChart(bar, { theme: light, width: 500 });
    expect(svg).toContain(`viewBox="0 0 500 ${height}"`);
    expect(barWidths(svg)).toEqual(['500', '125']);
    expect(svg).toContain(`height="${height}"`);
  });
  it('percent scales start at 0 and never run past 100', () => {
    expect(axisMax([98, 5], 'percent')).toBe(100);
    expect(axisMax([47, 42], 'percent')).toBe(50);
    expect(axisMax([1027, 40], 'count')).toBe(1200);
  });
  it('labels every bar with its value, with a light value axis', () => {
    const { svg } = renderChart(bar, { theme: light });
    expect(svg).toContain('>80%</text>');
    expect(svg).toContain('>20%</text>');
    // Ticks 0, 20, 40, 60, 80 per cent, each with a gridline.
    expect([...svg.matchAll(/<line class="grid"/g)]).toHaveLength(5);
    expect(svg).toContain('>40%</text>');
  });
  it('writes a long value inside a long bar and a short one after a short bar', () => {
    const { svg } = renderChart(bar, { theme: light });
    expect(svg).toMatch(/<text class="v-in o0"[^>]*text-anchor="end"[^>]*>80%</);
    expect(svg).toMatch(/<text class="t v"[^>]*text-anchor="start"[^>]*>20%</);
  });
  it('says that counts are counts', () => {
    const { svg } = renderChart(
      {
        ...bar,
        unit: 'count',
        points: [
          { label: 'a', value: 50 },
          { label: 'b', value: 25 },
        ],
      },
      { theme: light },
    );
    expect(svg).toContain('Number of workers');
    expect(svg).toContain('>50</text>');
  });
  it('draws ratios from a reference line at 1, with × and the caution that they do not show cause', () => {
    const ratio: ChartData = {
      ...bar,
      unit: 'ratio',
      points: [
        { label: 'a', value: 19 },
        { label: 'b', value: 3 },
      ],
    };
    const { svg } = renderChart(ratio, { theme: light, width: 400 });
    expect(svg).toContain('>19×</text>');
    // Scale 0–20: the line at 1 is at 20 px; the bar for 3 runs from 20 to 60 px.
    expect(svg).toMatch(/<line class="ref" x1="20" x2="20"/);
    expect(svg).toMatch(/<rect class="s0" x="20" y="[^"]+" width="40"/);
    expect(svg).toContain('causes the other.');
  });
  it('is named by its own title and description when it stands alone, and by the page when it is in one', () => {
    const alone = renderChart(bar, { theme: light }).svg;
    expect(alone).toContain('aria-labelledby="test-bar-title test-bar-desc"');
    expect(alone).toContain('<title id="test-bar-title">Most rated it poor</title>');
    const inPage = renderChart(bar, { theme: light, labelledby: 'long-text' }).svg;
    expect(inPage).toContain('role="img" aria-labelledby="long-text"');
    expect(inPage).not.toContain('Most rated it poor');
  });
  it('hides its drawn text from assistive technology, every kind, so a screen reader hears each mark once', () => {
    for (const kind of ['bar', 'grouped', 'stacked', 'dot'] as const) {
      const data = kind === 'bar' ? bar : { ...series, kind };
      const { svg } = renderChart(data, { theme: light, labelledby: 'long-text' });
      const texts = [...svg.matchAll(/<text\b[^>]*>/g)].map((m) => m[0]);
      expect(texts.length, kind).toBeGreaterThan(0);
      for (const t of texts) expect(t, kind).toContain('aria-hidden="true"');
      // The marks keep their names: label and value, in a <title> (the island turns it into an aria-label).
      expect(svg, kind).toMatch(/<title>[^<]+: [^<]+<\/title>/);
    }
  });
  it('escapes labels', () => {
    const { svg } = renderChart(bar, { theme: light });
    expect(svg).toContain('Fair &amp; &lt;fine&gt;');
    expect(svg).not.toContain('<fine>');
  });
});

describe('grouped, stacked and dot charts', () => {
  it('grouped: one bar per series per category, each labelled with its series name and patterned by series', () => {
    const { svg } = renderChart(series, { theme: light });
    expect(barWidths(svg)).toHaveLength(3);
    expect([...svg.matchAll(/>Peru<\/tspan>/g)]).toHaveLength(2);
    expect([...svg.matchAll(/>Mexico<\/tspan>/g)]).toHaveLength(1);
    expect(svg).toContain('fill="url(#test-grouped-h1)"');
  });
  it('a bar chart given series is drawn grouped; a grouped chart given points as bars', () => {
    expect(drawnKind({ kind: 'bar', series: series.series })).toBe('grouped');
    expect(drawnKind({ kind: 'grouped', series: undefined })).toBe('bar');
    expect(renderChart({ ...series, kind: 'bar' }, { theme: light }).svg).toContain('>Mexico</tspan>');
  });
  it('stacked: segments start where the previous ended, with hatch patterns and a legend', () => {
    const { svg } = renderChart({ ...series, kind: 'stacked' }, { theme: light });
    expect(svg).toMatch(/<rect class="s1" x="60%" y="[^"]+" width="30%"/);
    expect(svg).toContain('<pattern id="test-grouped-h1"');
    expect(svg).toContain('>Girls</tspan>');
  });
  it('stacked with points draws one bar and gives values in the legend', () => {
    const { svg } = renderChart({ ...bar, kind: 'stacked' }, { theme: light });
    expect(svg).toContain('>Poor: 80%</tspan>');
  });
  it('dot: one mark per value, a shape per series, and value labels turned inward at the right', () => {
    const { svg } = renderChart({ ...series, kind: 'dot' }, { theme: light });
    expect((svg.match(/class="mark"/g) ?? []).length).toBe(3);
    const shapes = new Set([...svg.matchAll(/<path class="s(\d)" d="([^"]+)"/g)].map((m) => m[2]));
    expect(shapes.size).toBe(2);
    // 60 is the top of the scale: its label sits left of the dot.
    expect(svg).toMatch(/dx="-10"[^>]*text-anchor="end"[^>]*>60%</);
  });
  it('series beyond the colour count reuse colours, told apart by pattern', () => {
    const many: ChartData = {
      ...series,
      series: Array.from({ length: SERIES_COUNT + 1 }, (_, i) => ({
        name: `S${i}`,
        points: [{ label: 'x', value: 10 + i }],
      })),
    };
    const { svg } = renderChart(many, { theme: light });
    expect(svg).toContain(`<rect class="s0" x="0%"`);
    expect([...svg.matchAll(/<rect class="s0" /g)]).toHaveLength(2);
  });
});

describe('labels wrap for a 320 px screen, text spacing included', () => {
  const long = 'Did not know where to go or whom to tell about what happened to them online';
  it('no wrapped line is wider than the narrowest plot, with the WCAG spacing override', () => {
    const lines = wrapText(long, MIN_WIDTH, { size: 14 });
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, { size: 14 })).toBeLessThanOrEqual(MIN_WIDTH);
    expect(lines.join(' ')).toBe(long);
  });
  it('counts letter and word spacing: widened text is wider than plain text', () => {
    expect(textWidth(long, { size: 14 })).toBeGreaterThan(textWidth(long, { size: 14, spacing: false }) * 1.15);
  });
  it('every label of a rendered chart fits the narrowest plot', () => {
    const { svg } = renderChart(
      {
        ...bar,
        points: [
          { label: long, value: 10 },
          { label: 'Short', value: 5 },
        ],
      },
      { theme: light },
    );
    const tspans = [...svg.matchAll(/<tspan[^>]*>([^<]+)<\/tspan>/g)].map((m) => m[1]!);
    expect(tspans.length).toBeGreaterThan(2);
    for (const t of tspans) expect(textWidth(t, { size: 14 })).toBeLessThanOrEqual(MIN_WIDTH);
  });
});

describe('gallery thumbnail and standalone file', () => {
  it('the thumbnail is decorative, small and drawn to the same scale', () => {
    const svg = renderThumbnail(bar);
    expect(svg).toContain('aria-hidden="true"');
    expect((svg.match(/<(rect|line|circle)/g) ?? []).length).toBeLessThanOrEqual(12);
    expect(svg).toMatch(/<rect class="s0" x="0" y="[^"]+" width="120"/);
    expect(svg).toMatch(/<rect class="s0" x="0" y="[^"]+" width="30"/);
  });
  it('the standalone SVG carries the title, the chart and the source line', () => {
    const svg = standaloneSvg(bar, 'Source: A report (B, 2021), section 2. Base: workers.');
    expect(svg).toMatch(/^<svg xmlns[^>]+viewBox="0 0 720 \d+"/);
    expect(svg).toContain('>Most rated it poor</tspan>');
    expect(svg).toContain('Base: workers.');
  });
});

describe('embed without script', () => {
  // Evaluates the CSS height at a container width, as the browser would.
  const heightAt = (css: string, width: number) => {
    const terms = [...css.matchAll(/calc\(([-\d.]+)px \+ ([-\d.]+) \* 100cqw\)/g)].map(
      (m) => Number(m[1]) + Number(m[2]) * width,
    );
    return Math.max(Number(/^max\((\d+)px/.exec(css)![1]), ...terms);
  };
  it('the height follows the width through the worked-out heights and never falls below them', () => {
    const heights = [900, 700, 600] as const;
    const css = fluidHeightCss(heights);
    expect(heightAt(css, 280)).toBeCloseTo(900, 0);
    expect(heightAt(css, 600)).toBeCloseTo(700, 0);
    expect(heightAt(css, 1000)).toBeCloseTo(600, 0);
    expect(heightAt(css, 1400)).toBe(600);
    // Between the points, at or above the straight line between them.
    expect(heightAt(css, 440)).toBeGreaterThanOrEqual(800 - 0.5);
  });
  it('is an iframe in a sizing container, with no script', () => {
    const code = staticEmbedCode({ id: 'c1', title: 'T' }, 'https://example.org', [900, 700, 600]);
    expect(code).toContain('container-type:inline-size');
    expect(code).toContain('<iframe src="https://example.org/embed/c1/"');
    expect(code).toContain('height="900"');
    expect(code).not.toContain('<script');
  });
});

describe('helpers', () => {
  it('formats values by unit', () => {
    expect(formatValue(83, 'percent')).toBe('83%');
    expect(formatValue(0.2, 'percent')).toBe('0.2%');
    expect(formatValue(1027, 'count')).toBe('1,027');
    expect(formatValue(2, 'years')).toBe('2 years');
    expect(formatValue(19, 'ratio')).toBe('19×');
  });
  it('escapes XML', () => {
    expect(escapeXml('"a" & <b>')).toBe('&quot;a&quot; &amp; &lt;b&gt;');
  });
});
