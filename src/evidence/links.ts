/**
 * Links from a recommendation to evidence: `related` are the links its report makes ("Evidence the report ties to
 * it"); `topical` are links we made by topic ("Related evidence on this site"). The two are never mixed.
 */
import type { Finding, Quote, Recommendation } from './schema.ts';
import { speakerLabel } from './cite.ts';
import { findingUrl, quoteUrl } from './urls.ts';

export function evidenceLinksFor(
  r: Recommendation,
  quotes: Quote[],
  findings: Finding[],
  field: 'related' | 'topical' = 'related',
): { href: string; label: string }[] {
  const q = r[field].quotes.flatMap((id) => {
    const quote = quotes.find((x) => x.id === id);
    return quote ? [{ href: quoteUrl(quote), label: `quote (${speakerLabel(quote)})` }] : [];
  });
  const f = r[field].findings.flatMap((id) => {
    const finding = findings.find((x) => x.id === id);
    return finding ? [{ href: findingUrl(finding), label: `finding ${finding.id}` }] : [];
  });
  return [...q, ...f];
}
