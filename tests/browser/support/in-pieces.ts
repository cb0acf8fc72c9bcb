import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Serves `site`'s page at `path` in two parts, cut just after the first `cutAfter` in its HTML,
 * with a pause of `pauseMs` between them, as a slow network delivers it; every other file comes
 * from `site`, at the same origin as the page. Returns the page's address and a way to stop.
 */
export async function servedInPieces(site: string, path: string, cutAfter: string, pauseMs = 800) {
  const html = await (await fetch(`${site}${path}`)).text();
  const at = html.indexOf(cutAfter);
  if (at < 0) throw new Error(`${path}: "${cutAfter}" is not in the page, so it cannot be cut there`);
  const cut = at + cutAfter.length;
  const server = http.createServer(async (request, response) => {
    if (request.url === path) {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.write(html.slice(0, cut));
      setTimeout(() => response.end(html.slice(cut)), pauseMs);
      return;
    }
    const upstream = await fetch(`${site}${request.url}`);
    response.writeHead(upstream.status, { 'Content-Type': upstream.headers.get('content-type') ?? 'text/plain' });
    response.end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`,
    // Without closing them, a connection the browser keeps alive holds close() until the test's timeout.
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}
