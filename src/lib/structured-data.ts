// JSON-LD (schema.org) for the report and its chapters, and its safe embedding in a <script> data block.
import { HTML_LANG, type Lang } from './i18n.ts';
import { report } from './site.ts';

export type JsonLd = Record<string, unknown>;

const organisation = (lang: Lang) => ({
  '@type': 'GovernmentOrganization',
  name: report.issuer[lang],
  areaServed: { '@type': 'AdministrativeArea', name: report.district[lang] },
});

const reportId = (homeUrl: string) => `${homeUrl}#report`;

export interface ChapterRef {
  name: string;
  position: number;
  url: string;
}

/** The report as presented on one language's home page; the English edition is a translation of the Chinese. */
export function reportLd(o: { lang: Lang; url: string; image: string; chapters: ChapterRef[]; original?: string }): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Report',
    '@id': reportId(o.url),
    name: report.title[o.lang],
    inLanguage: HTML_LANG[o.lang],
    datePublished: report.published,
    author: organisation(o.lang),
    publisher: organisation(o.lang),
    url: o.url,
    image: o.image,
    ...(o.original ? { translationOfWork: { '@id': reportId(o.original) } } : {}),
    hasPart: o.chapters.map((c) => ({ '@type': 'Chapter', '@id': c.url, name: c.name, position: c.position, url: c.url })),
  };
}

/** One chapter page; `contentLang` is the language of its text (Chinese on an untranslated English page). */
export function chapterLd(o: {
  lang: Lang;
  contentLang: Lang;
  chapter: ChapterRef;
  description: string;
  image: string;
  homeUrl: string;
  original?: string;
}): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Chapter',
    '@id': o.chapter.url,
    name: o.chapter.name,
    position: o.chapter.position,
    url: o.chapter.url,
    description: o.description,
    inLanguage: HTML_LANG[o.contentLang],
    datePublished: report.published,
    author: organisation(o.lang),
    image: o.image,
    isPartOf: { '@type': 'Report', '@id': reportId(o.homeUrl), name: report.title[o.lang], url: o.homeUrl },
    ...(o.original ? { translationOfWork: { '@id': o.original } } : {}),
  };
}

/** JSON for a <script type="application/ld+json"> block: "<" escaped so no text can close the element. */
export const jsonLdText = (data: JsonLd): string => JSON.stringify(data).replace(/</g, '\\u003c');
