/**
 * The site's public origin for what leaves the site with an address in it: the no-JavaScript embed code, oEmbed
 * records and share previews. It comes from SITE_URL (astro.config.mjs `site`). A production build without
 * SITE_URL would publish http://localhost addresses, so it says so loudly, once, in the build log. (The embed code
 * on a chart page does not depend on it: the page rebuilds it from its own origin in the browser.)
 */
let warned = false;

export function publicOrigin(site: URL | undefined): string {
  if (!process.env.SITE_URL && import.meta.env.PROD && !warned) {
    warned = true;
    console.warn(
      [
        '',
        '!!! SITE_URL is not set: oEmbed records, share previews and the no-JavaScript embed code will point at',
        `!!! ${site?.origin ?? 'http://localhost:4321'}. Set SITE_URL to the public address when building for deployment.`,
        '',
      ].join('\n'),
    );
  }
  return (site ?? new URL('http://localhost:4321')).origin;
}
