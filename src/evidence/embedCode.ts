/**
 * The HTML a host page pastes to embed a chart, and the oEmbed record that carries it. Browser-safe (the chart
 * page's island builds the snippets from its own origin with these same functions).
 *
 * Two snippets:
 * - with script: the iframe plus /embed.js, which sizes the frame to its content (best: exact height, any width);
 * - without script, for hosts that strip <script>: the iframe's height follows its width through CSS alone,
 *   from heights worked out on the server for three widths (see src/charts/embedHeight.ts).
 */
import type { Chart } from './schema.ts';
import { embedUrl } from './urls.ts';

export const EMBED_HEIGHT = 520;
/**
 * The widths (px) of the frame for which a chart's embed height is worked out on the server. The narrowest is a
 * 320 px phone less a host page's side padding.
 */
export const EMBED_WIDTHS = [280, 600, 1000] as const;
export type EmbedHeights = readonly [number, number, number];

/**
 * A list of heights as EmbedHeights, one for each of EMBED_WIDTHS in order (the server's list, or the numbers the
 * chart page's markup carries for its island); anything else is an error that shows the list.
 */
export function embedHeightsFrom(list: readonly number[]): EmbedHeights {
  const [narrow, mid, wide] = list;
  if (list.length !== EMBED_WIDTHS.length || narrow === undefined || mid === undefined || wide === undefined)
    throw new Error(`embed heights: expected ${EMBED_WIDTHS.length}, one per width, got [${list.join(', ')}]`);
  if (!list.every((h) => Number.isFinite(h) && h > 0))
    throw new Error(`embed heights: expected positive numbers, got [${list.join(', ')}]`);
  return [narrow, mid, wide];
}

type Embeddable = Pick<Chart, 'id' | 'title'>;
const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function embedCode(chart: Embeddable, origin: string): string {
  return `<iframe src="${origin}${embedUrl(chart)}" title="${attr(chart.title)}" loading="lazy" width="100%" height="${EMBED_HEIGHT}" style="border:0;max-width:100%" data-survivors-voices-embed></iframe>\n<script src="${origin}/embed.js" async></script>`;
}

/**
 * CSS for a height that is at least the content's at every width from the narrowest in EMBED_WIDTHS: the content's
 * height falls with
 * width ever more slowly (text wraps into fewer lines), so the straight lines through the three worked-out points,
 * taken at their maximum, never fall below it. `cqw` is 1% of the wrapper's width (container-type: inline-size).
 */
export function fluidHeightCss([hNarrow, h600, h1000]: EmbedHeights): string {
  const line = (w1: number, h1: number, w2: number, h2: number) => {
    const slope = (h2 - h1) / (w2 - w1);
    return `calc(${+(h1 - slope * w1).toFixed(1)}px + ${+slope.toFixed(4)} * 100cqw)`;
  };
  return `max(${h1000}px, ${line(EMBED_WIDTHS[0], hNarrow, 600, h600)}, ${line(600, h600, 1000, h1000)})`;
}

export function staticEmbedCode(chart: Embeddable, origin: string, heights: EmbedHeights): string {
  return `<div style="container-type:inline-size;max-width:100%"><iframe src="${origin}${embedUrl(chart)}" title="${attr(chart.title)}" loading="lazy" width="100%" height="${heights[0]}" style="display:block;width:100%;border:0;height:${fluidHeightCss(heights)}"></iframe></div>`;
}

export function oembedRecord(chart: Embeddable, origin: string, providerName: string) {
  return {
    version: '1.0',
    type: 'rich',
    title: chart.title,
    provider_name: providerName,
    provider_url: `${origin}/`,
    html: embedCode(chart, origin),
    width: 640,
    height: EMBED_HEIGHT,
  };
}
