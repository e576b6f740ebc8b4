// What a PDF depends on, so an unchanged page is not printed again: the page's HTML, every local stylesheet,
// script, image or font it references, and the browser and print settings. Any change to one of them is a new key.
import { createHash } from 'node:crypto';

const ASSET = /\b(?:href|src)="([^"?#]+\.(?:css|js|mjs|svg|png|jpe?g|webp|avif|gif|woff2?|ttf|otf))(?:[?#][^"]*)?"/g;

/** Site paths (below `base`) of the local files a page loads or shows, sorted and without repeats. */
export function localAssets(html: string, base: string): string[] {
  const found = new Set<string>();
  for (const [, url] of html.matchAll(ASSET)) {
    if (url!.startsWith(base)) found.add(url!.slice(base.length));
  }
  return [...found].sort();
}

/** A hex digest of the parts in order (each part length-prefixed, so boundaries matter). */
export function cacheKey(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part) : part;
    hash.update(`${bytes.length}:`);
    hash.update(bytes);
  }
  return hash.digest('hex').slice(0, 32);
}
