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
  problems: LinkProblem[];
  external: ExternalLink[];
  /** How many internal references were checked. */
  checked: number;
}

export interface LinkOptions {
  /** The build's base path, e.g. "/report/". */
  base?: string;
  /** The site's absolute origin (canonical and share URLs point there and must resolve too). */
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

/** Check every HTML and CSS file in `dir` (a built site). Problems name the file and the reference. */
export function checkLinks(dir: string, options: LinkOptions = {}): LinkReport {
  const base = options.base ?? '/';
  const site = options.site ? new URL(options.site).origin : undefined;
  const report: LinkReport = { problems: [], external: [], checked: 0 };
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let set = ids.get(file);
    if (!set) {
      const doc = parse(readFileSync(file, 'utf8'));
      set = new Set([...doc.querySelectorAll('[id]').map((e) => e.id), ...doc.querySelectorAll('a[name]').map((e) => e.getAttribute('name')!)]);
      ids.set(file, set);
    }
    return set;
  };

  const check = (file: string, ref: string, tag: string, rel: string): void => {
    const at = `${base}${file}`;
    const trimmed = ref.trim();
    if (trimmed === '') return void report.problems.push({ file, ref, message: `empty URL on <${tag}>` });
    if (/^(mailto|tel|data):/i.test(trimmed)) return;
    if (/^javascript:/i.test(trimmed)) return void report.problems.push({ file, ref, message: 'javascript: URL' });
    let url = trimmed;
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(trimmed)) {
      const abs = new URL(trimmed, ORIGIN);
      if (abs.origin !== site) return void report.external.push({ file, href: trimmed, rel, tag });
      url = abs.pathname + abs.search + abs.hash; // the site's own absolute URL (canonical, og:image): check it
    }
    report.checked++;
    const hash = new URL(url, ORIGIN + at).hash;
    const target = hash !== '' && url.startsWith('#') ? join(dir, file) : resolveSitePath(dir, url, base, at);
    if (!target) {
      const path = new URL(url, ORIGIN + at).pathname;
      const why = !path.startsWith(base) ? `is outside the base path ${base}` : path.endsWith('/') ? 'names no page' : existsSync(join(dir, decodeURIComponent(path.slice(base.length)), 'index.html')) ? 'names a folder: add the trailing slash' : 'names no file';
      return void report.problems.push({ file, ref, message: `<${tag}> ${why}` });
    }
    if (hash.length > 1 && extname(target) === '.html') {
      const id = decodeURIComponent(hash.slice(1));
      if (!idsOf(target).has(id)) report.problems.push({ file, ref, message: `<${tag}> anchor #${id} is not an id in ${relative(dir, target)}` });
    }
  };

  for (const file of siteFiles(dir)) {
    if (file.endsWith('.html')) {
      const doc = parse(readFileSync(join(dir, file), 'utf8'));
      for (const [selector, attr] of URL_ATTRS) {
        for (const el of doc.querySelectorAll(selector)) check(file, el.getAttribute(attr)!, el.tagName.toLowerCase(), el.getAttribute('rel') ?? '');
      }
      for (const el of doc.querySelectorAll('[srcset]')) {
        for (const candidate of el.getAttribute('srcset')!.split(',')) check(file, candidate.trim().split(/\s+/)[0] ?? '', el.tagName.toLowerCase(), '');
      }
    } else if (file.endsWith('.css')) {
      const css = readFileSync(join(dir, file), 'utf8');
      for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) check(file, m[2]!, 'css url()', '');
    }
  }
  return report;
}

/** One line per problem, for build logs and test failures. */
export function formatLinkProblems(problems: readonly LinkProblem[], dirLabel: string): string[] {
  return problems.map((p) => `${dirLabel}/${p.file}: "${p.ref}" ${p.message}`);
}
