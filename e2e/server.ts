/**
 * A loopback page server for the end-to-end tests: serves the team's fixtures as a site would
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
  requests: string[];
  close(): Promise<void>;
}

export async function startPageServer(): Promise<PageServer> {
  const routes = new Map<string, { body: Buffer; type: string }>();
  const requests: string[] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(path);
    const routed = routes.get(path);
    if (routed) {
      res.writeHead(200, { 'content-type': routed.type, 'cache-control': 'no-store' });
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
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    fixtureUrl: (name) => `${origin}/fixtures/${name}/`,
    route(path, body, contentType = 'text/html; charset=utf-8') {
      routes.set(path, { body: typeof body === 'string' ? Buffer.from(body) : body, type: contentType });
      return origin + path;
    },
    requests,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
