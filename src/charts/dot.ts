/**
 * Dot plot: one value per row (e.g. a measure across countries), or several series per row told apart by
 * shape as well as colour. Each dot is labelled with its value; a legend names the series when there are several.
 */
import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, symbolCross, symbolStar } from 'd3-shape';
import { escapeXml, formatValue, frame, wrapLabel, FONT, LINE } from './svg.ts';
import { categoriesOf } from './grouped.ts';
import type { ChartData, RenderOptions } from './types.ts';

const ROW = 26;
const GAP = 10;
const PLOT = 0.86;
const SHAPES = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolCross, symbolStar];
const shapePath = (i: number) => symbol(SHAPES[i % SHAPES.length], 110)() ?? '';

export function renderDotChart(chart: ChartData, { width, theme }: RenderOptions): string {
  const series = chart.series ?? [{ name: chart.title, points: chart.points ?? [] }];
  const f = frame(width);
  const rows = chart.series ? categoriesOf(chart) : (chart.points ?? []).map((p) => p.label);
  const all = series.flatMap((s) => s.points.map((p) => p.value));
  const domainMax = chart.unit === 'percent' ? 100 : (max(all) ?? 1) || 1;
  const x = scaleLinear().domain([0, domainMax]).range([0.02, PLOT]);
  const ids = { title: `${chart.id}-title`, desc: `${chart.id}-desc` };
  let y = 4;
  const legend = series.length > 1 ? series.map((s, si) => {
    const row = y;
    y += LINE + 4;
    return `<path class="s${si % 6}" transform="translate(8,${row + 8})" d="${shapePath(si)}" fill="${theme.series[si % 6]}"/><text class="t" x="22" y="${row + 13}" fill="${theme.text}" font-size="${FONT}">${escapeXml(s.name)}</text>`;
  }) : [];
  if (legend.length) y += 8;
  const body = rows.map((label) => {
    const lines = wrapLabel(label);
    const head = `<text class="t" x="0" y="${y + FONT}" fill="${theme.text}" font-size="${FONT}">${lines.map((l, j) => `<tspan x="0" dy="${j === 0 ? 0 : LINE}">${escapeXml(l)}</tspan>`).join('')}</text>`;
    y += lines.length * LINE;
    const mid = y + ROW / 2;
    const dots = series.flatMap((s, si) => {
      const p = s.points.find((q) => q.label === label);
      if (!p) return [];
      const value = formatValue(p.value, chart.unit);
      const name = series.length > 1 ? `${label} — ${s.name}` : label;
      return [`<g class="mark" data-label="${escapeXml(name)}" data-value="${escapeXml(value)}"><svg x="${f.x(x(p.value))}" y="${mid}" overflow="visible"><path class="s${si % 6}" d="${shapePath(si)}" fill="${theme.series[si % 6]}"><title>${escapeXml(`${name}: ${value}`)}</title></path></svg><text class="t" x="${f.x(x(p.value))}" dx="10" y="${mid + 5 + (series.length > 1 ? (si % 2 ? 9 : -5) : 0)}" fill="${theme.text}" font-size="${FONT - 1}" font-weight="700">${escapeXml(value)}</text></g>`];
    });
    const track = `<line class="grid" x1="${f.x(x(0))}" x2="${f.x(x(domainMax))}" y1="${mid}" y2="${mid}" stroke="${theme.grid}" stroke-width="1"/>`;
    y += ROW + GAP;
    return `${head}\n${track}${dots.join('')}`;
  });
  return `${f.open(y, ids)}<title id="${ids.title}">${escapeXml(chart.title)}</title><desc id="${ids.desc}">${escapeXml(chart.description)}</desc>
${legend.join('\n')}
${body.join('\n')}</svg>`;
}
