// Real Chromium (Debian's, via playwright-core) against dist/ served on a loopback port, for browser tests.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, serveDist as serve, type StaticServer } from '../../scripts/lib/browser.ts';
import { DIST } from './dist.ts';

export { CHROME_ARGS, CHROME_PATH, launchBrowser, type StaticServer } from '../../scripts/lib/browser.ts';

/** Serve the built dist/ (or another folder) under `base` on a free loopback port. */
export function serveDist(dir: string = DIST, base = '/'): Promise<StaticServer> {
  return serve(dir, base);
}

/** Chromium and dist/ on a loopback port for one test file: started before its tests, stopped after them. */
export function chromiumAndSite(): { readonly browser: Browser; readonly server: StaticServer } {
  const started = {} as { browser: Browser; server: StaticServer };
  beforeAll(async () => {
    [started.browser, started.server] = await Promise.all([launchBrowser(), serveDist()]);
  });
  afterAll(async () => {
    await started.browser?.close();
    await started.server?.close();
  });
  return started;
}
