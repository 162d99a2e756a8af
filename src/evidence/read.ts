/**
 * Reads every file in content/ (except the MDX country pages, which Astro's glob loader reads) and validates it.
 * Memoised: the collections in src/content.config.ts share one read per build.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { EvidenceError, validateEvidence, type ContentFile, type Evidence, type Kind } from './validate.ts';

const folders: Kind[] = ['sources', 'countries', 'quotes', 'findings', 'recommendations', 'charts'];

export function readContentFiles(contentDir: string): ContentFile[] {
  const repo = join(contentDir, '..');
  const files: ContentFile[] = [];
  const parse = (path: string, kind: Kind) => {
    const rel = relative(repo, path);
    try {
      files.push({ path: rel, kind, data: JSON.parse(readFileSync(path, 'utf8')) });
    } catch (error) {
      throw new EvidenceError([`${rel}: is not valid JSON (${(error as Error).message})`]);
    }
  };
  parse(join(contentDir, 'themes.json'), 'themes');
  for (const kind of folders) {
    const dir = join(contentDir, kind);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) parse(join(dir, name), kind);
  }
  return files;
}

const cache = new Map<string, Evidence>();
export function loadEvidence(contentDir = join(process.cwd(), 'content')): Evidence {
  if (!cache.has(contentDir)) cache.set(contentDir, validateEvidence(readContentFiles(contentDir)));
  return cache.get(contentDir)!;
}
