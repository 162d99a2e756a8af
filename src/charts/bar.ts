/**
 * Horizontal bar chart: one series of categories. Each row is the category label (wrapped, above the bar so
 * it reads at any width), then the bar with its value written at the end. Pure: data and size in, SVG out.
 */
import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import { escapeXml, formatValue, frame, wrapLabel, FONT, LINE } from './svg.ts';
import type { ChartData, RenderOptions } from './types.ts';

const BAR = 20;
const GAP = 14;
/** Bars use at most this share of the width, leaving room for the value label. */
const PLOT = 0.8;

export function renderBarChart(chart: ChartData, { width, theme }: RenderOptions): string {
  const points = chart.points ?? [];
  const f = frame(width);
  const domainMax = chart.unit === 'percent' ? 100 : (max(points, (p) => p.value) ?? 1) || 1;
  const x = scaleLinear().domain([0, domainMax]).range([0, PLOT]);
  const ids = { title: `${chart.id}-title`, desc: `${chart.id}-desc` };
  let y = 4;
  const rows = points.map((p, i) => {
    const lines = wrapLabel(p.label);
    const labelSvg = lines.map((l, j) => `<tspan x="0" dy="${j === 0 ? 0 : LINE}">${escapeXml(l)}</tspan>`).join('');
    const top = y;
    const barY = top + lines.length * LINE + 2;
    y = barY + BAR + GAP;
    const value = formatValue(p.value, chart.unit);
    return `<g class="mark" data-index="${i}" data-label="${escapeXml(p.label)}" data-value="${escapeXml(value)}">
<text class="t" x="0" y="${top + FONT}" fill="${theme.text}" font-size="${FONT}">${labelSvg}</text>
<rect class="s0" x="0" y="${barY}" width="${f.x(x(p.value))}" height="${BAR}" fill="${theme.series[0]}"><title>${escapeXml(`${p.label}: ${value}`)}</title></rect>
<text class="t v" x="${f.x(x(p.value))}" dx="6" y="${barY + BAR / 2 + 5}" fill="${theme.text}" font-size="${FONT}" font-weight="700">${escapeXml(value)}</text>
</g>`;
  });
  return `${f.open(y, ids)}<title id="${ids.title}">${escapeXml(chart.title)}</title><desc id="${ids.desc}">${escapeXml(chart.description)}</desc>
<line class="axis" x1="0" x2="0" y1="0" y2="${y - GAP}" stroke="${theme.border}" />
${rows.join('\n')}</svg>`;
}
