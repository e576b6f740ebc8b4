// What the search box and the search page share: the strings, one hit as a link, the other language's count.
import { paraNumber } from '#core/ids.ts';
import { type Hit, search } from '../lib/search/engine.ts';
import { fill, plural } from '../lib/search/fill.ts';
import { pagefind } from '../lib/search/load.ts';
import { parseQuery, worthAsking } from '../lib/search/query.ts';
import type { SearchStrings } from '../lib/search/strings.ts';
import { href } from '../lib/href.ts';

export function readStrings(el: HTMLElement): SearchStrings {
  return JSON.parse(el.dataset.strings ?? '{}') as SearchStrings;
}

/** Where a hit is, as readers cite it: "第3章 滨江… › 一、理念学习更加深入 · 第3.2段". */
export function hitPlace(hit: Hit, s: SearchStrings): string {
  const n = hit.chapter ? Number.parseInt(hit.chapter, 10) : Number.NaN;
  const parts = [Number.isNaN(n) ? hit.title : `${fill(s.chapter, { n })} ${hit.title}`];
  if (hit.section) parts.push(hit.section);
  let place = parts.join(' › ');
  if (hit.anchor?.startsWith('p-')) place += ` · ${fill(s.paragraph, { n: paraNumber(hit.anchor) })}`;
  return place;
}

export function hitLink(hit: Hit, s: SearchStrings): HTMLAnchorElement {
  const a = document.createElement('a');
  a.className = 'hit';
  a.href = href(hit.url);
  a.dataset.chapter = hit.chapter ?? '';
  a.dataset.part = hit.part ?? '';
  a.dataset.tier = String(hit.tier);
  const place = document.createElement('span');
  place.className = 'hit-place';
  place.textContent = hitPlace(hit, s);
  const excerpt = document.createElement('span');
  excerpt.className = 'hit-excerpt';
  excerpt.innerHTML = hit.excerpt; // built by excerptHtml(), which escapes the text around its <mark>s
  a.append(place, excerpt);
  return a;
}

/** "Also in English: 4 results" as a link to the other language's search page, or null when it has none. */
export async function otherLanguageHint(query: string, s: SearchStrings): Promise<HTMLAnchorElement | null> {
  if (!worthAsking(s.other.lang, parseQuery(query))) return null;
  // Five candidates are enough to tell real hits from stray matches (an English word "found" in Chinese text).
  const { total } = await search(await pagefind(s.other.lang), query, { limit: 0, depth: 5 });
  if (!total) return null;
  const a = document.createElement('a');
  a.className = 'search-other';
  a.lang = s.other.htmlLang;
  a.hreflang = s.other.htmlLang;
  a.href = `${href(`${s.other.lang}/search/`)}?q=${encodeURIComponent(query)}`;
  a.textContent = fill(plural(s.other.htmlLang, s.other.text, total), { n: total });
  return a;
}

/** "12 results for “q”" or "No results for “q”." */
export function countText(total: number, query: string, s: SearchStrings): string {
  return total ? fill(plural(s.lang, s.count, total), { n: total, query }) : fill(s.none, { query });
}

/** Calls `run` when typing pauses; not while an input method is composing (the pinyin is not the query yet), but as soon as it ends. */
export function onTyping(input: HTMLInputElement, run: () => void, ms: number): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = (): void => {
    clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
  input.addEventListener('input', (e) => (e as InputEvent).isComposing || later());
  input.addEventListener('compositionend', later);
}
