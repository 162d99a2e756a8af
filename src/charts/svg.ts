/**
 * Small helpers shared by the chart functions: escaping, label wrapping, value formatting and the coordinate
 * system. A chart renders either fluid (no width given: x positions in %, so the SVG fills its container at any
 * width with text at its real size — readable in a 320 px embed without JavaScript) or fixed (width given:
 * absolute coordinates and a viewBox, for the standalone SVG and PNG downloads).
 */
import { format } from 'd3-format';

export const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Wraps a label into lines of at most `max` characters (fits 320 px at the chart font size). */
export function wrapLabel(label: string, max = 42): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    if (line && `${line} ${word}`.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const pct = format('.4~r');
export function formatValue(value: number, unit: string): string {
  if (unit === 'percent') return `${pct(value)}%`;
  if (unit === 'years') return `${pct(value)} years`;
  return format(',.4~r')(value);
}

export interface Frame {
  /** Horizontal position of a fraction (0–1) of the plot width. */
  x: (fraction: number) => string;
  /** Opening <svg> tag for a chart of this height. */
  open: (height: number, ids: { title: string; desc: string }) => string;
}

/** `width` undefined: fluid. A number: fixed, for downloads. */
export function frame(width?: number): Frame {
  return {
    x: (f) => (width === undefined ? `${+(f * 100).toFixed(3)}%` : `${+(f * width).toFixed(2)}`),
    open: (height, ids) =>
      width === undefined
        ? `<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" width="100%" height="${height}" role="img" aria-labelledby="${ids.title} ${ids.desc}">`
        : `<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${ids.title} ${ids.desc}">`,
  };
}

export const FONT = 14;
export const LINE = 18;
