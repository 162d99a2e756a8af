/**
 * Builds the Pagefind index at the end of `astro build` (the `astro:build:done` hook, as Starlight does), so
 * `astro build` alone yields a searchable site. The indexing itself stays in scripts/build/search-index.mjs, run
 * here on the build's own output directory (whatever outDir the build was given), so the script can also be run
 * by hand: `node scripts/build/search-index.mjs dist`. A failure fails the build.
 */
import type { AstroIntegration } from 'astro';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../../scripts/build/search-index.mjs', import.meta.url));

export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        logger.info(`indexing ${outDir} with Pagefind`);
        const run = spawnSync(process.execPath, [script, outDir], { stdio: 'inherit' });
        if (run.status !== 0) throw new Error(`search index: ${script} failed (exit ${run.status ?? run.signal})`);
      },
    },
  };
}
