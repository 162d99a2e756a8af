/**
 * schema.org Dataset metadata (JSON-LD) for /data/, so data catalogues and search engines can find the open data.
 * Pure: the page passes its origin, the sources and the counts. The licence is each report's reuse terms as printed.
 * The page writes it with inlineJson (src/inlineJson.ts), the one escaper for inline JSON blocks.
 */
import type { Source } from './schema.ts';
import { citationOf } from './cite.ts';

export const dataFiles = [
  { name: 'Quotes', path: '/data/quotes.json', format: 'application/json' },
  { name: 'Quotes', path: '/data/quotes.csv', format: 'text/csv' },
  { name: 'Findings', path: '/data/findings.json', format: 'application/json' },
  { name: 'Findings', path: '/data/findings.csv', format: 'text/csv' },
  { name: 'Recommendations', path: '/data/recommendations.json', format: 'application/json' },
  { name: 'Recommendations', path: '/data/recommendations.csv', format: 'text/csv' },
  { name: 'Chart datasets (index)', path: '/data/charts/index.json', format: 'application/json' },
  { name: 'Chart datasets (all, with a README)', path: '/data/charts.zip', format: 'application/zip' },
  { name: 'Sources', path: '/data/sources.json', format: 'application/json' },
] as const;

interface Input {
  origin: string;
  siteName: string;
  description: string;
  sources: Source[];
  counts: { quotes: number; findings: number; recommendations: number; charts: number };
}

export function datasetJsonLd({ origin, siteName, description, sources, counts }: Input) {
  const url = (path: string) => new URL(path, origin).href;
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: `${siteName}: quotes, findings, recommendations and chart data`,
    description: `${description} ${counts.quotes} quotes, ${counts.findings} findings, ${counts.recommendations} recommendations and ${counts.charts} chart datasets, each traced to a verbatim passage of its report.`,
    url: url('/data/'),
    creator: { '@type': 'Organization', name: siteName, url: url('/') },
    // The data are taken from the reports: each one's reuse terms, as printed (none printed: the entry says so).
    license: sources.map((s) => ({
      '@type': 'CreativeWork',
      name: `Reuse terms of ${s.title}`,
      text: s.licence ?? 'The report prints no reuse terms; cite it.',
    })),
    isBasedOn: sources.map((s) => ({
      '@type': 'CreativeWork',
      name: s.title,
      author: s.authors,
      publisher: s.publisher,
      datePublished: String(s.year),
      citation: citationOf(s),
    })),
    distribution: dataFiles.map((f) => ({
      '@type': 'DataDownload',
      name: f.name,
      encodingFormat: f.format,
      contentUrl: url(f.path),
    })),
    inLanguage: 'en',
    isAccessibleForFree: true,
  };
}
