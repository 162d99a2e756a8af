/**
 * Standalone chart files for download: a fixed-width SVG with light-theme colours inline, a white background,
 * its title and the source line, so it stands on its own in a report or slide. Also the PNG of that SVG.
 */
import { Resvg } from '@resvg/resvg-js';
import { renderChart } from './render.ts';
import { textBlock, wrap } from './svg.ts';
import { light, type } from '../design/tokens.ts';
import type { ChartData } from './types.ts';

const DOWNLOAD_WIDTH = 720;
const PAD = 24;
const TITLE = 19;
const SOURCE = 12;

export function standaloneSvg(chart: ChartData, sourceLine: string): string {
  const inner = DOWNLOAD_WIDTH - PAD * 2;
  const { svg: body, height } = renderChart(chart, { width: inner, theme: light });
  const titleLines = wrap(chart.title, { size: TITLE, bold: true, width: inner });
  const sourceLines = wrap(sourceLine, { size: SOURCE, width: inner });
  const top = PAD + titleLines.length * 24 + 10;
  const total = top + height + 16 + sourceLines.length * 16 + PAD;
  const font = type.body.replace(/"/g, "'");
  const lines = (ls: string[], y: number, step: number, attrs: string) => textBlock(ls, PAD, y, attrs, step);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${DOWNLOAD_WIDTH}" height="${total}" viewBox="0 0 ${DOWNLOAD_WIDTH} ${total}" font-family="${font}">
<rect width="100%" height="100%" fill="${light.bg}"/>
${lines(titleLines, PAD + 18, 24, `font-size="${TITLE}" font-weight="700" fill="${light.text}"`)}
<g transform="translate(${PAD},${top})">${body}</g>
${lines(sourceLines, top + height + 16, 16, `font-size="${SOURCE}" fill="${light.muted}"`)}
</svg>`;
}

export function svgToPng(svg: string): Uint8Array {
  return new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  })
    .render()
    .asPng();
}
