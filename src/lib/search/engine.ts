// One search over one language's Pagefind bundle: Pagefind finds and scores the candidates, then
// hits that contain what the reader typed verbatim move to the front. Pagefind's Chinese index cuts
// many words into single characters, so on its own it ranks a paragraph that shares the characters
// of 一网通办 above one that says 一网通办. DOM-free: the search box, the search page and the tests use it.
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
  content: string;
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
  /** How many hits to return. */
  limit?: number;
  /** False gives Pagefind's own order for the query as typed (the baseline the re-ranking is measured against). */
  rerank?: boolean;
}

/** Candidates looked at beyond the hits shown: the re-ranking can only lift what it has loaded. */
const DEPTH = 30;

function toHit(q: Query, result: PagefindResult, data: PagefindFragment): Hit {
  const { text, words } = fragmentWords(data.content);
  const matched = data.locations.map((k) => words[k]).filter((r) => r !== undefined);
  const ranges = highlightRanges(text, q, matched);
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
    score: result.score,
  };
}

export async function search(pagefind: PagefindInstance, raw: string, options: SearchOptions = {}): Promise<Outcome> {
  const q = parseQuery(raw);
  const limit = options.limit ?? 10;
  const rerank = options.rerank ?? true;
  const filters = Object.fromEntries(Object.entries(options.filters ?? {}).filter(([, v]) => v));
  if (!q.terms.length) return { query: q, hits: [], total: 0, counts: {} };

  const ranked = await pagefind.search(rerank ? q.pagefindTerm : q.text, { filters });
  if (!ranked) return { query: q, hits: [], total: 0, counts: {} };
  if (!rerank) {
    const hits = await Promise.all(ranked.results.slice(0, limit).map(async (r) => toHit(q, r, await r.data())));
    return { query: q, hits, total: ranked.results.length, counts: ranked.filters };
  }

  // Pagefind's exact search finds the phrase wherever its index words line up, however low the ranked search put it.
  const exactResponse = q.pagefindPhrase ? await pagefind.search(q.pagefindPhrase, { filters }) : null;
  const exact = exactResponse?.results ?? [];
  const quoted = q.phrases.length > 0;
  // Only a count (the other language's hint): no fragments to load.
  if (limit === 0) return { query: q, hits: [], total: quoted && exactResponse ? exact.length : ranked.results.length, counts: (quoted && exactResponse ? exactResponse : ranked).filters };
  const byId = new Map<string, PagefindResult>();
  for (const r of [...exact, ...ranked.results.slice(0, Math.max(DEPTH, limit))]) if (!byId.has(r.id)) byId.set(r.id, r);
  const score = new Map(ranked.results.map((r) => [r.id, r.score]));
  const loaded = await Promise.all([...byId.values()].map(async (r) => toHit(q, { ...r, score: score.get(r.id) ?? 0 }, await r.data())));
  const kept = quoted ? loaded.filter((h) => h.tier < 2) : loaded;
  kept.sort((a, b) => a.tier - b.tier || b.score - a.score);
  // Hits not loaded rank below the loaded ones: they share fewer of the query's words (or lack the quoted phrase).
  const rest = quoted ? [] : ranked.results.filter((r) => !byId.has(r.id));
  const more = await Promise.all(rest.slice(0, Math.max(0, limit - kept.length)).map(async (r) => toHit(q, r, await r.data())));
  return { query: q, hits: [...kept, ...more].slice(0, limit), total: kept.length + rest.length, counts: (quoted && exactResponse ? exactResponse : ranked).filters };
}
