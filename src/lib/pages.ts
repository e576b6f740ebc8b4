// Which pages exist and how they pair across languages: one answer for the hreflang links in page heads,
// the share image each page shows, and sitemap.xml.
import { shareImagePath } from '../../scripts/lib/share-card.ts';
import { type Chapter, getChapters, hasBothLanguages, view } from './chapters.ts';
import { type Lang, LANGS } from './i18n.ts';
import { type Alternate, alternates, chapterPath, homePath } from './site.ts';

/** The language chooser at the site root: the x-default of the home pages. */
export const CHOOSER_PATH = '';

export const homeAlternates = (): Alternate[] => alternates({ zh: homePath('zh'), en: homePath('en') }, CHOOSER_PATH);

/** A chapter pairs only when its English page is a real translation; the Chinese original is x-default. */
export const chapterAlternates = (chapter: Chapter): Alternate[] =>
  hasBothLanguages(chapter) ? alternates({ zh: chapterPath('zh', chapter.slug), en: chapterPath('en', chapter.slug) }, chapterPath('zh', chapter.slug)) : [];

export { shareImagePath };

export interface IndexedPage {
  path: string;
  alternates: Alternate[];
}

/** Every page search engines should index (untranslated English fallbacks are noindex and left out). */
export async function indexedPages(): Promise<IndexedPage[]> {
  const chapters = await getChapters();
  return [
    { path: CHOOSER_PATH, alternates: homeAlternates() },
    ...LANGS.map((lang: Lang) => ({ path: homePath(lang), alternates: homeAlternates() })),
    ...LANGS.flatMap((lang) =>
      chapters.filter((c) => view(c, lang).translated).map((c) => ({ path: chapterPath(lang, c.slug), alternates: chapterAlternates(c) })),
    ),
  ];
}
