// Reading the built site in tests.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type HTMLElement, parse } from 'node-html-parser';
import { ROOT } from '../../scripts/lib/project.ts';

export const DIST = join(ROOT, 'dist');

export function distFile(path: string): string {
  return join(DIST, path);
}

export function readPage(path: string): HTMLElement {
  const file = path.endsWith('.html') ? distFile(path) : distFile(join(path, 'index.html'));
  if (!existsSync(file)) throw new Error(`no page at ${relative(ROOT, file)}`);
  return parse(readFileSync(file, 'utf8'));
}

export function htmlFiles(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [relative(DIST, full)] : [];
  });
}

/** Resolve a site URL (with the build's base path) to a file in dist/, or undefined. */
export function resolveHref(href: string, base = '/'): string | undefined {
  const url = new URL(href, 'http://site.invalid/');
  if (!url.pathname.startsWith(base)) return undefined;
  let path = decodeURIComponent(url.pathname.slice(base.length));
  if (path === '' || path.endsWith('/')) path += 'index.html';
  const file = distFile(path);
  return existsSync(file) ? file : undefined;
}

/**
 * The page's scripts as [type, kind, inline text]. Reading needs no JavaScript: a page's only script
 * should be the search box's loader, an external module ([['module', 'search-loader', '']]).
 */
export function scriptsOf(doc: HTMLElement): [string | undefined, string, string][] {
  return doc.querySelectorAll('script').map((s) => [s.getAttribute('type'), /^\/(.+\/)?_astro\/SearchBox\./.test(s.getAttribute('src') ?? '') ? 'search-loader' : (s.getAttribute('src') ?? 'inline'), s.text.trim()]);
}
