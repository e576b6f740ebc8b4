// Numbers in a Chinese paragraph and whether its English twin carries each of them, converted.
// 2万余人 -> 20,000; 55.99亿元 -> 5.599 billion; 118万平方米 -> 1.18 million; 1月4日 -> January 4.

export interface ZhNumber {
  /** As printed, e.g. "55.99亿". */
  raw: string;
  /** The value an English reader sees. */
  value: number;
  month: boolean;
}

const MULTIPLIER: Record<string, number> = { 万: 1e4, 亿: 1e8 };
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  half: 0.5,
  quarter: 0.25,
  hundred: 100,
  thousand: 1000,
};
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

export function zhNumbers(text: string): ZhNumber[] {
  const out: ZhNumber[] = [];
  for (const m of text.normalize('NFKC').matchAll(/(\d+(?:\.\d+)?)\s*(万亿|万|亿)?(?:余|多)?\s*(月)?/g)) {
    const n = Number(m[1]);
    const unit = m[2];
    const value = unit === '万亿' ? n * 1e12 : unit ? n * MULTIPLIER[unit]! : n;
    out.push({ raw: m[0].trim(), value, month: m[3] === '月' && !unit && n >= 1 && n <= 12 });
  }
  return out;
}

/** Every value an English text states: digits (with thousands separators and scale words), number words, months. */
export function enValues(text: string): Set<number> {
  const values = new Set<number>();
  const t = text.normalize('NFKC').toLowerCase();
  for (const m of t.matchAll(/(\d[\d,]*(?:\.\d+)?)(?:\s*-?\s*(thousand|million|billion|trillion)\b)?/g)) {
    const n = Number(m[1]!.replace(/,(?=\d{3}\b)/g, '').replace(/,/g, ''));
    if (Number.isNaN(n)) continue;
    values.add(n);
    if (m[2]) values.add(n * SCALE[m[2]]!);
  }
  for (const m of t.matchAll(/\b([a-z]+)\b(?:\s+(thousand|million|billion))?/g)) {
    const w = WORDS[m[1]!];
    if (w !== undefined) {
      values.add(w);
      if (m[2]) values.add(w * SCALE[m[2]]!);
    }
    const month = MONTHS.indexOf(m[1]!);
    if (month >= 0) values.add(month + 1);
  }
  return values;
}

const same = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** The Chinese numbers the English text does not carry. */
export function missingNumbers(zh: string, en: string): ZhNumber[] {
  const have = [...enValues(en)];
  return zhNumbers(zh).filter((z) => !have.some((v) => same(v, z.value)));
}
