/**
 * Standalone chart files for download: a fixed-width SVG with light-theme colours inline, a white background,
 * its title and the source line, so it stands on its own in a report or slide. Also the PNG of that SVG.
 */
import { Resvg } from '@resvg/resvg-js';
import { renderChart } from './render.ts';
import { escapeXml, wrapLabel } from './svg.ts';
import { light, type } from '../design/tokens.ts';
import type { ChartData } from './types.ts';

const DOWNLOAD_WIDTH = 720;

export function standaloneSvg(chart: ChartData, sourceLine: string): string {
  const pad = 24;
  const inner = DOWNLOAD_WIDTH - pad * 2;
  const body = renderChart(chart, { width: inner, theme: light });
  const height = Number(/height="(\d+(?:\.\d+)?)"/.exec(body)?.[1] ?? 300);
  const titleLines = wrapLabel(chart.title, 70);
  const sourceLines = wrapLabel(sourceLine, 100);
  const top = pad + titleLines.length * 24 + 10;
  const total = top + height + 16 + sourceLines.length * 16 + pad;
  const font = type.body.replace(/"/g, "'");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${DOWNLOAD_WIDTH}" height="${total}" viewBox="0 0 ${DOWNLOAD_WIDTH} ${total}" font-family="${font}">
<rect width="100%" height="100%" fill="${light.bg}"/>
<text x="${pad}" y="${pad + 18}" font-size="19" font-weight="700" fill="${light.text}">${titleLines.map((l, i) => `<tspan x="${pad}" dy="${i ? 24 : 0}">${escapeXml(l)}</tspan>`).join('')}</text>
<g transform="translate(${pad},${top})">${body}</g>
<text x="${pad}" y="${top + height + 16}" font-size="12" fill="${light.muted}">${sourceLines.map((l, i) => `<tspan x="${pad}" dy="${i ? 16 : 0}">${escapeXml(l)}</tspan>`).join('')}</text>
</svg>`;
}

export function svgToPng(svg: string): Uint8Array {
  return new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
}
