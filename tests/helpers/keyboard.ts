// Keyboard-only use of a page in Chromium: the tab stops in order, and whether each shows where focus is.
import type { Page } from 'playwright-core';

export interface Stop {
  name: string;
  selector: string;
}

/**
 * The first tab stops of every page with the site header, in order. A feature that adds a control to the
 * header (search box, …) inserts its stop here; controls in the text (copy link, …) go in TEXT_STOPS.
 */
export const HEADER_STOPS: Stop[] = [
  { name: 'skip link', selector: 'a.skip-link' },
  { name: 'home link', selector: 'a.site-title' },
  { name: 'search', selector: '.search-box input[type="search"]' },
  { name: 'search button', selector: '.search-box button[type="submit"]' },
  { name: 'contents', selector: '.site-nav a[href$="#contents"]' },
  { name: 'glossary', selector: '.site-nav a[href$="/glossary/"]:not([data-lang-switch])' },
  { name: 'key figures', selector: '.site-nav a[href$="/key-figures/"]:not([data-lang-switch])' },
  { name: 'data', selector: '.site-nav a[href$="/data/"]:not([data-lang-switch])' },
  { name: 'language switch', selector: 'a[data-lang-switch]' },
];

/** Controls of a chapter's text, each of which must be reachable by Tab on every chapter page. */
export const TEXT_STOPS: Stop[] = [
  { name: 'on-page contents', selector: '.toc a' },
  { name: 'paragraph number', selector: 'a.pnum' },
  { name: 'glossary term', selector: 'a.gloss-term' },
];

/** Controls of the data page's project explorer (its script shows the filters), in tab order; walked by
 *  tests/build/explorer.test.ts. */
export const EXPLORER_STOPS: Stop[] = [
  { name: 'explorer year', selector: '#explorer-year' },
  { name: 'explorer list', selector: '#explorer-list' },
  { name: 'explorer category', selector: '#explorer-category' },
  { name: 'explorer search', selector: '.explorer-filters input[type="search"]' },
  { name: 'explorer show all', selector: '.explorer-filters button' },
  { name: 'explorer table frame', selector: 'section.table-wrap:has(> table.explorer)' },
  { name: 'explorer sort', selector: 'table.explorer th button' },
  { name: 'explorer table link', selector: 'table.explorer td a' },
];

export interface FocusStop {
  /** tag#id.class "text", to read in failures. */
  label: string;
  /** Names of the stops (HEADER_STOPS, TEXT_STOPS, or given) whose selector the element matches. */
  names: string[];
  /** A visible indicator: an outline or box-shadow of at least 2px in a colour that is not transparent. */
  indicator: boolean;
  /** In the viewport and not covered by anything else (a sticky header, …). */
  visible: boolean;
}

/** Where focus is now, judged against `stops`. */
export function focusStop(page: Page, stops: Stop[]): Promise<FocusStop | undefined> {
  return page.evaluate((stops) => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return undefined;
    const cs = getComputedStyle(el);
    const opaque = (c: string): boolean => !/^(transparent|rgba\(.*,\s*0\))$/.test(c);
    const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2 && opaque(cs.outlineColor);
    const shadow = cs.boxShadow !== 'none' && /\d+px\s+\d+px\s+\d+px\s+[2-9]|\d\d+px/.test(cs.boxShadow);
    // The first line box: a link that wraps has a bounding box whose corner can lie on other text.
    const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
    const x = Math.min(Math.max(r.left + Math.min(r.width, 40) / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(r.top + Math.min(r.height, 20) / 2, 0), innerHeight - 1);
    const hit = document.elementFromPoint(x, y);
    const onScreen = r.width >= 1 && r.height >= 1 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30);
    return {
      label: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''} "${text}"`,
      names: stops.filter((s) => el.matches(s.selector)).map((s) => s.name),
      indicator: outline || shadow,
      visible: onScreen && hit !== null && (el === hit || el.contains(hit)),
    };
  }, stops);
}

/** Press Tab from the top of the page through every stop until focus leaves the page; at most `max` stops. */
export async function tabWalk(page: Page, stops: Stop[], max = 600): Promise<FocusStop[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const walk: FocusStop[] = [];
  for (let k = 0; k < max; k++) {
    await page.keyboard.press('Tab');
    const stop = await focusStop(page, stops);
    if (!stop || (walk.length > 0 && stop.label === walk[0]!.label)) return walk;
    walk.push(stop);
  }
  throw new Error(`more than ${max} tab stops without leaving the page: a keyboard trap?`);
}
