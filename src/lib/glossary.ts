// The glossary as the site uses it: terms, where each occurs, and the first occurrence per chapter page.
import { getCollection } from 'astro:content';
import { buildTermIndex, type TermIndex } from './glossary-index.ts';
import type { GlossaryTerm } from '#core/translation/translation-check.ts';
import { type Chapter, docOf, getChapters } from './chapters.ts';
import { type Lang, LANGS } from './i18n.ts';

let cache: Promise<{ terms: GlossaryTerm[]; index: Map<string, TermIndex> }> | undefined;

/** Terms and their occurrences over the Chinese chapters and the translated English ones. */
export function glossaryIndex(): Promise<{ terms: GlossaryTerm[]; index: Map<string, TermIndex> }> {
  cache ??= (async () => {
    const terms = (await getCollection('glossary')).map((e) => e.data as GlossaryTerm);
    const chapters = await getChapters();
    const docs = {
      zh: chapters.map((c) => docOf(c.zh)),
      en: chapters.flatMap((c) => (c.en ? [docOf(c.en)] : [])),
    };
    return { terms, index: buildTermIndex(terms, docs) };
  })();
  return cache;
}

/** Whether the report's text uses a term at all (in either language): the glossary page lists the terms in use, the
 *  status page the others (carried over from another report). */
export const inUse = (index: ReadonlyMap<string, TermIndex>, id: string): boolean => LANGS.some((l) => (index.get(id)?.[l].length ?? 0) > 0);

/** For one chapter page: block id -> the terms whose first occurrence in the chapter is in that block. */
export async function firstOccurrences(chapter: Chapter, lang: Lang): Promise<Map<string, GlossaryTerm[]>> {
  const { terms, index } = await glossaryIndex();
  const byBlock = new Map<string, GlossaryTerm[]>();
  for (const term of terms) {
    const first = index.get(term.id)?.[lang].find((o) => o.slug === chapter.slug && o.id.startsWith('p-'));
    if (!first) continue;
    byBlock.set(first.id, [...(byBlock.get(first.id) ?? []), term]);
  }
  return byBlock;
}
