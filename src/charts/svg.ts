/**
 * What the four chart kinds share: escaping, value formatting, type sizes (from the design tokens), the coordinate
 * system, the opening of the SVG, wrapped text blocks, the value axis and the hatch patterns.
 *
 * A chart renders either fluid (no width given: x positions in %, so the SVG fills its column at any width with
 * text at its real size, readable in a 320 px embed without JavaScript) or fixed (width given: absolute coordinates
 * and a viewBox, for the standalone SVG and PNG downloads). Text is wrapped for the narrowest column a chart is
 * shown in (MIN_WIDTH), so the height is the same at every width and labels never run out of the SVG.
 */
import { format } from 'd3-format';
import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import { light, type, type Theme } from '../design/tokens.ts';
import { wrapText, textWidth } from './text.ts';
import type { ChartData, ChartUnit, RenderOptions, Rendered } from './types.ts';

export const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Chart text sizes in px, from the type scale (rem at the browser's 16 px). */
const rem = (size: string) => parseFloat(size) * 16;
export const FONT = rem(type.scale.small);
export const SMALL = Math.max(12, FONT - 1.5);
/** Line advance for wrapped text. */
export const LINE = Math.round(FONT * 1.3);
/** How many series colours (and CSS classes .s0 …) there are; further series reuse them, told apart by pattern. */
export const SERIES_COUNT = light.series.length;
/** The narrowest plot a chart is drawn for: a 320 px screen less the page's side padding, with some to spare. */
export const MIN_WIDTH = 272;

const pct = format('.4~r');
const num = format(',.4~r');
/** One formatter for every value the site shows: "21%", "1,027", "2 years", "19×". */
export function formatValue(value: number, unit: string): string {
  if (unit === 'percent') return `${pct(value)}%`;
  if (unit === 'years') return `${pct(value)} years`;
  if (unit === 'ratio') return `${pct(value)}×`;
  return num(value);
}

/** Where things go across the plot: a fraction (0–1) of the width, as % (fluid) or px (fixed). */
export const xAt = (width: number | undefined) => (fraction: number) =>
  width === undefined ? `${+(fraction * 100).toFixed(3)}%` : `${+(fraction * width).toFixed(2)}`;

/**
 * How wide labels may run: in fluid charts, the narrowest plot (so the height is the same at every width); in
 * fixed-size downloads, most of the given width.
 */
export const labelRoom = ({ width }: Pick<RenderOptions, 'width'>) =>
  width === undefined ? MIN_WIDTH : Math.max(MIN_WIDTH, Math.round(width * 0.6));

/** Lines of text wrapped to fit `width` px (MIN_WIDTH by default). */
export const wrap = (text: string, opts: { size?: number; bold?: boolean; width?: number } = {}) =>
  wrapText(text, opts.width ?? MIN_WIDTH, { size: opts.size ?? FONT, bold: opts.bold });
export { textWidth };

/** A <text> block of already-wrapped lines whose first baseline is at `y`, `step` px apart. */
export function textBlock(lines: string[], x: number | string, y: number, attrs: string, step = LINE): string {
  return `<text x="${x}" y="${y}" ${attrs}>${lines.map((l, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : step}">${escapeXml(l)}</tspan>`).join('')}</text>`;
}

/**
 * The drawn text (axis ticks, labels, values, legends) is hidden from assistive technology. Chromium exposes the
 * children of an SVG with role="img", so a screen reader read each label again after the mark's own name, and the
 * ticks as loose numbers. The chart is named, every mark carries its label and value (its <title>, or the island's
 * aria-label), and the data table under it has every value.
 */
const hideDrawnText = (body: string) => body.replace(/<text\b([^>]*)>/g, '<text$1 aria-hidden="true">');

/** The whole SVG: opening tag (named for assistive technology, see RenderOptions.labelledby), body, close. */
export function finish(chart: ChartData, { width, labelledby }: RenderOptions, height: number, body: string): Rendered {
  const h = Math.ceil(height);
  const size =
    width === undefined ? `width="100%" height="${h}"` : `width="${width}" height="${h}" viewBox="0 0 ${width} ${h}"`;
  const ids = { title: `${chart.id}-title`, desc: `${chart.id}-desc` };
  const name = labelledby ? `aria-labelledby="${escapeXml(labelledby)}"` : `aria-labelledby="${ids.title} ${ids.desc}"`;
  const own = labelledby
    ? ''
    : `<title id="${ids.title}">${escapeXml(chart.title)}</title><desc id="${ids.desc}">${escapeXml(chart.description)}</desc>`;
  return {
    svg: `<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" ${size} role="img" ${name} font-size="${FONT}">${own}\n${hideDrawnText(body)}</svg>`,
    height: h,
  };
}

/**
 * The top of the value scale, chosen honestly for the unit: every scale starts at 0 (ratios are drawn from 1 on a
 * scale from 0); percentages never run past 100; the top is a round number at or above the largest value.
 */
export function axisMax(values: number[], unit: ChartUnit): number {
  const top = max(values) ?? 1;
  const nice = scaleLinear()
    .domain([0, top || 1])
    .nice(4)
    .domain()[1]!;
  return unit === 'percent' ? Math.min(100, nice) : nice;
}

/** Above the plot, in muted type: what counts and ratios count. Percentages say so on every tick. */
export function unitCaption(chart: ChartData): string | null {
  if (chart.unit === 'count') return `Number of ${chart.base}`;
  if (chart.unit === 'ratio') return 'How many times as likely (1× = no difference)';
  return null;
}

/** Under a ratio chart: the caution the reports give about survey associations. */
export const RATIO_CAUTION = 'A ratio from a survey shows that two things go together, not that one causes the other.';

export interface Axis {
  /** Height the tick labels take above the plot. */
  height: number;
  /** Tick labels (at `top`) and gridlines from under them to `bottom`. */
  draw: (top: number, bottom: number) => string;
}

/** A light value axis: a few round ticks labelled along the top, with gridlines; for ratios, the line at 1. */
export function valueAxis(domainMax: number, unit: ChartUnit, x: (f: number) => string, theme: Theme): Axis {
  const scale = scaleLinear().domain([0, domainMax]);
  const ticks = scale.ticks(4).filter((t) => !(unit === 'ratio' && t === 0));
  if (unit === 'ratio' && !ticks.includes(1)) ticks.unshift(1);
  return {
    height: LINE + 4,
    draw: (top, bottom) =>
      ticks
        .map((t) => {
          const f = scale(t);
          const anchor = f <= 0 ? 'start' : f >= 1 ? 'end' : 'middle';
          const ref = unit === 'ratio' && t === 1;
          const line = `<line class="${ref ? 'ref' : 'grid'}" x1="${x(f)}" x2="${x(f)}" y1="${top + LINE - 2}" y2="${bottom}" stroke="${ref ? theme.text : theme.grid}" stroke-width="${ref ? 1.5 : 1}"${ref ? ' stroke-dasharray="4 3"' : ''}/>`;
          const label = `<text class="m" x="${x(f)}" y="${top + SMALL}" text-anchor="${anchor}" font-size="${SMALL}" fill="${theme.muted}">${escapeXml(formatValue(t, unit))}</text>`;
          return line + label;
        })
        .join(''),
  };
}

/** A wrapped muted note (unit caption, caution) at `y`; returns its markup and height. */
export function note(text: string | null, y: number, theme: Theme, width = MIN_WIDTH): { svg: string; height: number } {
  if (!text) return { svg: '', height: 0 };
  const lines = wrap(text, { size: SMALL, width });
  return {
    svg: textBlock(lines, 0, y + SMALL, `class="m" font-size="${SMALL}" fill="${theme.muted}"`),
    height: lines.length * LINE + 4,
  };
}

/** Hatch drawn over each series' colour, by series index, so colour is never the only cue. */
const HATCH = ['', 'M0,8 L8,0', 'M0,0 L8,8', 'M4,0 L4,8', 'M0,4 L8,4', 'M0,8 L8,0 M0,0 L8,8'];
export const seriesClass = (i: number) => `s${i % SERIES_COUNT}`;
export function patternDefs(id: string, theme: Theme): string {
  return `<defs>${HATCH.map((d, i) =>
    d
      ? `<pattern id="${id}-h${i}" width="8" height="8" patternUnits="userSpaceOnUse"><path class="hatch" d="${d}" stroke="${theme.bg}" stroke-width="1.5" opacity="0.65"/></pattern>`
      : '',
  ).join('')}</defs>`;
}
/** A coloured rectangle for series `i`, with its hatch on top. */
export function seriesRect(
  id: string,
  i: number,
  x: string,
  y: number,
  w: string,
  h: number,
  theme: Theme,
  extra = '',
): string {
  const hatch = HATCH[i % HATCH.length];
  return `<rect class="${seriesClass(i)}" x="${x}" y="${y}" width="${w}" height="${h}" fill="${theme.series[i % SERIES_COUNT]}"${extra}/>${
    hatch
      ? `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="url(#${id}-h${i % HATCH.length})" pointer-events="none"/>`
      : ''
  }`;
}

/**
 * A value label for a bar ending at fraction `end`: inside the bar's end (in the background colour) when the bar is
 * at least half the plot, which leaves it room at any width; otherwise just past the end, where half the plot is free.
 */
export function barValue(
  text: string,
  end: number,
  y: number,
  x: (f: number) => string,
  theme: Theme,
  series = 0,
): string {
  const inside = end >= 0.5;
  // Inside, a halo in the bar's own colour keeps the label legible over a hatch pattern.
  const look = inside
    ? `class="v-in o${series % SERIES_COUNT}" fill="${theme.bg}" stroke="${theme.series[series % SERIES_COUNT]}" stroke-width="3" paint-order="stroke"`
    : `class="t v" fill="${theme.text}"`;
  return `<text ${look} x="${x(end)}" dx="${inside ? -6 : 6}" y="${y}" text-anchor="${inside ? 'end' : 'start'}" font-size="${FONT}" font-weight="700">${escapeXml(text)}</text>`;
}

/**
 * Attributes of a category label: a halo in the background colour, so gridlines and the reference line pass
 * behind the words instead of through them.
 */
export const labelAttrs = (theme: Theme, { bold = false, muted = false } = {}) =>
  `class="${muted ? 'm' : 't'} lab" fill="${muted ? theme.muted : theme.text}" stroke="${theme.bg}" stroke-width="4" stroke-linejoin="round" paint-order="stroke"${
    bold ? ' font-weight="700"' : ''
  }${muted ? ` font-size="${SMALL}"` : ''}`;

/** The data attributes the chart island reads to label a mark (tooltips, keyboard). */
export const markAttrs = (label: string, value: string) =>
  `class="mark" data-label="${escapeXml(label)}" data-value="${escapeXml(value)}"`;

/** Categories in first-seen order across series. */
export function categoriesOf(chart: Pick<ChartData, 'series'>): string[] {
  return [...new Set((chart.series ?? []).flatMap((s) => s.points.map((p) => p.label)))];
}

/**
 * The head that bar, grouped and dot charts share: the unit caption ("Number of …", where the unit needs one), then
 * the value axis. Returns both, where the axis starts (its gridlines are drawn down to the last row later) and the
 * y at which the rows begin. `top` is where the head starts (below a legend, in dot charts).
 */
export function chartHead(
  chart: ChartData,
  domainMax: number,
  x: (f: number) => string,
  theme: Theme,
  room: number,
  top = 0,
) {
  const caption = note(unitCaption(chart), top, theme, room);
  const axis = valueAxis(domainMax, chart.unit, x, theme);
  const axisTop = top + caption.height;
  return { caption: caption.svg, axis, axisTop, y: axisTop + axis.height };
}
