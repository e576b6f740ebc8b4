// Site paths below the base, shared by the Astro pages (through src/lib/site.ts) and the build scripts.
import type { Lang } from '../scripts/shared/content.ts';

export const homePath = (lang: Lang): string => `${lang}/`;
export const chapterPath = (lang: Lang, slug: string): string => `${lang}/chapters/${slug}/`;
/** The whole report on one page (cover, contents, every chapter), made for printing. */
export const printPath = (lang: Lang): string => `${lang}/print/`;
/** A chapter's PDF, or with no slug the whole report's: descriptive names, since that is what a download is saved as. */
export const pdfPath = (lang: Lang, slug?: string): string => `pdf/yangpu-report-${lang}${slug ? `-${slug}` : ''}.pdf`;
