// @ts-check
// Astro configuration. The site is fully static: every page, chart and data file is rendered at build time.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { locateComponents } from './src/components/mdx/locate-plugin.mjs';
import searchIndex from './src/integrations/search-index.ts';

export default defineConfig({
  // The public address, used in embed code and oEmbed records. Set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  output: 'static',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // External stylesheets only: the Content-Security-Policy allows no inline <style>.
    inlineStylesheets: 'never',
  },
  // locateComponents: an unknown <Num>/<Cite> id fails the build naming the .mdx file and line.
  // searchIndex: Pagefind over the built pages and every quote and finding, so `astro build` alone is searchable.
  integrations: [mdx({ processor: satteri({ mdastPlugins: [locateComponents] }) }), searchIndex()],
  devToolbar: { enabled: false },
  vite: {
    // Never inline scripts as data: URLs or inline tags; the CSP allows scripts from 'self' only.
    build: { assetsInlineLimit: 0 },
  },
});
