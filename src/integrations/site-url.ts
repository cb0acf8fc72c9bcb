import type { AstroIntegration } from 'astro';

/** What a build without SITE_URL is told, once it is done. */
export const siteUrlWarning = (site: string) =>
  `SITE_URL is not set, so this build's canonical links, "Cite this page" addresses, oEmbed files and Anki notes name ${site}. ` +
  'To deploy it, build with the public origin, e.g. SITE_URL=https://teaching.example.edu npm run build.';

/** Warns, after a build, when it was not told the site's public origin (`configured` false). */
export function siteUrlCheck(configured: boolean, site: string): AstroIntegration {
  return {
    name: 'explainer:site-url',
    hooks: {
      'astro:build:done': ({ logger }) => {
        if (!configured) logger.warn(siteUrlWarning(site));
      },
    },
  };
}
