#!/usr/bin/env node
// Serves a built site folder as a static host would: directory index.html, the site's 404
// page, correct content types, and an optional sub-path (the site's `base`).
// Usage: node scripts/serve.mjs [--dir dist] [--port 4321] [--base /] [--host 127.0.0.1]
import { promises as fs } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, gzipSync } from 'node:zlib';

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

async function resolveFile(urlPath) {
  if (!urlPath.startsWith(base)) return null;
  const relative = decodeURIComponent(urlPath.slice(base.length));
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

const server = http.createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const found = await resolveFile(url.pathname).catch(() => null);
  if (found && typeof found === 'object') {
    response.writeHead(301, { Location: found.redirect + url.search });
    response.end();
    return;
  }
  const file = found ?? path.join(root, '404.html');
  const status = found ? 200 : 404;
  const type = types[path.extname(file)] ?? 'application/octet-stream';
  const headers = { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff', Vary: 'Accept-Encoding' };
  let body = await fs.readFile(file).catch(() => Buffer.alloc(0));
  // Compress text as any production static host does, so measurements match a real deploy.
  const accepts = String(request.headers['accept-encoding'] ?? '');
  if (/^(text|application\/(json|xml|manifest))|svg/.test(type) && body.length > 512) {
    if (accepts.includes('br')) [body, headers['Content-Encoding']] = [brotliCompressSync(body), 'br'];
    else if (accepts.includes('gzip')) [body, headers['Content-Encoding']] = [gzipSync(body), 'gzip'];
  }
  response.writeHead(status, { ...headers, 'Content-Length': body.length });
  response.end(request.method === 'HEAD' ? undefined : body);
});

server.listen(Number(values.port), values.host, () => {
  console.log(
    `Serving ${path.relative(process.cwd(), root) || '.'} at http://${values.host === '0.0.0.0' ? 'localhost' : values.host}:${values.port}${base}`,
  );
});
