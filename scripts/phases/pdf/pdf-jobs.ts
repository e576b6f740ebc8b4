// The PDFs the build makes: each chapter page and each whole-report print view, in both languages.
import type { Lang } from '#core/lang.ts';
import { chapterPath, pdfPath, printPath } from '#core/paths.ts';

export interface PdfJob {
  lang: Lang;
  /** The chapter's slug; undefined for the whole report. */
  slug: string | undefined;
  /** Site path of the page that is printed. */
  page: string;
  /** Site path of the PDF. */
  file: string;
}

const LANGS: readonly Lang[] = ['zh', 'en'];

/** The two whole reports first: they take longest, so with two at a time the chapters fill in around them. */
export function pdfJobs(id: string, slugs: readonly string[]): PdfJob[] {
  const chapters = LANGS.flatMap((lang) => slugs.map((slug) => ({ lang, slug, page: chapterPath(lang, slug), file: pdfPath(id, lang, slug) })));
  const reports = LANGS.map((lang) => ({ lang, slug: undefined, page: printPath(lang), file: pdfPath(id, lang) }));
  return [...reports, ...chapters];
}
