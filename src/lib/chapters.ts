// The chapters as the site sees them: each Chinese chapter with its English twin when there is one.
import { type CollectionEntry, getCollection } from 'astro:content';
import { type ChapterDoc, parseChapterDoc } from '#core/chapter-doc.ts';
import type { Lang } from './i18n.ts';

export type ChapterEntry = CollectionEntry<'chapters'>;

export interface Chapter {
  slug: string;
  order: number;
  zh: ChapterEntry;
  en: ChapterEntry | undefined;
}

export interface ChapterView {
  chapter: Chapter;
  /** The entry whose text the page shows. */
  entry: ChapterEntry;
  /** False on an English page that falls back to the Chinese text. */
  translated: boolean;
}

let cache: Promise<Chapter[]> | undefined;

const docs = new WeakMap<ChapterEntry, ChapterDoc>();

/** A chapter's blocks, read from its MDX once per build (the pages, the glossary index, outlines and status all ask). */
export function docOf(entry: ChapterEntry): ChapterDoc {
  let doc = docs.get(entry);
  if (!doc) {
    doc = { ...parseChapterDoc(`---\n---\n${entry.body ?? ''}`, entry.filePath ?? entry.id), data: entry.data };
    docs.set(entry, doc);
  }
  return doc;
}

export function getChapters(): Promise<Chapter[]> {
  cache ??= (async () => {
    const all = await getCollection('chapters');
    const en = new Map(all.filter((e) => e.data.lang === 'en' && e.data.translated).map((e) => [e.data.slug, e]));
    return all
      .filter((e) => e.data.lang === 'zh')
      .sort((a, b) => a.data.order - b.data.order)
      .map((zh) => ({ slug: zh.data.slug, order: zh.data.order, zh, en: en.get(zh.data.slug) }));
  })();
  return cache;
}

export function view(chapter: Chapter, lang: Lang): ChapterView {
  if (lang === 'zh') return { chapter, entry: chapter.zh, translated: true };
  return chapter.en ? { chapter, entry: chapter.en, translated: true } : { chapter, entry: chapter.zh, translated: false };
}

/** Does the page exist in both languages (for hreflang pairs)? */
export const hasBothLanguages = (chapter: Chapter): boolean => chapter.en !== undefined;
