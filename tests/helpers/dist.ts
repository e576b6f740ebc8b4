// Reading a built site in tests: dist/ by default, or another build folder (the base-path build).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type HTMLElement, parse } from 'node-html-parser';
import { ROOT } from '../../scripts/lib/project.ts';

export const DIST = join(ROOT, 'dist');
/** The site URL the builds were made with (canonical links, Open Graph, sitemap). */
export const SITE = process.env.SITE_URL ?? 'https://yangpu-report.example.org';

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
export function builtFiles(ext: string, dir = DIST, sub = ''): string[] {
  return readdirSync(join(dir, sub)).flatMap((name) => {
    if (name.startsWith('.')) return [];
    const rel = sub ? `${sub}/${name}` : name;
    if (statSync(join(dir, rel)).isDirectory()) return builtFiles(ext, dir, rel);
    return name.endsWith(ext) ? [rel] : [];
  });
}

export const htmlFiles = (dir = DIST): string[] => builtFiles('.html', dir);

/** Resolve a site URL (with the build's base path) to a file in the build folder, or undefined. */
export function resolveHref(href: string, base = '/', dir = DIST): string | undefined {
  const url = new URL(href, 'http://site.invalid/');
  if (!url.pathname.startsWith(base)) return undefined;
  let path = decodeURIComponent(url.pathname.slice(base.length));
  if (path === '' || path.endsWith('/')) path += 'index.html';
  const file = distFile(path, dir);
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * The page's scripts as [type, kind, inline text]. Reading needs no JavaScript: a page's only script
 * should be the search box's loader, an external module ([['module', 'search-loader', '']]).
 */
export function scriptsOf(doc: HTMLElement): [string | undefined, string, string][] {
  return doc.querySelectorAll('script').map((s) => [s.getAttribute('type'), /^\/(.+\/)?_astro\/SearchBox\./.test(s.getAttribute('src') ?? '') ? 'search-loader' : (s.getAttribute('src') ?? 'inline'), s.text.trim()]);
}
