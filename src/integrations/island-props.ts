/**
 * Astro integration: after the build, moves the props of every `client:staged` island (see
 * client-staged-directive.ts) out of the page into a JSON file under _astro/props/, named by
 * its content's hash, and points the island at it (`props-src`). The pathway model travels as
 * island props, and inline it made the diagram pages several times larger than their text: the
 * first paint waited for it, and parsing it was one long task. As a file it is fetched when the
 * browser is idle, cached once for every page that uses it, and precached for offline use.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export const islandPropsFolder = '_astro/props';

const entities: Record<string, string> = { '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>', '&amp;': '&' };
const unescapeAttribute = (value: string) => value.replace(/&(?:quot|#39|lt|gt|amp);/g, (entity) => entities[entity]!);

/** Rewrites one page's HTML; `write(json)` stores a props file and returns its URL. */
export function externalizeIslandProps(html: string, write: (json: string) => string): string {
  return html.replace(/<astro-island\b[^>]*>/g, (tag) => {
    if (!/\sclient="staged"/.test(tag)) return tag;
    return tag.replace(/\sprops="([^"]*)"/, (_, value: string) => ` props-src="${write(unescapeAttribute(value))}"`);
  });
}

function htmlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => path.join(dir, file));
}

export function islandProps(): AstroIntegration {
  let base = '/';
  return {
    name: 'explainer:island-props',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const written = new Set<string>();
        fs.mkdirSync(path.join(outDir, islandPropsFolder), { recursive: true });
        const write = (json: string) => {
          const name = `${createHash('sha256').update(json).digest('base64url').slice(0, 16)}.json`;
          if (!written.has(name)) fs.writeFileSync(path.join(outDir, islandPropsFolder, name), json);
          written.add(name);
          return `${base}${islandPropsFolder}/${name}`;
        };
        let pages = 0;
        for (const file of htmlFiles(outDir)) {
          const html = fs.readFileSync(file, 'utf8');
          const rewritten = externalizeIslandProps(html, write);
          if (rewritten !== html) {
            fs.writeFileSync(file, rewritten);
            pages += 1;
          }
        }
        logger.info(`Moved the props of staged islands on ${pages} pages into ${written.size} files`);
      },
    },
  };
}
