/**
 * The public data contract for /data/help.json and /data/help.csv: the reporting channels and support services
 * the reports name. Pure, like src/evidence/exports.ts (whose CSV writer it uses), so it is unit-tested without a
 * build.
 */
import type { HelpChannel } from './helpSchema.ts';
import { helpChannelUrl } from './urls.ts';
import { toCsv } from './exports.ts';

export const publicHelpChannel = (h: HelpChannel) => ({
  id: h.id,
  country: h.country,
  name: h.name,
  kind: h.kind,
  does: h.does,
  contact: h.contact ?? null,
  website: h.website ?? null,
  source: { id: h.source.id, section: h.source.section, snippet: h.source.snippet },
  alsoIn: h.alsoIn.map((m) => ({ id: m.id, section: m.section, name: m.name, snippet: m.snippet })),
  url: helpChannelUrl(h),
});

type PublicHelpChannel = ReturnType<typeof publicHelpChannel>;

export const helpCsv = (rows: PublicHelpChannel[]) =>
  toCsv(rows, [
    ['id', (r) => r.id],
    ['country', (r) => r.country],
    ['name', (r) => r.name],
    ['kind', (r) => r.kind],
    ['does', (r) => r.does],
    ['contact', (r) => r.contact],
    ['website', (r) => r.website],
    ['source_id', (r) => r.source.id],
    ['source_section', (r) => r.source.section],
    ['source_snippet', (r) => r.source.snippet],
    ['also_in', (r) => r.alsoIn.map((a) => `${a.id}: ${a.section}`)],
    ['url', (r) => r.url],
  ]);
