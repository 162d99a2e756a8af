/** The HTML a host page pastes to embed a chart, and the oEmbed record that carries the same HTML. */
import type { Chart } from './schema.ts';
import { embedUrl } from './urls.ts';

export const EMBED_HEIGHT = 520;

export function embedCode(chart: Pick<Chart, 'id' | 'title'>, origin: string): string {
  const title = chart.title.replace(/"/g, '&quot;');
  return `<iframe src="${origin}${embedUrl(chart)}" title="${title}" loading="lazy" width="100%" height="${EMBED_HEIGHT}" style="border:0;max-width:100%" data-survivors-voices-embed></iframe>\n<script src="${origin}/embed.js" async></script>`;
}

export function oembedRecord(chart: Pick<Chart, 'id' | 'title'>, origin: string, providerName: string) {
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
