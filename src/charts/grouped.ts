/**
 * Grouped bars: the same categories across several series (countries, groups). Each category label is followed
 * by one bar per series; every bar is labelled with its series name and value, so colour is never the only cue.
 */
import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import { escapeXml, formatValue, frame, wrapLabel, FONT, LINE } from './svg.ts';
import type { ChartData, RenderOptions } from './types.ts';

const BAR = 16;
const GAP = 16;
const PLOT = 0.62;

/** Categories in first-seen order across series. */
export function categoriesOf(chart: ChartData): string[] {
  return [...new Set((chart.series ?? []).flatMap((s) => s.points.map((p) => p.label)))];
}

export function renderGroupedChart(chart: ChartData, { width, theme }: RenderOptions): string {
  const series = chart.series ?? [];
  const f = frame(width);
  const all = series.flatMap((s) => s.points.map((p) => p.value));
  const domainMax = chart.unit === 'percent' ? 100 : (max(all) ?? 1) || 1;
  const x = scaleLinear().domain([0, domainMax]).range([0, PLOT]);
  const ids = { title: `${chart.id}-title`, desc: `${chart.id}-desc` };
  let y = 4;
  const groups = categoriesOf(chart).map((category) => {
    const lines = wrapLabel(category);
    const head = `<text class="t" x="0" y="${y + FONT}" fill="${theme.text}" font-size="${FONT}" font-weight="700">${lines
      .map((l, j) => `<tspan x="0" dy="${j === 0 ? 0 : LINE}">${escapeXml(l)}</tspan>`)
      .join('')}</text>`;
    y += lines.length * LINE + 2;
    const bars = series.flatMap((s, si) => {
      const p = s.points.find((q) => q.label === category);
      if (!p) return [];
      const value = formatValue(p.value, chart.unit);
      const barY = y;
      y += BAR + 4;
      return [`<g class="mark" data-label="${escapeXml(`${category} — ${s.name}`)}" data-value="${escapeXml(value)}">
<rect class="s${si % 6}" x="0" y="${barY}" width="${f.x(x(p.value))}" height="${BAR}" fill="${theme.series[si % 6]}"><title>${escapeXml(`${category}, ${s.name}: ${value}`)}</title></rect>
<text class="t" x="${f.x(x(p.value))}" dx="6" y="${barY + BAR / 2 + 5}" fill="${theme.text}" font-size="${FONT - 1}"><tspan font-weight="700">${escapeXml(value)}</tspan> ${escapeXml(s.name)}</text>
</g>`];
    });
    y += GAP;
    return `${head}\n${bars.join('\n')}`;
  });
  return `${f.open(y, ids)}<title id="${ids.title}">${escapeXml(chart.title)}</title><desc id="${ids.desc}">${escapeXml(chart.description)}</desc>
${groups.join('\n')}</svg>`;
}
