// Key figures (content/key-figures.json): 3-6 numbers per chapter, each proved to occur in its paragraph
// in both languages, with the Chinese number as printed and the English one converted (content/TRANSLATION.md). Pure.
import type { z } from 'astro/zod';
import { type ChapterDoc, plainText } from '../chapter-doc.ts';
import { InputError } from '../model.ts';
import { enValues, zhNumbers } from '../numbers.ts';
import { describeZodError, keyFigureSchema } from '../schema.ts';

export const KEY_FIGURES_FILE = 'content/key-figures.json';
export const FIGURES_PER_CHAPTER = { min: 3, max: 6 } as const;

export type KeyFigure = z.infer<typeof keyFigureSchema>;

export interface ResolvedKeyFigure extends KeyFigure {
  chapter: number;
  slug: string;
  /** The number as the Chinese paragraph prints it ("2万余", "55.99亿", "31.8"). */
  zhNumber: string;
  /** Printed with 余/多: "more than". */
  approximate: boolean;
}

export function parseKeyFigures(text: string, file: string = KEY_FIGURES_FILE): KeyFigure[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new InputError(file, undefined, `invalid JSON: ${(error as Error).message}`);
  }
  const list = (raw as { figures?: unknown }).figures;
  if (!Array.isArray(list)) throw new InputError(file, undefined, 'field "figures" must be an array');
  const ids = new Set<string>();
  return list.map((item, k) => {
    const r = keyFigureSchema.safeParse(item);
    if (!r.success) throw new InputError(file, undefined, `figures[${k}] ${describeZodError(r.error).join('; ')}`);
    if (ids.has(r.data.id)) throw new InputError(file, undefined, `figures[${k}] duplicate id "${r.data.id}"`);
    ids.add(r.data.id);
    return r.data;
  });
}

const same = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** The year a paragraph's part is about, if its part names one (<Part year>). */
function partYear(doc: ChapterDoc, paragraph: string): number | undefined {
  let year: number | undefined;
  for (const b of doc.blocks) {
    if (b.component === 'Part') year = b.attrs.year === undefined ? undefined : Number(b.attrs.year);
    if (b.id === paragraph) return year;
  }
  return undefined;
}

/**
 * Check every figure against its paragraph in both languages; collect all problems (file and figure named).
 * `zh` and `en` are the chapters by order number.
 */
export function resolveKeyFigures(
  figures: readonly KeyFigure[],
  zh: ReadonlyMap<number, ChapterDoc>,
  en: ReadonlyMap<number, ChapterDoc>,
  file: string = KEY_FIGURES_FILE,
): { figures: ResolvedKeyFigure[]; problems: string[] } {
  const problems: string[] = [];
  const out: ResolvedKeyFigure[] = [];
  figures.forEach((f, k) => {
    const where = `${file}: figures[${k}] ("${f.id}")`;
    const chapter = Number(/^p-(\d+)-/.exec(f.paragraph)![1]);
    const zhDoc = zh.get(chapter);
    const zhBlock = zhDoc?.blocks.find((b) => b.id === f.paragraph && b.component === 'Para');
    if (!zhDoc || !zhBlock) return void problems.push(`${where}: paragraph ${f.paragraph} is not in the Chinese chapter ${chapter}`);
    const printed = zhNumbers(plainText(zhBlock.inner)).find((n) => same(n.value, f.value));
    if (!printed) problems.push(`${where}: ${f.value} does not occur in ${f.paragraph} (${zhDoc.file}:${zhBlock.line})`);
    const enDoc = en.get(chapter);
    const enBlock = enDoc?.blocks.find((b) => b.id === f.paragraph && b.component === 'Para');
    // An untranslated chapter's English page shows the Chinese, so there is no English text to check against.
    if (enDoc && !enBlock) problems.push(`${where}: paragraph ${f.paragraph} is not in the English chapter ${chapter}`);
    else if (enBlock && ![...enValues(plainText(enBlock.inner, { dropChinese: true }))].some((v) => same(v, f.value))) {
      problems.push(`${where}: ${f.value} (as an English reader sees it) does not occur in ${f.paragraph} (${enDoc?.file}:${enBlock.line})`);
    }
    const year = partYear(zhDoc, f.paragraph);
    if (year !== undefined && year !== f.year) problems.push(`${where}: year ${f.year}, but ${f.paragraph} is in the part about ${year}`);
    if (printed)
      out.push({ ...f, chapter, slug: String(zhDoc.data.slug), zhNumber: printed.raw.replace(/\s+/g, ''), approximate: /[余多]$/.test(printed.raw) });
  });
  // Key figures are optional (an empty list: the site has no key figures); once given, every chapter has its few.
  if (figures.length > 0) {
    for (const [chapter, doc] of zh) {
      const n = figures.filter((f) => f.paragraph.startsWith(`p-${chapter}-`)).length;
      if (n < FIGURES_PER_CHAPTER.min || n > FIGURES_PER_CHAPTER.max)
        problems.push(`${file}: chapter ${chapter} (${doc.file}) has ${n} key figures; give ${FIGURES_PER_CHAPTER.min}-${FIGURES_PER_CHAPTER.max}`);
    }
  }
  return { figures: out, problems };
}

/** 5599000000 -> "5.599 billion"; 306000 -> "306,000"; 31.8 -> "31.8" (the scale words of content/TRANSLATION.md). */
export function englishNumber(value: number): string {
  const fmt = (n: number): string => new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 }).format(n);
  if (value >= 1e9) return `${fmt(value / 1e9)} billion`;
  if (value >= 1e6) return `${fmt(value / 1e6)} million`;
  return fmt(value);
}

/** The English figure with its unit: "RMB 5.599 billion", "31.8%", "1.18 million m²", "978 enterprises". */
export function englishFigure(value: number, unit: string): string {
  const n = englishNumber(value);
  if (unit === 'RMB') return `RMB ${n}`;
  if (unit === '') return n;
  return unit === '%' ? `${n}%` : `${n} ${unit}`;
}
