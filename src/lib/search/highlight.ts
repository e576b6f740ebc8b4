// Excerpts with whole words highlighted. Pagefind marks index words, and its Chinese index cuts
// many words into single characters (扶|贫), so its own excerpt shows broken marks and marks
// characters that merely occur in the query. We mark what the reader typed instead.
import { occurrences, type Query } from './query.ts';

export type Range = [number, number];

const ZWS = '\u200B';
const HAN = /\p{Script=Han}/u;

/** Mostly Chinese (an English paragraph may quote a Chinese name). */
export const isChinese = (text: string): boolean => (text.match(/\p{Script=Han}/gu)?.length ?? 0) * 3 > text.length;

/**
 * A Pagefind fragment's content as plain text, with the span of each index word (Pagefind's word locations
 * index them). `segmented`: the content was cut by Pagefind's Chinese segmenter (zero-width spaces).
 */
export function fragmentWords(content: string): { text: string; words: Range[]; segmented: boolean } {
  const chinese = content.includes(ZWS);
  const parts = chinese ? content.split(ZWS) : content.split(/([^\S\uFEFF]+)/);
  const words: Range[] = [];
  let text = '';
  parts.forEach((part, k) => {
    if (chinese || k % 2 === 0) words.push([text.length, text.length + part.length]);
    text += part;
  });
  return { text, words, segmented: chinese };
}

/** Overlapping ranges, or ranges apart only by spaces (a phrase of Latin words), become one. */
export function mergeRanges(text: string, ranges: Range[]): Range[] {
  const sorted = [...ranges].filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  const out: Range[] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && (a <= last[1] || /^ +$/.test(text.slice(last[1], a)))) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** The longest pieces (two characters or more) of a Chinese term that occur in the text, left to right. */
function pieces(text: string, term: string): Range[] {
  const found: Range[] = [];
  let i = 0;
  while (i < term.length - 1) {
    let j = term.length;
    while (j > i + 1 && !text.includes(term.slice(i, j))) j--;
    if (j > i + 1) {
      found.push(...occurrences(text, term.slice(i, j)));
      i = j;
    } else i++;
  }
  return found;
}

/**
 * What to mark in a hit's text: every term where it occurs verbatim; for a Chinese term that does not,
 * its longest pieces that do; and the `matched` words (from an English index: the words Pagefind matched
 * by stem, alleviate -> alleviation), trimmed of punctuation.
 */
export function highlightRanges(text: string, q: Query, matched: Range[] = []): Range[] {
  const ranges: Range[] = [];
  for (const term of q.terms) {
    const exact = occurrences(text, term);
    ranges.push(...(exact.length || !HAN.test(term) ? exact : pieces(text, term)));
  }
  for (const [a, b] of matched) {
    const word = /[\p{L}\p{N}](?:.*[\p{L}\p{N}])?/su.exec(text.slice(a, b));
    if (word) ranges.push([a + word.index, a + word.index + word[0].length]);
  }
  return mergeRanges(text, ranges);
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * An excerpt of about `length` characters around `focus`, which it shows whole (by default the first
 * highlight; Latin text cut at spaces), as HTML with <mark> around the highlights and an ellipsis where text was cut.
 */
export function excerptHtml(text: string, ranges: Range[], focus: Range = ranges[0] ?? [0, 0], length = isChinese(text) ? 72 : 200): string {
  let start = Math.max(0, Math.min(focus[0] - Math.floor(length / 3), text.length - length));
  let end = Math.min(text.length, Math.max(start + length, focus[1]));
  if (!isChinese(text)) {
    if (start > 0) start = text.indexOf(' ', start) + 1 || start;
    if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  }
  let html = start > 0 ? '…' : '';
  let at = start;
  for (const [a, b] of ranges) {
    if (b <= start || a >= end) continue;
    const s = Math.max(a, start);
    const e = Math.min(b, end);
    html += `${escapeHtml(text.slice(at, s))}<mark>${escapeHtml(text.slice(s, e))}</mark>`;
    at = e;
  }
  html += escapeHtml(text.slice(at, end)) + (end < text.length ? '…' : '');
  return html;
}
