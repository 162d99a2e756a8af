/**
 * Fills a QuoteCard <template> (server-rendered by QuoteCard.astro on /quotes/) with one result's card data, so a
 * search result has the same markup, classes and words as the card on a country or theme page. Everything is
 * set as text or as an attribute, never as markup.
 */
import type { QuoteCardData } from '../../evidence/quoteCard.ts';

export function fillQuoteCard(template: HTMLTemplateElement, d: QuoteCardData): HTMLElement {
  const card = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
  const $ = <T extends Element = HTMLElement>(sel: string) => card.querySelector<T & Element>(sel)!;
  card.tabIndex = -1; // "Show more quotes" moves focus to the first new card
  $('.quote-text').textContent = d.text;
  const speaker = $<HTMLAnchorElement>('a.speaker');
  speaker.textContent = d.speaker;
  speaker.href = d.speakerUrl;
  $('.speaker-detail').textContent = d.detail ? `, ${d.detail}` : '';
  const type = $('.speaker-type');
  type.hidden = d.speakerType === null;
  type.textContent = ` · ${d.speakerType ?? ''}`;
  $('.quote-country').textContent = d.country;
  const first = $('.quote-source');
  const list = first.parentElement!;
  list.replaceChildren(
    ...d.sources.map((s, i) => {
      const item = first.cloneNode(true) as HTMLElement;
      const link = item.querySelector('a')!;
      link.href = s.url;
      link.textContent = s.title;
      item.querySelector('.quote-section')!.textContent = s.section;
      item.replaceChildren(
        ...[
          i > 0 ? '; also in ' : '',
          link,
          ', ',
          item.querySelector('.quote-section')!,
          s.code ? ` (as ${s.code})` : '',
        ].filter((x) => x !== ''),
      );
      return item;
    }),
  );
  $<HTMLAnchorElement>('a.quote-context').href = d.url;
  $('.cite-share-citation').textContent = d.citation;
  $<HTMLAnchorElement>('.cite-share-link a').href = d.url;
  const [copyCitation, copyLink] = card.querySelectorAll<HTMLElement>('copy-button');
  if (copyCitation) copyCitation.dataset.text = d.citation;
  if (copyLink) copyLink.dataset.text = d.url;
  return card;
}
