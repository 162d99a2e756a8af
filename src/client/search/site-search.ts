/**
 * <site-search>: /search/ — the whole site (quotes, findings, pages). Pagefind loads on the first keystroke,
 * not with the page. The query is never written to the URL. Results show as text with Pagefind's <mark>s.
 */
import { loadPagefind, safeExcerpt } from './pagefind.ts';
import { cleanQuery } from './facets.ts';

class SiteSearch extends HTMLElement {
  private run = 0;
  connectedCallback() {
    const form = this.querySelector('form')!;
    const input = this.querySelector<HTMLInputElement>('input[type=search]')!;
    const kind = this.querySelector<HTMLSelectElement>('select[name=kind]')!;
    let timer = 0;
    const go = () => {
      clearTimeout(timer);
      timer = window.setTimeout(() => this.search(input.value, kind.value), 120);
    };
    input.addEventListener('input', go);
    kind.addEventListener('change', go);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.search(input.value, kind.value);
    });
    // Focus stays where the page loads it (WCAG 2.4.3): Tab reaches the skip link and the quick exit first.
  }

  private async search(raw: string, kind: string) {
    const run = ++this.run;
    const query = cleanQuery(raw);
    const status = this.querySelector('[role=status]')!;
    const list = this.querySelector('ol')!;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const pagefind = await loadPagefind();
    const found = await pagefind.search(query, kind ? { filters: { kind } } : {});
    if (run !== this.run) return;
    const data = await Promise.all(found.results.slice(0, 25).map((r) => r.data()));
    if (run !== this.run) return;
    list.replaceChildren(
      ...data.map((d) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = d.url;
        a.textContent = d.meta.title ?? d.url;
        const tag = document.createElement('span');
        tag.className = 'small muted';
        tag.textContent = ` — ${d.meta.kind ?? 'page'}${d.meta.source ? `, ${d.meta.source}` : ''}`;
        const p = document.createElement('p');
        p.append(safeExcerpt(d.excerpt));
        li.append(a, tag, p);
        return li;
      }),
    );
    const n = found.results.length;
    status.textContent = n
      ? `${n} result${n === 1 ? '' : 's'} for “${query}”${n > 25 ? ', showing the first 25' : ''}`
      : `No results for “${query}”. Check the spelling, try fewer or other words, or search all kinds.`;
  }
}
if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
