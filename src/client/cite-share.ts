/**
 * <cite-share data-url="/path/#id">: completes a citation in the reader's browser, where the date of access and
 * the site's real address are known. Replaces the placeholder with today's date written out and the build-time
 * address with this page's origin, in the shown text and in what the copy buttons copy.
 */
import { ACCESS_PLACEHOLDER, formatDate } from '../evidence/dates.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

class CiteShare extends HTMLElement {
  connectedCallback() {
    const path = this.dataset.url ?? '';
    const absolute = new URL(path, location.href).href;
    const anyOrigin = path ? new RegExp(`https?://[^\\s,]*?${escape(path)}`) : null;
    // The reader's own calendar date (formatDate reads UTC fields, so pass it the local date as UTC).
    const now = new Date();
    const today = formatDate(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())));
    const complete = (text: string) => {
      let out = text.replace(ACCESS_PLACEHOLDER, today);
      if (anyOrigin) out = out.replace(anyOrigin, absolute);
      return out;
    };
    const shown = this.querySelector('.cite-share-citation');
    if (shown?.textContent) shown.textContent = complete(shown.textContent);
    for (const button of this.querySelectorAll<HTMLElement>('copy-button')) {
      if (button.dataset.text) button.dataset.text = complete(button.dataset.text);
    }
  }
}
if (!customElements.get('cite-share')) customElements.define('cite-share', CiteShare);
