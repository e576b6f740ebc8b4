// Reading the built site in tests.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type HTMLElement, parse } from 'node-html-parser';
import { checkLinks, type LinkReport, resolveSitePath, siteFiles } from '../../scripts/lib/link-check.ts';
import { DEFAULT_SITE, ROOT } from '../../scripts/lib/project.ts';

export const DIST = join(ROOT, 'dist');
/** The site URL the build used (canonical links point there). */
export const SITE = process.env.SITE_URL ?? DEFAULT_SITE;

export function distFile(path: string): string {
  return join(DIST, path);
}

export function readPage(path: string): HTMLElement {
  const file = path.endsWith('.html') ? distFile(path) : distFile(join(path, 'index.html'));
  if (!existsSync(file)) throw new Error(`no page at ${relative(ROOT, file)}`);
  return parse(readFileSync(file, 'utf8'));
}

/** Every built page, as paths relative to the site folder ("zh/index.html"). */
export function htmlFiles(dir = DIST): string[] {
  return siteFiles(dir, '.html');
}

/** The URL path below the base at which a page is served: "zh/index.html" -> "zh/". */
export const pageUrl = (file: string): string => file.replace(/(^|\/)index\.html$/, '$1');

/** The headers a Netlify-style host sends for every path ("/*" blocks of the built _headers file). */
export function hostHeaders(dir = DIST): Record<string, string> {
  const file = join(dir, '_headers');
  const headers: Record<string, string> = {};
  if (!existsSync(file)) return headers;
  let all = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) all = line.trim() === '/*';
    else if (all) {
      const at = line.indexOf(':');
      headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return headers;
}

/** Resolve a site URL (with the build's base path) to a file in dist/, or undefined. */
export function resolveHref(href: string, base = '/'): string | undefined {
  return resolveSitePath(DIST, href, base);
}

/**
 * Every internal link, asset, stylesheet url() and #anchor of a built site (default dist/ at the root); the
 * external links it holds. For a build under a base path: checkDistLinks('/report/', dir).
 */
export function checkDistLinks(base = '/', dir = DIST, site = SITE): LinkReport {
  return checkLinks(dir, { base, site });
}
