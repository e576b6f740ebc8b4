// Real Chromium (Debian's, via playwright-core) against dist/ served on a loopback port, for browser tests.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll } from 'vitest';
import { DIST } from './dist.ts';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
}

export interface StaticServer {
  /** Origin plus base path, e.g. http://127.0.0.1:41234/report/ */
  url: string;
  close(): Promise<void>;
}

/** Serve a built folder under `base` on 127.0.0.1 with a free port; the folder's 404.html answers unknown paths. */
export async function serveDist(dir: string = DIST, base = '/'): Promise<StaticServer> {
  const files = sirv(dir, { dev: true, etag: false, dotfiles: false });
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(base)) {
      res.statusCode = 404;
      res.end('outside base');
      return;
    }
    req.url = `/${url.slice(base.length)}`;
    files(req, res, () => {
      const page = join(dir, '404.html');
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(existsSync(page) ? readFileSync(page) : 'not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

/** Chromium and a built folder served, for the tests of one file: started before them, closed after. */
export function withBrowser(dir: string = DIST, base = '/'): { readonly browser: Browser; readonly server: StaticServer } {
  const env = {} as { browser: Browser; server: StaticServer };
  beforeAll(async () => {
    [env.browser, env.server] = await Promise.all([launchBrowser(), serveDist(dir, base)]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
