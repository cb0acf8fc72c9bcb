#!/usr/bin/env node
// Serves a built site folder as a static host would: directory index.html, the site's 404
// page, correct content types, an optional sub-path (the site's `base`), and the response
// headers of the build's `_headers` file (the format Netlify and Cloudflare Pages read, written
// by src/integrations/headers.ts), so tests see the headers a real deploy sends.
// Usage: node scripts/serve.mjs [--dir dist] [--port 4321] [--base /] [--host 127.0.0.1]
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import { headersFor, parseHeadersFile } from '../src/integrations/headers.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});

const root = path.resolve(values.dir);
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.pf_meta': 'application/octet-stream',
};

const headerRules = parseHeadersFile(await fs.readFile(path.join(root, '_headers'), 'utf8').catch(() => ''));

async function resolveFile(urlPath) {
  if (!urlPath.startsWith(base)) return null;
  const relative = decodeURIComponent(urlPath.slice(base.length));
  if (relative === '_headers') return null; // host configuration, not content
  const candidate = path.resolve(root, relative);
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return null;
  const stat = await fs.stat(candidate).catch(() => null);
  if (stat?.isFile()) return candidate;
  if (stat?.isDirectory()) {
    const index = path.join(candidate, 'index.html');
    if (await fs.stat(index).catch(() => null)) return urlPath.endsWith('/') ? index : { redirect: `${urlPath}/` };
  }
  return null;
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
const cache = new Map();
/**
 * A file's compressed body, made once per file content and encoding (off the main thread) and kept, as
 * a host's CDN keeps it: compressing at maximum quality on every request would add hundreds of
 * milliseconds to each response's time to first byte and distort the benchmark.
 */
function compressed(file, body, encoding) {
  const key = `${encoding}:${file}:${createHash('sha1').update(body).digest('hex')}`;
  if (!cache.has(key)) {
    cache.set(
      key,
      encoding === 'br'
        ? brotli(body, {
            params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length },
          })
        : gzipAsync(body, { level: 9 }),
    );
  }
  return cache.get(key);
}

const server = http.createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const found = await resolveFile(url.pathname).catch(() => null);
  const fromFile = headersFor(headerRules, url.pathname);
  if (found && typeof found === 'object') {
    response.writeHead(301, { ...fromFile, Location: found.redirect + url.search });
    response.end();
    return;
  }
  const file = found ?? path.join(root, '404.html');
  const status = found ? 200 : 404;
  const type = types[path.extname(file)] ?? 'application/octet-stream';
  const headers = { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff', Vary: 'Accept-Encoding', ...fromFile };
  let body = await fs.readFile(file).catch(() => Buffer.alloc(0));
  // Compress text as any production static host does, so measurements match a real deploy.
  const accepts = String(request.headers['accept-encoding'] ?? '');
  if (/^(text|application\/(json|xml|manifest))|svg/.test(type) && body.length > 512) {
    const encoding = accepts.includes('br') ? 'br' : accepts.includes('gzip') ? 'gzip' : undefined;
    if (encoding) [body, headers['Content-Encoding']] = [await compressed(file, body, encoding), encoding];
  }
  response.writeHead(status, { ...headers, 'Content-Length': body.length });
  response.end(request.method === 'HEAD' ? undefined : body);
});

server.listen(Number(values.port), values.host, () => {
  console.log(
    `Serving ${path.relative(process.cwd(), root) || '.'} at http://${values.host === '0.0.0.0' ? 'localhost' : values.host}:${values.port}${base}`,
  );
});
