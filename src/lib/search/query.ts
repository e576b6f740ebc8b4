// A reader's query, parsed once: its terms and quoted phrases, and the text to hand to Pagefind.
// Runs in the browser and in tests; no DOM.

export interface Query {
  /** The query as the reader meant it: NFKC, Chinese quotes as ASCII, spaces collapsed. */
  text: string;
  /** What must appear in a hit, lower-cased: each quoted phrase whole, each other word on its own. */
  terms: string[];
  /** Quoted phrases (results without them are dropped). */
  phrases: string[];
  /** The whole query without quotes: a hit containing it verbatim ranks first. */
  phrase: string;
  /** Contains Chinese characters. */
  han: boolean;
  /** For Pagefind's ranked search: Chinese runs cut into words the way Pagefind's own Chinese path does. */
  pagefindTerm: string;
  /** For Pagefind's exact search: the phrase, quoted; undefined when the query has nothing to match verbatim. */
  pagefindPhrase: string | undefined;
}

const HAN = /\p{Script=Han}/u;
const QUOTES = /[“”„‟「」『』＂]/g;

/** Typographic apostrophes as ASCII, one character for one, so offsets in the folded text are offsets in the original. */
export const fold = (text: string): string => text.replace(/[‘’ʼ]/g, "'");

/** Cut Chinese into words with the browser's segmenter, so a Chinese index is queried alike from every page language. */
export function segment(text: string): string {
  if (!HAN.test(text) || typeof Intl === 'undefined' || !('Segmenter' in Intl)) return text;
  const words = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return [...words.segment(text)]
    .map((s) => s.segment)
    .filter((s) => /\S/.test(s))
    .join(' ');
}

export function parseQuery(raw: string): Query {
  const text = fold(raw.normalize('NFKC')).replace(QUOTES, '"').replace(/\s+/g, ' ').trim();
  const phrases: string[] = [];
  const rest = text.replace(/"([^"]*)"/g, (_, p: string) => {
    const phrase = p.trim().toLowerCase();
    if (phrase) phrases.push(phrase);
    return ' ';
  });
  const words = rest
    .replace(/"/g, ' ')
    .split(' ')
    .map((w) => w.toLowerCase())
    .filter(Boolean);
  const terms = [...phrases, ...words];
  const phrase = terms.join(' ');
  const han = HAN.test(text);
  const pagefindTerm = terms.map(segment).join(' ');
  // Pagefind's exact search matches consecutive index words: worth asking for one phrase, or for a Chinese query typed without spaces.
  const single = phrases.length === 1 && words.length === 0 ? phrases[0] : han && terms.length === 1 ? terms[0] : undefined;
  return { text, terms, phrases, phrase, han, pagefindTerm, pagefindPhrase: single === undefined ? undefined : `"${segment(single)}"` };
}

/**
 * Could the other language's index have hits that are worth a hint? Only when the query is written in its
 * script: Chinese for the Chinese edition, Latin letters for the English one. (A Chinese query in the English
 * index, or the reverse, finds at most a stray name; checking would cost that index's 80 kB on the first query.)
 */
export function worthAsking(lang: string, q: Query): boolean {
  return lang === 'zh' ? q.han : /\p{Script=Latin}/u.test(q.text);
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where a term occurs in a text, as [start, end) pairs. Chinese matches anywhere; a Latin term must start
 * a word ("tax" is not found in "syntax"), but may end inside one ("project" finds "projects").
 */
export function occurrences(text: string, term: string): [number, number][] {
  if (!term) return [];
  const lead = /^[\p{L}\p{N}]/u.test(term) && !HAN.test(term[0] ?? '') ? '(?<![\\p{L}\\p{N}])' : '';
  const re = new RegExp(lead + escapeRegExp(term), 'giu');
  return [...fold(text).matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
}

/** 0: the whole query verbatim; 1: every term; 2: Pagefind matched it some other way (shared characters, stems). */
export function matchTier(text: string, q: Query): 0 | 1 | 2 {
  if (occurrences(text, q.phrase).length) return 0;
  return q.terms.every((t) => occurrences(text, t).length) ? 1 : 2;
}
