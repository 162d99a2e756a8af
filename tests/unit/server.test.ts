// The server `npm start` runs (scripts/serve/serve.mjs), against a small site made here, so it runs without a build:
// malformed targets and a bounded fuzz, slow readers, headers by the path actually served, compression, 304s, CORS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { headersFile, metaPolicy } from '../../src/security.ts';
import { precompress } from '../../scripts/build/precompress.mjs';

let dir = '';
let server: ChildProcess;
let port = 0;
const big = `<!doctype html><title>Big</title>${'<p>Words on a long page.</p>'.repeat(45_000)}`; // ≈ 1.2 MB, like /countries/mexico/

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'serve-test-'));
  const put = (path: string, body: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), body);
  };
  put('index.html', `<!doctype html><title>Home</title>${'<p>Home page text.</p>'.repeat(200)}`);
  put('404.html', '<!doctype html><title>Not found</title><h1>Page not found</h1>');
  put('about/index.html', '<!doctype html><title>About</title>');
  put('embed/x/index.html', '<!doctype html><title>Embed</title>');
  put('big/index.html', big);
  put('_astro/app.3f2a.js', `console.log(${JSON.stringify('x'.repeat(2000))});`);
  put('data/quotes.json', JSON.stringify(Array.from({ length: 200 }, (_, i) => ({ id: `q${i}`, text: 'A quote.' }))));
  put('.secret', 'not for the web');
  put('_headers', headersFile());
  await precompress(dir);
  server = spawn(process.execPath, ['scripts/serve/serve.mjs', '--port', '0', '--dir', dir, '--host', '127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  port = await new Promise<number>((ok, fail) => {
    server.stdout!.on('data', (d: Buffer) => {
      const m = /:(\d+)\//.exec(String(d));
      if (m) ok(Number(m[1]));
    });
    server.once('exit', (code) => fail(new Error(`server exited ${code}`)));
  });
}, 60_000);

afterAll(() => {
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One request with the target sent exactly as given (no client-side normalisation). */
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((ok, fail) => {
    const req = request(
      { host: '127.0.0.1', port, path, method, headers: { connection: 'close', ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => ok({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', fail);
    req.end();
  });
}

/** The status line for a raw request line, for targets an HTTP client would refuse to send. */
function raw(requestLine: string): Promise<string> {
  return new Promise((ok) => {
    const socket = connect(port, '127.0.0.1', () =>
      socket.write(`${requestLine}\r\nHost: x\r\nConnection: close\r\n\r\n`),
    );
    let data = '';
    socket.on('data', (d) => (data += d));
    socket.on('close', () => ok(data));
    socket.on('error', () => ok(data));
    socket.setTimeout(5000, () => socket.destroy());
  });
}
const statusOf = (reply: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(reply)?.[1] ?? 0);
const alive = async () => expect((await get('/')).status).toBe(200);

describe('malformed requests get a 4xx and the server keeps serving', () => {
  it.each(['/%', '/%zz', '/%E0%A4%A', '/%ed%a0%80', '/embed/..%2fabout/', '/a%5cb/', '/x%00y'])(
    'GET %s',
    async (target) => {
      const reply = await raw(`GET ${target} HTTP/1.1`);
      expect(statusOf(reply)).toBeGreaterThanOrEqual(400);
      expect(statusOf(reply)).toBeLessThan(500);
      await alive();
    },
  );
  it('an absolute-form target that is not a URL: GET http://[::1/', async () => {
    expect(statusOf(await raw('GET http://[::1/ HTTP/1.1'))).toBe(400);
    await alive();
  });
  it('no open redirect from a raw client', async () => {
    const reply = await raw('GET /.//evil.com/..%2f/about HTTP/1.1');
    expect(statusOf(reply)).toBe(400);
    expect(reply).not.toMatch(/^Location:/im);
    // Dot segments and doubled slashes resolve to a path on this site, and a redirect stays on it.
    const dotted = await raw('GET //evil.com/../about HTTP/1.1');
    expect(statusOf(dotted)).toBe(301);
    expect(/^Location: (.*)$/im.exec(dotted)?.[1]?.trim()).toBe('/about/');
  });
  it('a bounded fuzz of a few hundred generated targets: never a 5xx, never a redirect off the site, still up', async () => {
    const pieces = [
      '',
      '.',
      '..',
      '%',
      '%2',
      '%2f',
      '%2F',
      '%5c',
      '%00',
      '%zz',
      '%ff',
      '%c3%a9',
      '%E0%A4%A',
      '%ed%a0%80',
      'about',
      'embed',
      'x',
      '_headers',
      '.secret',
      '%2e%2e',
      '..%2f',
      '//',
      '?',
      '?a=%',
      '#',
      'evil.com',
      '%0d%0aX:1',
    ];
    let seed = 13;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const targets = Array.from(
      { length: 300 },
      () =>
        `/${Array.from({ length: 1 + Math.floor(next() * 5) }, () => pieces[Math.floor(next() * pieces.length)]).join('/')}`,
    );
    for (let i = 0; i < targets.length; i += 20) {
      const replies = await Promise.all(targets.slice(i, i + 20).map((t) => raw(`GET ${t} HTTP/1.1`)));
      replies.forEach((reply, j) => {
        const status = statusOf(reply);
        expect(status, targets[i + j]).toBeGreaterThanOrEqual(200);
        expect(status, targets[i + j]).toBeLessThan(500);
        const location = /^Location: (.*)$/im.exec(reply)?.[1]?.trim();
        if (location) expect(location, targets[i + j]).toMatch(/^\/(?![/\\])/);
        expect(reply, `${targets[i + j]} served the headers file`).not.toContain('Generated from src/security.ts');
        expect(reply, `${targets[i + j]} served a dot-file`).not.toContain('not for the web');
      });
    }
    await alive();
  }, 60_000);
});

describe('methods and hidden files', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('%s gets 405 with Allow: GET, HEAD', async (method) => {
    const reply = await get('/', {}, method);
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('GET, HEAD');
  });
  it('HEAD answers without a body', async () => {
    const reply = await get('/about/', {}, 'HEAD');
    expect(reply.status).toBe(200);
    expect(reply.body.length).toBe(0);
  });
  it('never serves /_headers or dot-files', async () => {
    for (const path of ['/_headers', '/%5fheaders', '/x/../_headers', '/.secret']) {
      const reply = await get(path);
      expect(reply.status, path).toBe(404);
      expect(reply.body.toString(), path).toContain('Page not found');
    }
  });
});

describe('headers by the path actually served', () => {
  const page = `${metaPolicy}; frame-ancestors 'none'`;
  it('pages deny framing and carry HSTS, without the obsolete interest-cohort', async () => {
    const { headers } = await get('/about/');
    expect(headers['content-security-policy']).toBe(page);
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['strict-transport-security']).toMatch(/^max-age=\d{8,}/);
    expect(headers['permissions-policy']).not.toContain('interest-cohort');
    expect(headers['access-control-allow-origin']).toBeUndefined();
  });
  it('embeds may be framed, also when the path is percent-encoded', async () => {
    for (const path of ['/embed/x/', '/%65mbed/%78/']) {
      const { status, headers } = await get(path);
      expect(status, path).toBe(200);
      expect(headers['content-security-policy'], path).toBe(`${metaPolicy}; frame-ancestors *`);
      expect(headers['x-frame-options'], path).toBeUndefined();
    }
  });
  it('a path that only starts like an embed gets the rules of the page it serves', async () => {
    const { status, headers, body } = await get('/embed/../about/');
    expect(status).toBe(200);
    expect(body.toString()).toContain('<title>About</title>');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['content-security-policy']).toBe(page);
  });
  it('hashed /_astro/ files are cached for a year, immutable; pages revalidate', async () => {
    expect((await get('/_astro/app.3f2a.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/')).headers['cache-control']).toBe('no-cache');
  });
  it('the open data may be fetched by any site (CORS)', async () => {
    const reply = await get('/data/quotes.json', { origin: 'https://advocacy.example' });
    expect(reply.headers['access-control-allow-origin']).toBe('*');
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
  });
});

describe('compression and revalidation', () => {
  const original = () => readFileSync(join(dir, 'data/quotes.json'));
  it('sends the precompressed brotli or gzip file the client accepts, and says it varies', async () => {
    const br = await get('/data/quotes.json', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toContain('Accept-Encoding');
    expect(brotliDecompressSync(br.body).equals(original())).toBe(true);
    const gz = await get('/data/quotes.json', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(original())).toBe(true);
    const plain = await get('/data/quotes.json');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(original())).toBe(true);
  });
  it('answers 304 to a matching ETag or a Last-Modified date, 200 otherwise', async () => {
    const first = await get('/about/');
    const etag = String(first.headers.etag);
    const lastModified = String(first.headers['last-modified']);
    expect(etag).toBeTruthy();
    expect((await get('/about/', { 'if-none-match': etag })).status).toBe(304);
    expect((await get('/about/', { 'if-modified-since': lastModified })).status).toBe(304);
    expect((await get('/about/', { 'if-none-match': 'W/"other"' })).status).toBe(200);
    expect((await get('/about/', { 'if-modified-since': 'Thu, 01 Jan 1970 00:00:00 GMT' })).status).toBe(200);
  });
});

describe('slow readers', () => {
  const rssMb = () =>
    Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

  it('pipelined requests are answered in order', async () => {
    const reply = await new Promise<string>((ok) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(
          'GET /about/ HTTP/1.1\r\nHost: x\r\n\r\nGET /embed/x/ HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
        );
      });
      let data = '';
      socket.on('data', (d) => (data += d));
      socket.on('close', () => ok(data));
    });
    const titles = [...reply.matchAll(/<title>(\w+)<\/title>/g)].map((m) => m[1]);
    expect(titles).toEqual(['About', 'Embed', 'Home']);
  });

  it('two sockets pipelining 2,000 requests for a 1.2 MB page and never reading: memory stays under 300 MB, others are served within 2 s', async () => {
    const pipelined = 'GET /big/ HTTP/1.1\r\nHost: x\r\n\r\n'.repeat(2000);
    const sockets = [0, 1].map(() => {
      const s = connect(port, '127.0.0.1', () => s.write(pipelined));
      s.on('error', () => {});
      s.pause(); // never read
      return s;
    });
    let peak = 0;
    const started = Date.now();
    while (Date.now() - started < 1500) {
      peak = Math.max(peak, rssMb());
      await new Promise((r) => setTimeout(r, 100));
    }
    const t0 = Date.now();
    const reply = await get('/big/');
    const took = Date.now() - t0;
    peak = Math.max(peak, rssMb());
    sockets.forEach((s) => s.destroy());
    expect(reply.status).toBe(200);
    expect(reply.body.length).toBe(Buffer.byteLength(big));
    expect(took).toBeLessThan(2000);
    expect(peak).toBeLessThan(300);
  }, 30_000);
});
