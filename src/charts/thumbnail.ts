/**
 * A small preview of a chart for the gallery: the marks only (no text), on the same scale as the full chart, in
 * a fixed 120 × 64 box. Decorative (the card's title says what it is), and light: a dozen elements at most, so
 * 84 of them keep the gallery small. Colours come from CSS classes, so it follows the light and dark themes.
 */
import { drawnKind } from './render.ts';
import { axisMax, categoriesOf, seriesClass } from './svg.ts';
import type { ChartData } from './types.ts';

const W = 120;
const H = 64;
const MAX_ROWS = 6;

const r = (n: number) => +n.toFixed(1);
const rect = (cls: string, x: number, y: number, w: number, h: number) =>
  `<rect class="${cls}" x="${r(x)}" y="${r(y)}" width="${r(Math.max(w, 1))}" height="${r(h)}"/>`;

export function renderThumbnail(chart: ChartData): string {
  const kind = drawnKind(chart);
  const series = chart.series ?? [{ name: '', points: chart.points ?? [] }];
  const values = series.flatMap((s) => s.points.map((p) => p.value));
  const top = axisMax(values, chart.unit);
  let marks = '';
  if (kind === 'stacked') {
    const bars = series.slice(0, MAX_ROWS);
    const step = H / bars.length;
    const total = Math.max(100, ...bars.map((s) => s.points.reduce((a, p) => a + p.value, 0)));
    bars.forEach((s, i) => {
      let x = 0;
      categoriesOf({ series: [s] }).forEach((c, ci) => {
        const w = ((s.points.find((p) => p.label === c)?.value ?? 0) / total) * W;
        marks += rect(seriesClass(ci), x, i * step + step * 0.2, w, step * 0.6);
        x += w;
      });
    });
  } else if (kind === 'grouped') {
    const cats = categoriesOf(chart).slice(0, 3);
    const per = H / cats.length;
    cats.forEach((c, ci) => {
      const group = series.slice(0, 3);
      group.forEach((s, si) => {
        const v = s.points.find((p) => p.label === c)?.value ?? 0;
        marks += rect(
          seriesClass(si),
          0,
          ci * per + (si * per * 0.8) / group.length,
          (v / top) * W,
          (per * 0.8) / group.length - 1,
        );
      });
    });
  } else {
    const points = series[0]!.points.slice(0, MAX_ROWS);
    const step = H / points.length;
    points.forEach((p, i) => {
      const w = (Math.max(0, p.value) / top) * W;
      const y = i * step + step * 0.2;
      if (kind === 'dot')
        marks += `<line class="grid" x1="0" x2="${W}" y1="${r(y + step * 0.3)}" y2="${r(y + step * 0.3)}"/><circle class="s0" cx="${r(Math.min(W - 4, Math.max(4, w)))}" cy="${r(y + step * 0.3)}" r="4"/>`;
      else marks += rect('s0', 0, y, w, step * 0.6);
    });
  }
  return `<svg class="chart-thumb chart-svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" aria-hidden="true" focusable="false">${marks}</svg>`;
}
