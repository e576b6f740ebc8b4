// Real Chromium (Debian's, via playwright-core) against dist/ served on a loopback port, for browser tests.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROME_ARGS, CHROME_PATH, launchChromium } from '../../scripts/shared/chromium.ts';
import { serveDist as serve, type StaticServer } from '../../scripts/shared/static-server.ts';
import { DIST } from './dist.ts';

export { CHROME_ARGS, CHROME_PATH, type StaticServer };
export const launchBrowser = launchChromium;

/**
 * Serve the built dist/ (or another folder) under `base` on 127.0.0.1 with a free port. `headers` are sent with
 * every response, as a host would send those of the site's _headers file.
 */
export function serveDist(dir: string = DIST, base = '/', headers: Record<string, string> = {}): Promise<StaticServer> {
  return serve(dir, base, headers);
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
