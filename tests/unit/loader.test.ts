// The evidence loader (src/evidence/loader.ts) against a copy of content/: it fills the store with validated
// records, reloads on a change the dev watcher reports, and on a bad edit logs the problem once and keeps the
// last valid records.
import { describe, expect, it } from 'vitest';
import { EventEmitter } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { LoaderContext } from 'astro/loaders';
import { evidenceLoader } from '../../src/evidence/loader.ts';

function fakeContext() {
  const entries = new Map<string, { id: string; data: Record<string, unknown>; filePath?: string }>();
  const logs: { level: string; message: string }[] = [];
  const watcher = Object.assign(new EventEmitter(), { add: () => watcher });
  const context = {
    store: {
      set: (e: { id: string; data: Record<string, unknown>; filePath?: string }) => (entries.set(e.id, e), true),
      keys: () => [...entries.keys()],
      delete: (id: string) => entries.delete(id),
    },
    logger: {
      info: (m: string) => logs.push({ level: 'info', message: m }),
      error: (m: string) => logs.push({ level: 'error', message: m }),
    },
    watcher,
    generateDigest: (d: unknown) =>
      createHash('sha1')
        .update(typeof d === 'string' ? d : JSON.stringify(d))
        .digest('hex'),
  };
  return { context: context as unknown as LoaderContext, entries, logs, watcher };
}

describe('evidenceLoader', () => {
  it('loads validated records with their file, reloads on edits, and keeps the last good records on a bad edit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loader-'));
    try {
      const content = join(dir, 'content');
      cpSync(join(process.cwd(), 'content'), content, { recursive: true });
      const { context, entries, logs, watcher } = fakeContext();
      await evidenceLoader('themes', content).load(context);
      const themes = JSON.parse(readFileSync(join(content, 'themes.json'), 'utf8'));
      expect([...entries.keys()]).toEqual(themes.map((t: { id: string }) => t.id));
      expect(entries.get(themes[0].id)?.filePath).toBe(join('content', 'themes.json'));

      themes[0].name = 'Renamed in a test';
      writeFileSync(join(content, 'themes.json'), JSON.stringify(themes));
      watcher.emit('change', join(content, 'themes.json'));
      expect(entries.get(themes[0].id)?.data.name).toBe('Renamed in a test');

      themes.pop();
      writeFileSync(join(content, 'themes.json'), JSON.stringify(themes));
      watcher.emit('change', join(content, 'themes.json'));
      expect(entries.size).toBe(themes.length);

      themes[0].name = 42;
      writeFileSync(join(content, 'themes.json'), JSON.stringify(themes));
      watcher.emit('change', join(content, 'themes.json'));
      watcher.emit('change', join(content, 'themes.json'));
      expect(entries.get(themes[0].id)?.data.name).toBe('Renamed in a test');
      const errors = logs.filter((l) => l.level === 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0]!.message).toMatch(new RegExp(`content/themes.json: record "${themes[0].id}": name:`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
