// Every reference in a built site resolves: links, assets, stylesheets' url()s and #anchors, under a base path.
// Used by the build's last phase (nothing with a broken link is published) and by the tests.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { parse } from 'node-html-parser';

/** Every file below `dir`, as sorted paths relative to it with forward slashes. */
export function siteFiles(dir: string, ext?: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (!ext || name.endsWith(ext)) out.push(relative(dir, full).split('\\').join('/'));
    }
  };
  walk(dir);
  return out;
}

const ORIGIN = 'http://site.invalid';

/**
 * The file a site URL names, or undefined: `href` is resolved against `from` (a URL path, default the base),
 * must lie under `base`, and a path ending in "/" means its index.html.
 */
export function resolveSitePath(dir: string, href: string, base = '/', from = base): string | undefined {
  const url = new URL(href, ORIGIN + from);
  if (url.origin !== ORIGIN || !url.pathname.startsWith(base)) return undefined;
  let path = decodeURIComponent(url.pathname.slice(base.length));
  if (path === '' || path.endsWith('/')) path += 'index.html';
  const file = join(dir, path);
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

export interface LinkProblem {
  /** The file holding the reference, relative to the site folder. */
  file: string;
  ref: string;
  message: string;
}

export interface ExternalLink {
  file: string;
  href: string;
  /** The element's rel attribute ('' when absent); only <a> and <area> can open another site. */
  rel: string;
  tag: string;
}

export interface LinkReport {
  pages: number;
  /** Internal references checked, and how many of them carried a #fragment. */
  checked: number;
  anchors: number;
  problems: LinkProblem[];
  /** References to other origins (not fetched), one per occurrence. */
  external: ExternalLink[];
}

export interface LinkOptions {
  /** The build's base path, e.g. "/report/". */
  base?: string;
  /** The site's absolute origin (canonical, Open Graph and sitemap URLs point there and must resolve too). */
  site?: string;
}

/** Attributes that hold one URL, by element. srcset is handled separately. */
const URL_ATTRS: [selector: string, attr: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
  ['track[src]', 'src'],
  ['iframe[src]', 'src'],
  ['embed[src]', 'src'],
  ['object[data]', 'data'],
  ['form[action]', 'action'],
  ['use[href]', 'href'],
  ['image[href]', 'href'],
  ['meta[property^="og:"][content^="http"]', 'content'],
  ['meta[name^="twitter:"][content^="http"]', 'content'],
];

const parseHtml = (text: string) => parse(text, { blockTextElements: { script: true, noscript: true, style: true } });

/**
 * Check every page, stylesheet, sitemap and robots.txt of a built site (`dir`, made with `base`): each internal
 * reference must name a file (a folder only with its trailing slash), each #fragment an id of the target page.
 * Pages are addressed as a static host serves them (zh/index.html at <base>zh/; 404.html from a deep unknown path).
 */
export function checkLinks(dir: string, options: LinkOptions = {}): LinkReport {
  const base = options.base ?? '/';
  const site = options.site ? new URL(options.site).origin : ORIGIN;
  const report: LinkReport = { pages: 0, checked: 0, anchors: 0, problems: [], external: [] };
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let set = ids.get(file);
    if (!set) {
      const doc = parseHtml(readFileSync(file, 'utf8'));
      set = new Set([...doc.querySelectorAll('[id]').map((e) => e.id), ...doc.querySelectorAll('a[name]').map((e) => e.getAttribute('name')!)]);
      ids.set(file, set);
    }
    return set;
  };

  /** `at`: the URL the referring file is served at. */
  const check = (file: string, at: string, ref: string, tag: string, rel = ''): void => {
    const problem = (message: string): void => void report.problems.push({ file, ref, message: `<${tag}> ${message}` });
    const value = ref.trim();
    if (value === '') return problem('has an empty URL');
    if (/^(mailto|tel|data):/i.test(value)) return;
    if (/^javascript:/i.test(value)) return problem('has a javascript: URL');
    const url = new URL(value, new URL(at, site));
    if (url.origin !== site) return void report.external.push({ file, href: value, rel, tag });
    report.checked++;
    if (!url.pathname.startsWith(base)) return problem(`is outside the base path ${base}`);
    const target = resolveSitePath(dir, url.pathname, base);
    if (!target) {
      const folder = existsSync(join(dir, decodeURIComponent(url.pathname.slice(base.length)), 'index.html'));
      return problem(url.pathname.endsWith('/') ? 'names no page' : folder ? 'names a folder: add the trailing slash' : 'names no file');
    }
    if (value.endsWith('#')) return problem('has an empty #fragment');
    if (!url.hash) return;
    report.anchors++;
    const id = decodeURIComponent(url.hash.slice(1));
    if (extname(target) !== '.html') problem('has a #fragment but names no page');
    else if (!idsOf(target).has(id)) problem(`anchor #${id} is not an id in ${relative(dir, target)}`);
  };

  for (const file of siteFiles(dir)) {
    const at = base + (file === '404.html' ? 'no/such/page/' : file.replace(/(^|\/)index\.html$/, '$1'));
    if (file.endsWith('.html')) {
      report.pages++;
      const doc = parseHtml(readFileSync(join(dir, file), 'utf8'));
      for (const [selector, attr] of URL_ATTRS) {
        for (const el of doc.querySelectorAll(selector)) check(file, at, el.getAttribute(attr)!, el.tagName.toLowerCase(), el.getAttribute('rel') ?? '');
      }
      for (const el of doc.querySelectorAll('[srcset]')) {
        for (const candidate of el.getAttribute('srcset')!.split(',')) check(file, at, candidate.trim().split(/\s+/)[0] ?? '', el.tagName.toLowerCase());
      }
    } else if (file.endsWith('.css')) {
      for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) check(file, at, m[2]!, 'css url()');
    } else if (file.endsWith('.xml')) {
      const xml = readFileSync(join(dir, file), 'utf8');
      for (const m of xml.matchAll(/<loc>([^<]+)<\/loc>|\shref="([^"]+)"/g))
        check(file, at, (m[1] ?? m[2]!).replace(/&amp;/g, '&'), m[1] ? 'loc' : 'xhtml:link');
    } else if (file === 'robots.txt') {
      for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/^Sitemap:\s*(\S+)/gm)) check(file, at, m[1]!, 'Sitemap');
    }
  }
  return report;
}

/** One line per problem, for build logs and test failures. */
export function formatLinkProblems(problems: readonly LinkProblem[], dirLabel?: string): string[] {
  return problems.map((p) => `${dirLabel ? `${dirLabel}/` : ''}${p.file}: "${p.ref}" ${p.message}`);
}
