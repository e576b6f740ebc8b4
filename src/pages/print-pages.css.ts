// /print-pages.css: a named page per chapter and language whose margins carry the report and chapter titles.
import type { APIRoute } from 'astro';
import { getChapters, view } from '../lib/chapters.ts';
import { LANGS, t } from '../lib/i18n.ts';
import { report } from '../lib/site.ts';
import { chapterPageName, contentsPageName, printPagesCss, runningTitle } from '../../scripts/lib/print-pages.ts';

// Characters that fit the right-hand margin box at the print size (Chinese glyphs are about twice as wide).
const MAX = { zh: 34, en: 64 } as const;

export const GET: APIRoute = async () => {
  const chapters = await getChapters();
  const pages = LANGS.flatMap((lang) => {
    const tr = t(lang);
    const left = report.shortTitle[lang];
    return [
      { name: contentsPageName(lang), left, right: tr('site.contents') },
      ...chapters.map((c) => ({
        name: chapterPageName(lang, c.order),
        left,
        right: runningTitle(`${tr('chapter.label', { n: c.order })} ${view(c, lang).entry.data.tocTitle}`, MAX[lang]),
      })),
    ];
  });
  return new Response(printPagesCss(pages), { headers: { 'content-type': 'text/css; charset=utf-8' } });
};
