// Real Chromium (Debian's, via playwright-core) against dist/ served on a loopback port, for browser tests.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll } from 'vitest';
import { CHROME_ARGS, CHROME_PATH, launchChromium } from '../../scripts/lib/chromium.ts';
import { DIST } from './dist.ts';

export { CHROME_ARGS, CHROME_PATH };
export const launchBrowser = launchChromium;

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

/** For a test file: one browser and one server of dist/ for all its tests, opened before and closed after them. */
export function useBrowser(): { browser: () => Browser; server: () => StaticServer } {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveDist()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { browser: () => browser!, server: () => server! };
}
