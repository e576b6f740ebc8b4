// One search over one language's Pagefind bundle: Pagefind finds and scores the candidates, then
// hits that contain what the reader typed verbatim move to the front. Pagefind's Chinese index cuts
// many words into single characters, so on its own it ranks a paragraph that shares the characters
// of 一网通办 above one that says 一网通办. DOM-free; the search box and the search page use it.
import { excerptHtml, fragmentWords, highlightRanges } from './highlight.ts';
import { matchTier, occurrences, parseQuery, type Query } from './query.ts';

/** The part of Pagefind's API (pagefind.js createInstance) that we use. */
export interface PagefindInstance {
  search(term: string, options?: { filters?: Record<string, string | string[]> }): Promise<PagefindResponse | null>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}
export interface PagefindFragment {
  url: string;
  /** The text without Pagefind's zero-width word breaks (pagefind.js strips them)... */
  content: string;
  /** ...and with them, < and > escaped: the word locations count these words. */
  raw_content?: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  locations: number[];
}

export interface Hit {
  /** Site URL without the base path, with the #id of the paragraph, heading or table. */
  url: string;
  anchor: string | undefined;
  chapter: string | undefined;
  part: string | undefined;
  /** The page's title (the chapter's) and, for units below a heading, that heading. */
  title: string;
  section: string | undefined;
  excerpt: string;
  /** 0: contains the query verbatim; 1: every term; 2: other (see matchTier). */
  tier: 0 | 1 | 2;
  score: number;
}

export interface Outcome {
  query: Query;
  hits: Hit[];
  /** Hits there are in all (those not loaded yet included); with quoted phrases, only those that contain them. */
  total: number;
  /** Hit counts per filter value, for the filters as set (chapter -> slug -> n). */
  counts: Record<string, Record<string, number>>;
}

export interface SearchOptions {
  filters?: Record<string, string>;
  /** How many hits to return (0: only count them). */
  limit?: number;
  /** How many of Pagefind's candidates to load and check: the re-ranking can only lift what it has loaded. */
  depth?: number;
}

/** A hit, or null when nothing of the query occurs in its text (Pagefind matched a stray character or a fuzzy word). */
function toHit(q: Query, _result: PagefindResult, score: number, data: PagefindFragment): Hit | null {
  const { text, words, segmented } = fragmentWords(data.raw_content?.replace(/&lt;/g, '<').replace(/&gt;/g, '>') ?? data.content);
  // Pagefind's matches in segmented Chinese are loose characters (扶, 贫): we mark the query's own words instead.
  const matched = segmented ? [] : data.locations.map((k) => words[k]).filter((r) => r !== undefined);
  const ranges = highlightRanges(text, q, matched);
  if (!ranges.length) return null;
  return {
    url: data.url,
    anchor: data.meta.anchor,
    chapter: data.filters.chapter?.[0],
    part: data.filters.part?.[0],
    title: data.meta.title ?? data.url,
    section: data.meta.section,
    // Centred on the query verbatim where the hit has it, else on the first highlight.
    excerpt: excerptHtml(text, ranges, occurrences(text, q.phrase)[0] ?? ranges[0]),
    tier: matchTier(text, q),
    score,
  };
}

async function load(q: Query, results: PagefindResult[], scores: Map<string, number>): Promise<Hit[]> {
  const hits = await Promise.all(results.map(async (r) => toHit(q, r, scores.get(r.id) ?? 0, await r.data())));
  return hits.filter((h) => h !== null);
}

export async function search(pagefind: PagefindInstance, raw: string, options: SearchOptions = {}): Promise<Outcome> {
  const q = parseQuery(raw);
  const limit = options.limit ?? 10;
  const depth = Math.max(options.depth ?? 30, limit);
  const filters = Object.fromEntries(Object.entries(options.filters ?? {}).filter(([, v]) => v));
  const none: Outcome = { query: q, hits: [], total: 0, counts: {} };
  if (!q.terms.length) return none;

  const ranked = await pagefind.search(q.pagefindTerm, { filters });
  if (!ranked) return none;
  // Pagefind's exact search finds the phrase wherever its index words line up, however low the ranked search put it.
  const exactResponse = q.pagefindPhrase ? await pagefind.search(q.pagefindPhrase, { filters }) : null;
  const quoted = q.phrases.length > 0;
  const scores = new Map(ranked.results.map((r) => [r.id, r.score]));
  const candidates = new Map<string, PagefindResult>();
  for (const r of [...(exactResponse?.results ?? []).slice(0, depth), ...ranked.results.slice(0, depth)]) if (!candidates.has(r.id)) candidates.set(r.id, r);

  const loaded = await load(q, [...candidates.values()], scores);
  const kept = quoted ? loaded.filter((h) => h.tier < 2) : loaded;
  // Readers come for the paragraph that says it: within a tier, the report's text before its data (tables, key figures, glossary).
  const data = (h: Hit): number => Number(h.part === 'data');
  kept.sort((a, b) => a.tier - b.tier || data(a) - data(b) || b.score - a.score);
  // Hits not loaded rank below the loaded ones: they share fewer of the query's words (and a quoted phrase is never among them).
  const rest = quoted ? [] : ranked.results.filter((r) => !candidates.has(r.id));
  const more = await load(q, rest.slice(0, Math.max(0, limit - kept.length)), scores);
  const counts = (quoted && exactResponse ? exactResponse : ranked).filters;
  return { query: q, hits: [...kept, ...more].slice(0, limit), total: kept.length + rest.length, counts };
}
