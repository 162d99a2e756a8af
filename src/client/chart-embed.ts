/**
 * <embed-snippet data-kind="script|static">: rewrites the chart page's embed code with this page's own origin, so
 * the code is right on any deployment or port. Without JavaScript the page shows the code built with SITE_URL.
 * The snippets come from the same functions the server uses (src/evidence/embedCode.ts).
 */
import { embedCode, embedHeightsFrom, staticEmbedCode } from '../evidence/embedCode.ts';

class EmbedSnippet extends HTMLElement {
  connectedCallback() {
    const { kind, id, title, heights } = this.dataset;
    if (!id || !title) return;
    const chart = { id, title };
    const code =
      kind === 'static' && heights
        ? staticEmbedCode(chart, location.origin, embedHeightsFrom(heights.split(' ').map(Number)))
        : embedCode(chart, location.origin);
    const pre = this.querySelector('pre code');
    if (pre) pre.textContent = code;
    const copy = this.querySelector<HTMLElement>('copy-button');
    if (copy) copy.dataset.text = code;
  }
}
if (!customElements.get('embed-snippet')) customElements.define('embed-snippet', EmbedSnippet);
