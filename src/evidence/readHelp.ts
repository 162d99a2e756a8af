/**
 * Reads and validates content/help/<country>.json (one array of channels per country) for the `help` collection.
 * Kept apart from read.ts so the help records have one self-contained loader. Every problem names the file, the
 * record and the field, and all problems are reported together (as EvidenceError, like the rest of content/).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { helpChannelSchema, type HelpChannel } from './helpSchema.ts';
import { EvidenceError } from './validate.ts';

export interface HelpFile {
  /** Path relative to the repo, for messages. */
  path: string;
  data: unknown;
}

/**
 * Validates help files: each holds an array of channels for the country it is named after; ids are unique;
 * each record's report (and every alsoIn report) covers that country. `sourceCountries` maps a source id to the
 * countries it covers (from content/sources/); ids it lacks are left to the schema's source-id check.
 */
export function validateHelp(files: HelpFile[], sourceCountries: Record<string, string[]> = {}): HelpChannel[] {
  const problems: string[] = [];
  const channels: HelpChannel[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const country = file.path
      .split('/')
      .pop()!
      .replace(/\.json$/, '');
    if (!Array.isArray(file.data)) {
      problems.push(`${file.path}: must hold a JSON array of channels`);
      continue;
    }
    file.data.forEach((record: unknown, index) => {
      const rid =
        record && typeof record === 'object' && typeof (record as { id?: unknown }).id === 'string'
          ? (record as { id: string }).id
          : '';
      const label = `${file.path}: ${rid ? `record "${rid}"` : `record #${index + 1}`}`;
      const result = helpChannelSchema.safeParse(record);
      if (!result.success) {
        for (const issue of result.error.issues)
          problems.push(`${label}: ${issue.path.join('.') || '(record)'}: ${issue.message}`);
        return;
      }
      const h = result.data;
      if (h.country !== country)
        problems.push(
          `${label}: country: is "${h.country}" but the file is for "${country}" (put it in content/help/${h.country}.json)`,
        );
      for (const [field, m] of [
        ['source', h.source],
        ...h.alsoIn.map((a, i) => [`alsoIn.${i}`, a] as const),
      ] as const) {
        const covers = sourceCountries[m.id];
        if (covers && !covers.includes(h.country))
          problems.push(`${label}: ${field}.id: report "${m.id}" does not cover ${h.country}`);
      }
      if (seen.has(h.id)) problems.push(`${label}: id: "${h.id}" is also used in ${seen.get(h.id)}`);
      seen.set(h.id, file.path);
      channels.push(h);
    });
  }
  if (problems.length) throw new EvidenceError(problems);
  return channels;
}

const cache = new Map<string, HelpChannel[]>();
/** The help channels of content/help/, validated (memoised per content folder). */
export function loadHelp(contentDir = join(process.cwd(), 'content')): HelpChannel[] {
  if (cache.has(contentDir)) return cache.get(contentDir)!;
  const repo = join(contentDir, '..');
  const read = (path: string) => {
    try {
      return JSON.parse(readFileSync(path, 'utf8')) as unknown;
    } catch (error) {
      throw new EvidenceError([`${relative(repo, path)}: is not valid JSON (${(error as Error).message})`]);
    }
  };
  const list = (dir: string) =>
    existsSync(join(contentDir, dir))
      ? readdirSync(join(contentDir, dir))
          .filter((n) => n.endsWith('.json'))
          .sort()
      : [];
  const sourceCountries = Object.fromEntries(
    list('sources').map((n) => {
      const s = read(join(contentDir, 'sources', n)) as { id?: string; countries?: string[] };
      return [s.id ?? n.replace(/\.json$/, ''), s.countries ?? []];
    }),
  );
  const files = list('help').map((n) => ({
    path: relative(repo, join(contentDir, 'help', n)),
    data: read(join(contentDir, 'help', n)),
  }));
  cache.set(contentDir, validateHelp(files, sourceCountries));
  return cache.get(contentDir)!;
}
