/**
 * The object loader behind the evidence collections in src/content.config.ts (one loader per kind).
 * Each record is validated once, by src/evidence/validate.ts over the whole of content/ (schemas, then the checks
 * that need several records), so a bad record fails the build with its file, record and field and every problem
 * is listed in one run. The loader therefore stores the validated records as they are and does not call
 * `parseData`, which would validate each record a second time, alone, stopping at the first problem.
 * In `astro dev`, an edit to content/**.json reloads the collections; if the edit breaks the evidence the
 * problems are logged and the last good records stay in place until it is fixed.
 */
import { join } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { loadEvidence } from './read.ts';
import type { Kind } from './validate.ts';

/** The last problem report logged, so one bad edit is reported once and not by each of the seven collections. */
let lastLogged = '';

export function evidenceLoader(kind: Kind, contentDir = join(process.cwd(), 'content')): Loader {
  return {
    name: `evidence:${kind}`,
    load: async ({ store, logger, watcher, generateDigest }: LoaderContext) => {
      const sync = () => {
        const { evidence, fileOf } = loadEvidence(contentDir, generateDigest);
        const ids = new Set<string>();
        for (const record of evidence[kind]) {
          const data = record as unknown as Record<string, unknown> & { id: string };
          ids.add(data.id);
          // set() keeps an entry whose digest has not changed, so only edited records are replaced.
          const filePath = fileOf.get(`${kind}:${data.id}`);
          store.set({ id: data.id, data, digest: generateDigest(data), ...(filePath ? { filePath } : {}) });
        }
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      };
      sync();
      if (!watcher) return;
      watcher.add(contentDir);
      const onChange = (path: string) => {
        if (!path.startsWith(contentDir) || !path.endsWith('.json')) return;
        try {
          sync();
          lastLogged = '';
          logger.info(`reloaded after a change to ${path.slice(contentDir.length + 1)}`);
        } catch (error) {
          const message = (error as Error).message;
          if (message !== lastLogged)
            logger.error(`${message}\nThe site keeps the last valid evidence until this is fixed.`);
          lastLogged = message;
        }
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', onChange);
    },
  };
}
