// What the search index holds: built pages cut into the units a reader wants to land on.
// Pagefind ranks whole pages; our chapters are long, so each element marked
// data-pagefind-meta="anchor:ID" (paragraphs, headings, tables) becomes its own record whose
// URL ends in #ID. Filters come from data-pagefind-filter: on the body element for the whole
// page (chapter), on a heading for the units after it up to the next heading that sets the
// same key (part). A page without anchors is one record.
import { type HTMLElement, type Node, NodeType, parse } from 'node-html-parser';

export interface SearchRecord {
  /** Site URL without the base path: /zh/chapters/03-x/#p-3-12 */
  url: string;
  /** Pagefind language code of the page: zh or en. */
  language: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Elements whose text never belongs in the index (as Pagefind's own defaults, plus our opt-outs). */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'form', 'button', 'select', 'input', 'textarea']);
/** Elements that end a word in any language (Chinese has no spaces, so cells and blocks need one). */
const BLOCK = /^(p|div|li|dt|dd|tr|td|th|caption|h[1-6]|section|article|header|footer|table|thead|tbody|tfoot|ul|ol|dl|figure|figcaption|blockquote|br)$/;

function isElement(node: Node): node is HTMLElement {
  return node.nodeType === NodeType.ELEMENT_NODE;
}

function skipped(el: HTMLElement): boolean {
  return SKIP.has(el.rawTagName?.toLowerCase() ?? '') || el.hasAttribute('data-pagefind-ignore') || el.hasAttribute('hidden');
}

/** The readable text of an element, as Pagefind would index it. */
export function indexText(el: HTMLElement): string {
  const out: string[] = [];
  const walk = (node: Node): void => {
    if (isElement(node)) {
      if (skipped(node)) return;
      const block = BLOCK.test(node.rawTagName?.toLowerCase() ?? '');
      if (block) out.push(' ');
      node.childNodes.forEach(walk);
      if (block) out.push(' ');
    } else if (node.nodeType === NodeType.TEXT_NODE) {
      out.push(node.text);
    }
  };
  walk(el);
  return out.join('').replace(/\s+/g, ' ').trim();
}

/** data-pagefind-filter="key:value" or "key:value, key2:value2" (inline values only; that is all we emit). */
export function inlinePairs(attr: string | undefined): [string, string][] {
  if (!attr) return [];
  return attr.split(',').flatMap((pair) => {
    const k = pair.indexOf(':');
    return k > 0 ? [[pair.slice(0, k).trim(), pair.slice(k + 1).trim()] as [string, string]] : [];
  });
}

const anchorOf = (el: HTMLElement): string | undefined => inlinePairs(el.getAttribute('data-pagefind-meta')).find(([k]) => k === 'anchor')?.[1];
const HEADING = /^h[1-6]$/;

/** Pagefind language of an <html lang> value: zh-CN -> zh. */
export const pagefindLanguage = (htmlLang: string): string => htmlLang.toLowerCase().split('-')[0] ?? htmlLang;

/**
 * The records of one built page. `path` is the file's path in dist/ (zh/chapters/03-x/index.html).
 * Pages without a data-pagefind-body element give none: navigation, home pages, fallbacks.
 */
export function pageRecords(html: string, path: string): SearchRecord[] {
  const doc = parse(html, { comment: false });
  const body = doc.querySelector('[data-pagefind-body]');
  if (!body) return [];
  const htmlLang = doc.querySelector('html')?.getAttribute('lang');
  if (!htmlLang) throw new Error(`${path}: <html> has no lang attribute, so its search language is unknown`);
  const language = pagefindLanguage(htmlLang);
  const pageUrl = `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
  const pageTitle = indexText(body.querySelector('h1') ?? doc.querySelector('title') ?? body);
  const pageFilters = Object.fromEntries(inlinePairs(body.getAttribute('data-pagefind-filter')).map(([k, v]) => [k, [v]]));

  const records: SearchRecord[] = [];
  const scoped: Record<string, string> = {};
  let heading = '';
  const units: HTMLElement[] = [];
  const visit = (el: HTMLElement): void => {
    if (skipped(el)) return;
    if (el !== body) for (const [k, v] of inlinePairs(el.getAttribute('data-pagefind-filter'))) scoped[k] = v;
    const anchor = el === body ? undefined : anchorOf(el);
    if (anchor) {
      const text = indexText(el);
      if (HEADING.test(el.rawTagName.toLowerCase())) heading = text;
      units.push(el);
      if (text) {
        const filters = { ...pageFilters, ...Object.fromEntries(Object.entries(scoped).map(([k, v]) => [k, [v]])) };
        const meta: Record<string, string> = { title: pageTitle, anchor };
        if (heading && heading !== text) meta.section = heading;
        records.push({ url: `${pageUrl}#${anchor}`, language, content: text, meta, filters });
      }
      return;
    }
    el.childNodes.forEach((n) => isElement(n) && visit(n));
  };
  visit(body);
  // What is outside the units (a chapter's title block, or a whole page without anchors) is the page's own record.
  for (const unit of units) unit.remove();
  const rest = indexText(body);
  if (rest) records.unshift({ url: pageUrl, language, content: rest, meta: { title: pageTitle }, filters: pageFilters });
  return records;
}
