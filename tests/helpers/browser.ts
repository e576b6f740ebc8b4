// Real Chromium (Debian's, via playwright-core) against dist/ served on a loopback port, for browser tests.
import { serveDist as serve, type StaticServer } from '../../scripts/lib/browser.ts';
import { DIST } from './dist.ts';

export { CHROME_ARGS, CHROME_PATH, launchBrowser, type StaticServer } from '../../scripts/lib/browser.ts';

/** Serve the built dist/ (or another folder) under `base` on a free loopback port. */
export function serveDist(dir: string = DIST, base = '/'): Promise<StaticServer> {
  return serve(dir, base);
}
