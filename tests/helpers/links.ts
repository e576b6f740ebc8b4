// Every internal reference in a built site, resolved the way a static host and a browser would: links, assets,
// share images, canonical and hreflang URLs, sitemap entries, CSS url()s, and #anchors against the target's ids.
import { readFileSync } from 'node:fs';
import type { HTMLElement } from 'node-html-parser';
import { builtFiles, htmlFiles, parseHtml, resolveHref } from './dist.ts';

export interface LinkReport {
  pages: number;
  /** Internal references checked, and how many of them carried a #fragment. */
  checked: number;
  anchors: number;
  /** Distinct URLs on other origins (not fetched). */
  external: string[];
  problems: string[];
}

/** Attributes that hold URLs, by element. */
const URL_ATTRS: [selector: string, attr: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
  ['use[href]', 'href'],
  ['form[action]', 'action'],
  ['meta[property="og:url"]', 'content'],
  ['meta[property="og:image"]', 'content'],
  ['meta[name="twitter:image"]', 'content'],
];

/**
 * Check a build folder made with `base` (e.g. "/report/") and site origin `site`. Pages are addressed as a static
 * host serves them (zh/index.html at <base>zh/); 404.html is resolved from a deep unknown path, because that is
 * where hosts show it.
 */
export function checkLinks(dir: string, base: string, site: string): LinkReport {
  const origin = new URL(site).origin;
  const ids = new Map<string, Set<string>>();
  const docs = new Map<string, HTMLElement>();
  const doc = (file: string) => {
    let d = docs.get(file);
    if (!d) docs.set(file, (d = parseHtml(readFileSync(file, 'utf8'))));
    return d;
  };
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      const d = doc(file);
      set = new Set([...d.querySelectorAll('[id]').map((e) => e.id), ...d.querySelectorAll('a[name]').map((e) => e.getAttribute('name')!)]);
      ids.set(file, set);
    }
    return set;
  };
  const report: LinkReport = { pages: 0, checked: 0, anchors: 0, external: [], problems: [] };
  const external = new Set<string>();

  const check = (from: string, pageUrl: string, ref: string) => {
    const value = ref.trim();
    if (value === '' || /^(mailto|tel|data|javascript):/i.test(value)) return;
    const url = new URL(value, pageUrl);
    if (url.origin !== origin) {
      external.add(url.href);
      return;
    }
    report.checked++;
    if (!url.pathname.startsWith(base)) return void report.problems.push(`${from}: ${value} is outside the base path ${base}`);
    const file = resolveHref(url.pathname, base, dir);
    if (!file) return void report.problems.push(`${from}: ${value} -> ${url.pathname} does not exist`);
    if (url.href.endsWith('#')) return void report.problems.push(`${from}: ${value} has an empty fragment`);
    if (url.hash) {
      report.anchors++;
      const id = decodeURIComponent(url.hash.slice(1));
      if (!file.endsWith('.html')) report.problems.push(`${from}: ${value} has a fragment but is not a page`);
      else if (!idsOf(file).has(id)) report.problems.push(`${from}: ${value} -> no element with id "${id}"`);
    }
  };

  for (const page of htmlFiles(dir)) {
    report.pages++;
    const path = page === '404.html' ? 'no/such/page/' : page.replace(/(^|\/)index\.html$/, '$1');
    const pageUrl = new URL(base + path, origin).href;
    const d = doc(`${dir}/${page}`);
    for (const [selector, attr] of URL_ATTRS) for (const el of d.querySelectorAll(selector)) check(page, pageUrl, el.getAttribute(attr)!);
    for (const el of d.querySelectorAll('[srcset]')) for (const part of el.getAttribute('srcset')!.split(',')) check(page, pageUrl, part.trim().split(/\s+/)[0]!);
  }
  for (const css of builtFiles('.css', dir)) {
    const cssUrl = new URL(base + css, origin).href;
    for (const m of readFileSync(`${dir}/${css}`, 'utf8').matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) check(css, cssUrl, m[2]!);
  }
  for (const xml of builtFiles('.xml', dir)) {
    const text = readFileSync(`${dir}/${xml}`, 'utf8');
    for (const m of text.matchAll(/<loc>([^<]+)<\/loc>|\shref="([^"]+)"/g)) check(xml, new URL(base + xml, origin).href, (m[1] ?? m[2]!).replace(/&amp;/g, '&'));
  }
  for (const txt of builtFiles('robots.txt', dir)) {
    for (const m of readFileSync(`${dir}/${txt}`, 'utf8').matchAll(/^Sitemap:\s*(\S+)/gm)) check(txt, new URL(base + txt, origin).href, m[1]!);
  }
  report.external = [...external].sort();
  return report;
}
