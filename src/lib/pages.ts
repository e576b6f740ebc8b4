// Which pages exist and how they pair across languages: one answer for the hreflang links in page heads,
// the share image each page shows, and sitemap.xml.
import { shareImagePath } from '#core/paths.ts';
import { type Chapter, getChapters, hasBothLanguages, view } from './chapters.ts';
import { type Lang, LANGS, t } from './i18n.ts';
import { type Alternate, alternates, chapterPath, homePath, report } from './site.ts';
import { hasDataPage, hasKeyFigures } from './report-data.ts';

/** The language chooser at the site root: the x-default of the home pages. */
export const CHOOSER_PATH = '';

export const homeAlternates = (): Alternate[] => alternates({ zh: homePath('zh'), en: homePath('en') }, CHOOSER_PATH);

/** A page that exists in both languages at pathOf(lang); the Chinese original is x-default. */
export const pairAlternates = (pathOf: (lang: Lang) => string): Alternate[] => alternates({ zh: pathOf('zh'), en: pathOf('en') }, pathOf('zh'));

/** A chapter (or one of its views) pairs only when its English page is a real translation. */
export const chapterAlternates = (chapter: Chapter, view = ''): Alternate[] =>
  hasBothLanguages(chapter) ? pairAlternates((lang) => `${chapterPath(lang, chapter.slug)}${view}`) : [];

/** A page of each language at <lang>/<name>/ (glossary, data, key figures, status, about). */
export const sectionPath =
  (name: string) =>
  (lang: Lang): string =>
    `${lang}/${name}/`;
export const glossaryPath = sectionPath('glossary');
export const aboutPath = sectionPath('about');

/** The per-language pages besides home and chapters that search engines should index. */
const indexedSections = (): string[] => ['glossary', ...(hasKeyFigures() ? ['key-figures'] : []), ...(hasDataPage() ? ['data'] : []), 'about'];

export { shareImagePath };

/** A page's share image and its text alternative: a chapter's card, or else the language's home card. */
export function shareImage(lang: Lang, chapter?: { slug: string; title: string }): { path: string; alt: string } {
  return {
    path: shareImagePath(lang, chapter?.slug),
    alt: t(lang)('share.imageAlt', {
      title: chapter?.title ?? report.title[lang],
      report: chapter ? report.title[lang] : report.issuer[lang],
      district: report.district[lang],
    }),
  };
}

export interface IndexedPage {
  path: string;
  alternates: Alternate[];
}

/** Every page search engines should index (untranslated English fallbacks and editors' pages are noindex). */
export async function indexedPages(): Promise<IndexedPage[]> {
  const chapters = await getChapters();
  return [
    { path: CHOOSER_PATH, alternates: homeAlternates() },
    ...LANGS.map((lang: Lang) => ({ path: homePath(lang), alternates: homeAlternates() })),
    ...indexedSections().flatMap((name) => LANGS.map((lang) => ({ path: sectionPath(name)(lang), alternates: pairAlternates(sectionPath(name)) }))),
    ...LANGS.flatMap((lang) =>
      chapters.filter((c) => view(c, lang).translated).map((c) => ({ path: chapterPath(lang, c.slug), alternates: chapterAlternates(c) })),
    ),
  ];
}
