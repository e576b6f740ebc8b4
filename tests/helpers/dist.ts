// Reading a built site in tests: dist/ by default, or another build folder (the base-path build).
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type HTMLElement, parse } from 'node-html-parser';
import { checkLinks, type LinkReport, resolveSitePath, siteFiles } from '../../scripts/checks/link-check.ts';
import { ROOT, siteUrl } from '../../scripts/shared/project.ts';

export const DIST = join(ROOT, 'dist');
/** The site URL the builds were made with (canonical links, Open Graph, sitemap). */
export const SITE = siteUrl();

export function distFile(path: string, dir = DIST): string {
  return join(dir, path);
}

/** Parse HTML as a browser would; unlike node-html-parser's default, <pre> content is markup, not raw text. */
export const parseHtml = (html: string): HTMLElement => parse(html, { blockTextElements: { script: true, noscript: true, style: true } });

export function readPage(path: string, dir = DIST): HTMLElement {
  const file = path.endsWith('.html') ? distFile(path, dir) : distFile(join(path, 'index.html'), dir);
  if (!existsSync(file)) throw new Error(`no page at ${relative(ROOT, file)}`);
  return parseHtml(readFileSync(file, 'utf8'));
}

/** Every file below `dir` whose name ends in `ext`, as paths relative to `dir` (dotfiles and dot folders skipped). */
export function builtFiles(ext: string, dir = DIST): string[] {
  return siteFiles(dir, ext).filter((f) => !f.split('/').some((part) => part.startsWith('.')));
}

export const htmlFiles = (dir = DIST): string[] => builtFiles('.html', dir);

/** The URL path below the base at which a page is served: "zh/index.html" -> "zh/". */
export const pageUrl = (file: string): string => file.replace(/(^|\/)index\.html$/, '$1');

/** Resolve a site URL (with the build's base path) to a file in the build folder, or undefined. */
export function resolveHref(href: string, base = '/', dir = DIST): string | undefined {
  return resolveSitePath(dir, href, base);
}

/**
 * Every internal link, asset, stylesheet url(), sitemap entry and #anchor of a build folder made with `base`
 * (default dist/ at the root), and the links to other sites it holds. The build's last phase runs the same check.
 */
export function checkDistLinks(base = '/', dir = DIST, site = SITE): LinkReport {
  return checkLinks(dir, { base, site });
}

/** The headers a Netlify-style host sends for every path (the "<base>*" blocks of the built _headers file). */
export function hostHeaders(dir = DIST, base = '/'): Record<string, string> {
  const file = join(dir, '_headers');
  const headers: Record<string, string> = {};
  if (!existsSync(file)) return headers;
  let all = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) all = line.trim() === `${base}*`;
    else if (all) {
      const at = line.indexOf(':');
      headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return headers;
}

/**
 * The page's scripts as [type, kind, inline text]. Reading needs no JavaScript: a page's only script
 * should be the search box's loader, an external module ([['module', 'search-loader', '']]).
 */
export function scriptsOf(doc: HTMLElement): [string | undefined, string, string][] {
  return doc
    .querySelectorAll('script')
    .map((s) => [
      s.getAttribute('type'),
      /^\/(.+\/)?_astro\/SearchBox\./.test(s.getAttribute('src') ?? '') ? 'search-loader' : (s.getAttribute('src') ?? 'inline'),
      s.text.trim(),
    ]);
}
