// What Chromium downloads for a page of the built site: every response until the load event (a cold cache,
// one fresh context per page), and what a first search fetches after it.
import type { Browser, Page, Request } from 'playwright-core';
import { type Download, resourceKind, wireBytes } from './site-sizes.ts';

/** Records each finished request's body; `take()` returns those finished since the last take (waiting for their bodies). */
function recorder(page: Page): { take(): Promise<Download[]> } {
  let reads: Promise<Download | undefined>[] = [];
  const read = async (request: Request): Promise<Download | undefined> => {
    const url = new URL(request.url());
    if (!/^https?:$/.test(url.protocol)) return undefined;
    const response = await request.response();
    const body = response ? await response.body().catch(() => undefined) : undefined;
    if (!body) return undefined;
    // A page's URL ends in "/": the host serves (and compresses) its index.html.
    const file = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
    return { url: url.pathname + url.search, kind: resourceKind(request.resourceType()), bytes: body.byteLength, gzip: wireBytes(file, body) };
  };
  // A read still running when the page closes (a request after the last take) fails: nobody wants it then.
  page.on('requestfinished', (request) => void reads.push(read(request).catch(() => undefined)));
  return {
    async take() {
      const batch = reads;
      reads = [];
      return (await Promise.all(batch)).filter((d): d is Download => d !== undefined);
    },
  };
}

/** Everything the page at `url` downloads before its load event. */
export async function downloadsUntilLoad(browser: Browser, url: string): Promise<Download[]> {
  const page = await browser.newPage();
  try {
    const recorded = recorder(page);
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${url}: HTTP ${response?.status()}`);
    return await recorded.take();
  } finally {
    await page.close();
  }
}

export interface SearchDownloads {
  /** Until the load event of the page the search starts from. */
  page: Download[];
  /** After it, until the first hit shows and the network is idle. */
  search: Download[];
}

/** Loads `url` (a search page with its query in the URL) and records what it fetches until `hitSelector` shows. */
export async function firstSearch(browser: Browser, url: string, hitSelector: string): Promise<SearchDownloads> {
  const page = await browser.newPage();
  try {
    const recorded = recorder(page);
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${url}: HTTP ${response?.status()}`);
    const onLoad = await recorded.take();
    await page.locator(hitSelector).first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    return { page: onLoad, search: await recorded.take() };
  } finally {
    await page.close();
  }
}
