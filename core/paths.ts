// Site paths below the base, shared by the Astro pages (through src/lib/site.ts) and the build scripts.
import type { Lang } from './lang.ts';

export const homePath = (lang: Lang): string => `${lang}/`;
export const chapterPath = (lang: Lang, slug: string): string => `${lang}/chapters/${slug}/`;
/** The whole report on one page (cover, contents, every chapter), made for printing. */
export const printPath = (lang: Lang): string => `${lang}/print/`;
/**
 * A chapter's PDF, or with no slug the whole report's: descriptive names, since that is what a download is saved
 * as. `id` is the report's short name (content/report.json).
 */
export const pdfPath = (id: string, lang: Lang, slug?: string): string => `pdf/${id}-report-${lang}${slug ? `-${slug}` : ''}.pdf`;

/** Share images (Open Graph / Twitter cards): their size, and where a page's image lives below the site base
 * (a chapter, a language's home page, or the chooser). The pages link them; the share-images phase draws them. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
export function shareImagePath(lang?: Lang, slug?: string): string {
  if (!lang) return 'og/report.png';
  return `og/${lang}/${slug ?? 'home'}.png`;
}
