/**
 * The site's security headers. Two halves, because a static site cannot say everything in HTML:
 *
 * - In every page's Content-Security-Policy <meta> (Astro writes it with the hashes of the
 *   page's inline scripts and styles, `security: { csp: true }`), this integration adds the
 *   directives a <meta> may carry: nothing loads from another origin (`default-src 'self'`),
 *   no plugins, no <base> or form hijack. Images may also be data: and blob: URLs (SVG and PNG
 *   exports are drawn from them).
 * - A `_headers` file at the root of the build, in the format Netlify and Cloudflare Pages read
 *   (and scripts/serve.mjs applies, so the browser tests see the same headers), carries what a
 *   <meta> cannot: `frame-ancestors` (embeds and presentations, which are made to be framed by an
 *   LMS or a slide deck, may be framed by any site; every other page only by the site itself), X-Frame-Options for older browsers, nosniff, Referrer-Policy and a
 *   Permissions-Policy. Rules never overlap on a frame header, because hosts combine the values
 *   of overlapping rules (Netlify would send both frame-ancestors policies, and the stricter wins).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroUserConfig } from 'astro';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;
type CspDirective = NonNullable<CspConfig['directives']>[number];

/** CSP directives added to Astro's <meta> policy (script-src and style-src are Astro's own). */
export const metaDirectives: CspDirective[] = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Headers every response carries. */
export const commonHeaders: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** Headers of pages that only the site itself may frame. */
export const unframeableHeaders: Record<string, string> = {
  'Content-Security-Policy': "frame-ancestors 'self'",
  'X-Frame-Options': 'SAMEORIGIN',
};

/** Headers of embed and presentation pages: any site (an LMS, a slide deck) may frame them. */
export const embedHeaders: Record<string, string> = {
  'Content-Security-Policy': 'frame-ancestors *',
};

/**
 * Folders (first path segment) whose pages any site may frame: embeds, and presentations,
 * which obey a framing slide deck's commands (docs/EMBEDDING.md).
 */
export const frameableFolders = ['embed', 'present'];

export interface HeaderRule {
  /** URL pattern with the site's base: an exact path, or a prefix ending in "*". */
  pattern: string;
  headers: Record<string, string>;
}

/**
 * The rules for a build, from the paths of its files relative to the build folder (POSIX
 * separators, e.g. "index.html", "learn/x/index.html", "_astro/a.js"). `base` is the site's
 * base path ("/" or "/explainer/").
 */
export function headerRules(files: readonly string[], base = '/'): HeaderRule[] {
  const root = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const html = files.filter((file) => file.endsWith('.html'));
  const folders = [...new Set(html.filter((file) => file.includes('/')).map((file) => file.split('/')[0]!))].sort();
  const rootFiles = html.filter((file) => !file.includes('/')).sort();
  const framed = folders.filter((folder) => !frameableFolders.includes(folder));
  return [
    { pattern: `${root}*`, headers: commonHeaders },
    // The root page by its directory URL and its file name, then every other page, by folder.
    ...(rootFiles.includes('index.html') ? [{ pattern: root, headers: unframeableHeaders }] : []),
    ...rootFiles.map((file) => ({ pattern: `${root}${file}`, headers: unframeableHeaders })),
    ...framed.map((folder) => ({ pattern: `${root}${folder}/*`, headers: unframeableHeaders })),
    ...frameableFolders.map((folder) => ({ pattern: `${root}${folder}/*`, headers: embedHeaders })),
  ];
}

/** The rules in the `_headers` format: a pattern line, then indented "Name: value" lines. */
export function formatHeaders(rules: readonly HeaderRule[]): string {
  const lines = [
    '# Generated at build time by src/integrations/headers.ts: response headers for static hosts that',
    '# read this file (Netlify, Cloudflare Pages) and for scripts/serve.mjs. Each page also carries a',
    '# Content-Security-Policy <meta> with its script and style hashes; a browser enforces both.',
  ];
  for (const rule of rules) {
    lines.push(rule.pattern);
    for (const [name, value] of Object.entries(rule.headers)) lines.push(`  ${name}: ${value}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A rule read back from a `_headers` file. */
export interface ParsedRule {
  pattern: string;
  match: RegExp;
  /** Headers to set, in order. */
  set: Array<[string, string]>;
  /** Lower-case names of headers an earlier rule set that this one removes ("! Name"). */
  detach: string[];
}

/**
 * Reads a `_headers` file: a URL pattern on its own line (an exact path, `*` matching any rest,
 * `:name` one segment), then indented `Name: value` lines; `! Name` removes a header an earlier
 * rule set (Cloudflare Pages). Lines starting with # are comments.
 */
export function parseHeadersFile(text: string): ParsedRule[] {
  const rules: ParsedRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = trimmed
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/:[A-Za-z]\w*/g, '[^/]+');
      rules.push({ pattern: trimmed, match: new RegExp(`^${source}$`), set: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) continue;
    const detach = /^!\s*([^:]+)$/.exec(trimmed);
    const header = /^([^:\s][^:]*):\s*(.*)$/.exec(trimmed);
    if (detach) rule.detach.push(detach[1]!.trim().toLowerCase());
    else if (header) rule.set.push([header[1]!.trim(), header[2]!.trim()]);
  }
  return rules;
}

/**
 * The headers rules give a URL path. Values of one header from several matching rules are
 * joined with ", ", as Netlify does (for a CSP that makes two policies, both enforced).
 */
export function headersFor(rules: readonly ParsedRule[], urlPath: string): Record<string, string> {
  const headers = new Map<string, { name: string; value: string }>();
  for (const rule of rules) {
    if (!rule.match.test(urlPath)) continue;
    for (const name of rule.detach) headers.delete(name);
    for (const [name, value] of rule.set) {
      const seen = headers.get(name.toLowerCase());
      headers.set(name.toLowerCase(), { name, value: seen ? `${seen.value}, ${value}` : value });
    }
  }
  return Object.fromEntries([...headers.values()].map(({ name, value }) => [name, value]));
}

/** Every file under `dir`, relative, with POSIX separators. */
function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(path.relative(dir, full).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out;
}

/** Astro integration: adds the <meta> directives and writes `_headers` after the build. */
export default function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const csp = config.security?.csp;
        if (!csp) return;
        // `csp: true` becomes an object here, which is not given Astro's defaults again; an
        // object's directives are merged with these (Astro concatenates the lists).
        const algorithm = csp === true ? 'SHA-256' : csp.algorithm;
        updateConfig({ security: { csp: { algorithm, directives: metaDirectives } } });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        fs.writeFileSync(path.join(out, '_headers'), formatHeaders(headerRules(listFiles(out), base)));
        logger.info('wrote _headers');
      },
    },
  };
}
