// Site-wide settings and URLs. `site` and `base` come from astro.config.mjs (SITE_URL, BASE_PATH).
import report from '../../content/report.json';
import { href } from './href.ts';
import { HTML_LANG, type Lang, LANGS } from './i18n.ts';
import { pdfPath as reportPdfPath } from '#core/paths.ts';

export { report };

export { href };

export { chapterPath, homePath, printPath } from '#core/paths.ts';

/** This report's PDF of a chapter, or with no slug of the whole report. */
export const pdfPath = (lang: Lang, slug?: string): string => reportPdfPath(report.id, lang, slug);

/** Absolute URL for canonical links and sharing. */
export function absolute(site: URL | undefined, path: string): string {
  return new URL(href(path), site ?? 'http://localhost/').href;
}

/** One hreflang link: a language version of a page, or x-default. Paths are below the base, as for href(). */
export interface Alternate {
  hreflang: string;
  path: string;
}

/** What a page's citation metadata describes (HeadMeta): the report or one of its chapters, in the page's language. */
export interface Citation {
  /** The chapter's or the report's title. */
  title: string;
  /** Its PDF, as a path below the base. */
  pdf: string;
  /** A chapter: part of the report. */
  inReport: boolean;
}

/** The hreflang set of a page that really exists in both languages: each language, then x-default. */
export function alternates(paths: Record<Lang, string>, xDefault: string): Alternate[] {
  return [...LANGS.map((lang) => ({ hreflang: HTML_LANG[lang], path: paths[lang] })), { hreflang: 'x-default', path: xDefault }];
}
