/** Links from a recommendation to the quotes and findings its report ties to it. */
import type { Finding, Quote, Recommendation } from './schema.ts';
import { findingUrl, quoteUrl } from './urls.ts';

export function evidenceLinksFor(r: Recommendation, quotes: Quote[], findings: Finding[]): { href: string; label: string }[] {
  const q = r.related.quotes.flatMap((id) => {
    const quote = quotes.find((x) => x.id === id);
    return quote ? [{ href: quoteUrl(quote), label: `quote (${quote.speaker.code ?? quote.speaker.type})` }] : [];
  });
  const f = r.related.findings.flatMap((id) => {
    const finding = findings.find((x) => x.id === id);
    return finding ? [{ href: findingUrl(finding), label: `finding ${finding.id}` }] : [];
  });
  return [...q, ...f];
}
