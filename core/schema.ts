// Schemas of the content files, shared by the Astro content collections and the pre-build checks.
import { z } from 'astro/zod';

/** Chapters are numbered 1-999 (a report of more than 99 chapters is unusual, but the scale benchmark builds one). */
export const MAX_CHAPTER = 999;
/** A chapter slug: its number as two or three digits, then English words ("03-english-words", "104-english-words"). */
export const CHAPTER_SLUG = /^(\d{2}|[1-9]\d{2})-[a-z0-9]+(-[a-z0-9]+)*$/;
/** The number a slug starts with: "03" for chapter 3, "104" for chapter 104. */
export const chapterPrefix = (order: number): string => String(order).padStart(2, '0');
/** The chapter number of a slug: "03-x" -> 3, "104-x" -> 104. */
export const slugOrder = (slug: string): number => Number.parseInt(slug, 10);

export const chapterSchema = z.strictObject({
  order: z.number().int().min(1).max(MAX_CHAPTER),
  slug: z.string().regex(CHAPTER_SLUG, 'slug must look like "03-english-words" (two or three digits, then English words)'),
  lang: z.enum(['zh', 'en']),
  title: z.string().min(1),
  tocTitle: z.string().min(1),
  sourceLines: z.tuple([z.number().int().min(1), z.number().int().min(1)]),
  translated: z.boolean(),
  description: z.string().min(1).optional(),
  /** The department responsible for the chapter, where the report names one ("区发展改革委"; in English once translated). */
  department: z.string().min(1).optional(),
});

export const glossaryTermSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be ASCII kebab-case'),
  zh: z.string().min(1),
  zhVariants: z.array(z.string().min(1)).optional(),
  en: z.string().min(1),
  enVariants: z.array(z.string().min(1)).optional(),
  status: z.enum(['established', 'project']),
  explanation: z.strictObject({ en: z.string().min(1), zh: z.string().min(1) }).optional(),
});

/** "field \"title\": Invalid input …" for every problem zod found. */
export function describeZodError(error: z.ZodError): string[] {
  return error.issues.map((i) => `field "${i.path.join('.') || '(root)'}": ${i.message}`);
}

const bilingual = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });

/** content/key-figures.json: a few numbers per chapter, each taken from one paragraph. */
export const keyFigureSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be ASCII kebab-case'),
  paragraph: z.string().regex(/^p-\d+-\d+$/, 'paragraph must be a paragraph id like "p-2-2"'),
  year: z.number().int().min(2000).max(2100),
  value: z.number().positive(),
  unit: z.strictObject({ zh: z.string(), en: z.string() }),
  label: bilingual,
});
