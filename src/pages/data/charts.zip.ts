// /data/charts.zip — every chart dataset (JSON and CSV) with a README on fields, sources and citation.
import { zipSync, strToU8 } from 'fflate';
import { getCharts, getSources } from '../../evidence/queries.ts';
import { chartCsv, publicChart } from '../../evidence/exports.ts';
import { citationOf } from '../../evidence/cite.ts';
import { site } from '../../site.ts';

export async function GET() {
  const [charts, sources] = await Promise.all([getCharts(), getSources()]);
  const readme = `${site.name} — chart datasets

Each chart is here twice: <id>.json (with its source and the verbatim snippets in which every value is written)
and <id>.csv (label, value; series too for multi-series charts).

JSON fields: id, title (a takeaway), description, longDescription, kind (bar | stacked | grouped | dot), unit
(percent | count | years | ratio | other), base (what n counts), n, countries, themes, points [{label, value}] or
series [{name, points}], source {id, section, snippets}, notes (what the report's own chart shows that its text
does not), url, embedUrl.

Values are only those the reports print in their text; nothing is estimated or read off an image.

Sources — cite the report, and this site as the place you found the data:
${sources.map((s) => `- ${s.id}: ${citationOf(s)}${s.licence ? ` Terms: ${s.licence}` : ''}`).join('\n')}
`;
  const files: Record<string, Uint8Array> = { 'README.txt': strToU8(readme) };
  for (const c of charts) {
    files[`${c.id}.json`] = strToU8(`${JSON.stringify(publicChart(c), null, 2)}\n`);
    files[`${c.id}.csv`] = strToU8(chartCsv(c));
  }
  // A fixed mtime keeps the archive byte-identical between builds of the same content.
  const zip = zipSync(files, { mtime: new Date('2026-01-01T00:00:00Z') });
  // slice(): a copy backed by a plain ArrayBuffer, which is what a Response body accepts (fflate's type allows a
  // SharedArrayBuffer too).
  return new Response(zip.slice(), { headers: { 'Content-Type': 'application/zip' } });
}
