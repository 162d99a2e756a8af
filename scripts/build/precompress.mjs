// @ts-check
// Writes a .br and a .gz beside every compressible file of a built site, so scripts/serve/serve.mjs (through
// sirv) and static hosts that look for them serve compressed bytes without compressing per request.
// A variant is kept only when it is smaller, and carries its source's modification time, so Last-Modified
// is the same whichever encoding is served.
//
//   node scripts/build/precompress.mjs [dir]      (default: dist; scripts/build/build.mjs runs it)
import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, extname } from 'node:path';
import { brotliCompress, gzip, constants } from 'node:zlib';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const br = promisify(brotliCompress);
const gz = promisify(gzip);
// Pagefind's own files are compressed already; images other than SVG and archives gain nothing.
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.csv', '.svg', '.xml', '.txt', '.wasm']);
const MIN_BYTES = 1024;
// Quality 10, not brotli's best (11): over the 315 HTML pages 11 took 20.1 s of CPU and 10 took 5.9 s, for 3% more
// bytes (1.29 MB against 1.25 MB in all, about 130 bytes a page). Above this size quality 9, ~10% larger again and
// ~25× faster (measured on the 1.2 MB Mexico page: 82 kB in 8.6 s at 11 vs 90 kB in 0.3 s at 9).
// PRECOMPRESS_QUALITY lowers it where only the content counts, not how tightly it is packed: `npm test` builds with 8
// (scripts/check/test.mjs says why).
const QUALITY = quality(process.env.PRECOMPRESS_QUALITY);
const MAX_QUALITY_BYTES = 128 * 1024;

/** @param {string | undefined} value */
function quality(value) {
  if (value === undefined || value === '') return 10;
  const q = Number(value);
  if (!Number.isInteger(q) || q < 0 || q > 11)
    throw new Error(`precompress: PRECOMPRESS_QUALITY must be a brotli quality from 0 to 11, not "${value}"`);
  return q;
}

/** @param {string} dir @returns {Generator<string>} */
function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

/**
 * Compresses every eligible file under `dir`; returns counts and bytes for the build log.
 * @param {string} dir
 */
export async function precompress(dir) {
  const todo = [...files(dir)].filter((f) => COMPRESSIBLE.has(extname(f)) && statSync(f).size >= MIN_BYTES);
  let written = 0;
  let before = 0;
  let after = 0;
  /** @param {string} file */
  const one = async (file) => {
    const data = readFileSync(file);
    const { atime, mtime } = statSync(file);
    const [b, g] = await Promise.all([
      br(data, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: data.length > MAX_QUALITY_BYTES ? Math.min(9, QUALITY) : QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        },
      }),
      gz(data, { level: 9 }),
    ]);
    before += data.length;
    after += Math.min(b.length, data.length);
    for (const [ext, bytes] of /** @type {[string, Buffer][]} */ ([
      ['.br', b],
      ['.gz', g],
    ])) {
      if (bytes.length >= data.length) continue;
      writeFileSync(file + ext, bytes);
      utimesSync(file + ext, atime, mtime);
      written++;
    }
  };
  // A few at a time: brotli is CPU-bound and the zlib pool has four threads.
  for (let i = 0; i < todo.length; i += 4) await Promise.all(todo.slice(i, i + 4).map(one));
  return { files: todo.length, written, before, after };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'dist';
  const r = await precompress(dir);
  console.log(
    `precompress: ${r.files} files, ${r.written} variants; ${(r.before / 1e6).toFixed(1)} MB → ${(r.after / 1e6).toFixed(1)} MB brotli`,
  );
}
