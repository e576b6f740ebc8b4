// Text helpers shared by the importer, the checks and the tests.

/** Whitespace as it occurs in the source: ASCII, NBSP (U+00A0), ideographic space (U+3000), BOM. */
const SPACE = /[\s\u00a0\u3000\ufeff]+/g;

/** Trim every kind of space the source uses (String#trim misses NBSP in some runtimes' eyes, not U+3000). */
export function clean(line: string): string {
  return line.replace(/^[\s\u00a0\u3000\ufeff]+|[\s\u00a0\u3000\ufeff]+$/g, '');
}

/** True when a line holds nothing but spaces: a blank line or an empty table cell. */
export function isBlank(line: string): boolean {
  return clean(line) === '';
}

/** Collapse runs of inner spaces to one (source headings carry "一、  强化区域规划保障"). */
export function squeeze(line: string): string {
  return clean(line).replace(SPACE, ' ');
}

/**
 * A comparison key for Chinese text: drops all spaces and folds half-/full-width punctuation
 * to one form, so "疫情防控有力有效,公共卫生" matches "疫情防控有力有效 公共卫生".
 */
export function textKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(SPACE, '')
    .replace(/[,,、;;::。.!!??""“”'‘’()()《》<>〈〉\-—–_·]/g, '');
}

/**
 * Chinese typographic punctuation: the source types ASCII , ; : ( ) < > inside Chinese text.
 * Commas and colons between digits (1,000 / 10:30) stay ASCII.
 */
export function normalizePunctuation(text: string): string {
  return text
    .replace(/,(?!\d)|(?<!\d),/g, '，')
    .replace(/;/g, '；')
    .replace(/:(?!\d)|(?<!\d):/g, '：')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/</g, '〈')
    .replace(/>/g, '〉');
}

const NUMERALS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

/** Chinese numerals 一..九十九 as used in section headings ("十一、"). */
export function chineseNumeral(text: string): number {
  if (!/^[一二三四五六七八九十]+$/.test(text)) throw new Error(`not a Chinese numeral: ${text}`);
  if (text === '十') return 10;
  const [tens, ones] = text.split('十') as [string, string | undefined];
  if (ones === undefined) return NUMERALS[tens] ?? 0;
  return (tens === '' ? 1 : (NUMERALS[tens] ?? 0)) * 10 + (ones === '' ? 0 : (NUMERALS[ones] ?? 0));
}

/**
 * A description-length excerpt (meta description, share previews): whole text if it fits, else cut at the last
 * sentence end, else clause end (Chinese or Latin) + "…", else word boundary + "…", within `max` characters
 * (a break before half of `max` is passed over).
 */
export function excerpt(text: string, max: number): string {
  const s = squeeze(text);
  if (s.length <= max) return s;
  const head = s.slice(0, max);
  const ends = [...head.matchAll(/[。！？；.!?;](?=\s|$)|[。！？；，、]/g)].map((m) => m.index! + 1);
  const sentence = ends.filter((i) => i >= max * 0.5).at(-1);
  if (sentence !== undefined) {
    const cut = head.slice(0, sentence);
    return /[。！？.!?]$/.test(cut) ? cut : `${cut.slice(0, -1)}…`; // a whole sentence needs no ellipsis
  }
  const space = head.lastIndexOf(' ');
  return `${(space >= max * 0.5 ? head.slice(0, space) : head).replace(/[\s,;:，、；：]+$/, '')}…`;
}

/** Typographic quotes for plain text taken from MDX source (the Markdown renderer does this for body text). */
export function smartQuotes(text: string): string {
  return text
    .replace(/(^|[\s([{“‘—-])"/g, '$1“')
    .replace(/"/g, '”')
    .replace(/(^|[\s([{“—-])'/g, '$1‘')
    .replace(/'/g, '’');
}
