/**
 * A loopback page server for the end-to-end tests, `npm start` and the benches: serves the team's fixtures as a site would
 * (raw bytes, so an EUC-KR page is decoded by the browser from its own <meta>), plus pages a test
 * registers, and records every request so a test can assert that nothing was fetched.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

export const REPO_ROOT = resolve(import.meta.dirname, '..');
export const FIXTURES = resolve(REPO_ROOT, 'tests/fixtures');

export interface PageServer {
  origin: string;
  /** URL of tests/fixtures/<name>/source.html, served as /fixtures/<name>/. */
  fixtureUrl(name: string): string;
  /** Serve `body` at `path` (text/html unless said otherwise). */
  route(path: string, body: string | Buffer, contentType?: string): string;
  /**
   * Serve `body` at a page's own address (host, path and query; any scheme is served as http),
   * for a browser that maps real host names to this server (Chromium `--host-resolver-rules`,
   * Firefox's proxy prefs: see hostMapping). Returns the http:// address to open.
   */
  routeUrl(url: string, body: string | Buffer, contentType?: string): string;
  /** Chromium flags and Firefox prefs that send every host name to this server. */
  hostMapping: { chromiumArgs: string[]; firefoxPrefs: Record<string, string | number | boolean> };
  requests: string[];
  close(): Promise<void>;
}

/** One page's key: its host (no port, no scheme), path and query. */
const hostKey = (url: URL) => `${url.hostname}${url.pathname}${url.search}`;

export async function startPageServer(): Promise<PageServer> {
  const routes = new Map<string, { body: Buffer; type: string }>();
  const hostRoutes = new Map<string, { body: Buffer; type: string }>();
  const requests: string[] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    // A proxied request (Firefox) names the whole address; a mapped one (Chromium) the path, with the host in Host.
    const asked = new URL(req.url ?? '/', `http://${req.headers.host ?? 'x'}`);
    const path = asked.pathname;
    requests.push(path);
    const routed = hostRoutes.get(hostKey(asked)) ?? routes.get(path);
    if (routed) {
      // Any origin may read a route (the extension's background fetches word mode's dictionary stand-in).
      res.writeHead(200, { 'content-type': routed.type, 'cache-control': 'no-store', 'access-control-allow-origin': '*', 'content-length': String(routed.body.byteLength) });
      res.end(routed.body);
      return;
    }
    const match = /^\/fixtures\/([\w-]+)\/$/.exec(path);
    const file = match && resolve(FIXTURES, match[1], 'source.html');
    if (file && existsSync(file)) {
      res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' });
      res.end(readFileSync(file));
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    fixtureUrl: (name) => `${origin}/fixtures/${name}/`,
    route(path, body, contentType = 'text/html; charset=utf-8') {
      routes.set(path, { body: typeof body === 'string' ? Buffer.from(body) : body, type: contentType });
      return origin + path;
    },
    routeUrl(url, body, contentType = 'text/html') {
      const address = new URL(url);
      hostRoutes.set(hostKey(address), { body: typeof body === 'string' ? Buffer.from(body) : body, type: contentType });
      return `http://${address.hostname}${address.pathname}${address.search}`;
    },
    hostMapping: {
      chromiumArgs: [`--host-resolver-rules=MAP * 127.0.0.1:${port}`],
      firefoxPrefs: {
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': port,
        'network.proxy.allow_hijacking_localhost': true,
        'network.proxy.no_proxies_on': '',
      },
    },
    requests,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
