// Writes dist/_headers (HTTP headers for static hosts and scripts/serve/serve.mjs) from src/security.ts, as
// tokens.css.ts writes CSS from the design tokens. A file named _headers.ts would not be routed (Astro skips
// names starting with "_"), hence the one-path dynamic route.
import type { APIRoute, GetStaticPaths } from 'astro';
import { headersFile } from '../security.ts';

export const getStaticPaths = (() => [{ params: { hostHeaders: '_headers' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = () =>
  new Response(headersFile(), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
