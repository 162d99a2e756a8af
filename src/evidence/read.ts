/**
 * Reads every file in content/ that the evidence loader serves (everything but the MDX country pages, which
 * Astro's glob loader reads) and validates it as a whole with src/evidence/validate.ts.
 * `loadEvidence` keeps the last result keyed by a digest of the files' text: the seven collections of one sync
 * share one validation, and an edited file (astro dev) changes the digest, so the evidence is read and validated
 * again. Used by src/evidence/loader.ts; the tests call readContentFiles and validateEvidence directly.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { EvidenceError, validateEvidence, type ContentFile, type Evidence, type Kind } from './validate.ts';

const folders: Kind[] = ['sources', 'countries', 'quotes', 'findings', 'recommendations', 'charts'];

/** The evidence files in reading order: content/themes.json, then each folder's JSON files by name. */
export function contentPaths(contentDir: string): { path: string; kind: Kind }[] {
  const out: { path: string; kind: Kind }[] = [{ path: join(contentDir, 'themes.json'), kind: 'themes' }];
  for (const kind of folders) {
    const dir = join(contentDir, kind);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .sort())
      out.push({ path: join(dir, name), kind });
  }
  return out;
}

function parseFile(repo: string, path: string, kind: Kind, text: string): ContentFile {
  const rel = relative(repo, path);
  try {
    return { path: rel, kind, data: JSON.parse(text) };
  } catch (error) {
    throw new EvidenceError([`${rel}: is not valid JSON (${(error as Error).message})`]);
  }
}

export function readContentFiles(contentDir: string): ContentFile[] {
  const repo = join(contentDir, '..');
  return contentPaths(contentDir).map(({ path, kind }) => parseFile(repo, path, kind, readFileSync(path, 'utf8')));
}

export interface LoadedEvidence {
  evidence: Evidence;
  /** "kind:id" → the file (relative to the repo) that holds the record. */
  fileOf: Map<string, string>;
}

let last: { key: string; loaded?: LoadedEvidence; error?: unknown } | undefined;

/** The validated evidence; `digest` hashes the files' text (the loader context's generateDigest). */
export function loadEvidence(contentDir: string, digest: (text: string) => string): LoadedEvidence {
  const repo = join(contentDir, '..');
  const texts = contentPaths(contentDir).map((f) => ({ ...f, text: readFileSync(f.path, 'utf8') }));
  const key = `${contentDir}\n${digest(texts.map((t) => `${t.path}\n${t.text}`).join('\n'))}`;
  if (last?.key === key) {
    if (last.loaded) return last.loaded;
    throw last.error;
  }
  try {
    last = { key, loaded: validated(repo, texts) };
  } catch (error) {
    last = { key, error };
    throw error;
  }
  return last.loaded!;
}

function validated(repo: string, texts: { path: string; kind: Kind; text: string }[]): LoadedEvidence {
  const files = texts.map((t) => parseFile(repo, t.path, t.kind, t.text));
  const fileOf = new Map<string, string>();
  for (const f of files) {
    for (const r of Array.isArray(f.data) ? f.data : [f.data]) {
      const id = r && typeof r === 'object' && 'id' in r ? (r as { id: unknown }).id : undefined;
      if (typeof id === 'string') fileOf.set(`${f.kind}:${id}`, f.path);
    }
  }
  return { evidence: validateEvidence(files), fileOf };
}
