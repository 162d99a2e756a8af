// @ts-check
// Turns an HTTP request target into the one path a static file server may serve, or a 4xx reason.
// Pure, so the server and its tests agree on what "the path that is served" is; the _headers rules are matched
// against this path, never against the raw target (otherwise /embed/..%2fabout/ would borrow the embed rules).
//
//   parseTarget('/a/./b/../c/?x=1') → { path: '/a/c/', search: '?x=1', segments: ['a', 'c'], dir: true }
//   parseTarget('/%zz')             → { status: 400, reason: 'malformed percent-encoding' }

/** @typedef {{ path: string, search: string, segments: string[], dir: boolean }} Target */
/** @typedef {{ status: number, reason: string }} Rejection */

/** @param {string | undefined} raw @returns {Target | Rejection} */
export function parseTarget(raw) {
  if (!raw) return { status: 400, reason: 'empty request target' };
  let target = raw;
  if (!target.startsWith('/')) {
    // Absolute form (RFC 9112 §3.2.2: servers must accept it): only its path and query matter to a static host.
    if (!/^https?:\/\//i.test(target))
      return { status: 400, reason: 'request target is neither a path nor an http URL' };
    try {
      const url = new URL(target);
      target = `${url.pathname}${url.search}`;
    } catch {
      return { status: 400, reason: 'malformed absolute URL' };
    }
  }
  const q = target.indexOf('?');
  const rawPath = q < 0 ? target : target.slice(0, q);
  const search = q < 0 ? '' : target.slice(q);
  const parts = rawPath.split('/').slice(1);
  /** @type {string[]} */
  const segments = [];
  for (const part of parts) {
    let segment;
    try {
      segment = decodeURIComponent(part);
    } catch {
      return { status: 400, reason: 'malformed percent-encoding' };
    }
    // An encoded "/" or "\" would make one segment act as two after decoding (path confusion, open redirects);
    // control characters have no business in a file name.
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this rejects
    if (/[/\\\u0000-\u001f\u007f]/.test(segment))
      return { status: 400, reason: 'encoded slash, backslash or control character in the path' };
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      segments.pop(); // never above the root
      continue;
    }
    segments.push(segment);
  }
  const last = parts.at(-1) ?? '';
  const dir = segments.length === 0 || last === '' || last === '.' || last === '..';
  const path = `/${segments.join('/')}${dir && segments.length ? '/' : ''}`;
  return { path, search, segments, dir };
}
