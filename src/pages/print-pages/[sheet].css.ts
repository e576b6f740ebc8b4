// /print-pages/<sheet>.css: named pages whose margins carry the report and chapter titles (running heads).
// One sheet per chapter page ("zh-c3": its own page only) and one per whole-report print view ("zh": the
// contents and every chapter of the language), so a chapter page's print styles stay the same size however many
// chapters the report has.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getChapters, view } from '../../lib/chapters.ts';
import { type Lang, LANGS, t } from '../../lib/i18n.ts';
import { report } from '../../lib/site.ts';
import { chapterPageName, contentsPageName, printPagesCss, type RunningPage, runningTitle } from '../../lib/print-pages.ts';

// Characters that fit the right-hand margin box at the print size (Chinese glyphs are about twice as wide).
const MAX = { zh: 34, en: 64 } as const;

async function runningPages(lang: Lang): Promise<RunningPage[]> {
  const tr = t(lang);
  const left = report.shortTitle[lang];
  return [
    { name: contentsPageName(lang), left, right: tr('site.contents') },
    ...(await getChapters()).map((c) => ({
      name: chapterPageName(lang, c.order),
      left,
      right: runningTitle(`${tr('chapter.label', { n: c.order })} ${view(c, lang).entry.data.tocTitle}`, MAX[lang]),
    })),
  ];
}

export const getStaticPaths = (async () => {
  const chapters = await getChapters();
  return LANGS.flatMap((lang) => [
    { params: { sheet: lang }, props: { lang } },
    ...chapters.map((c) => ({ params: { sheet: chapterPageName(lang, c.order) }, props: { lang } })),
  ]);
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Lang }, { sheet: string }> = async ({ params, props }) => {
  const pages = await runningPages(props.lang);
  const sheet = params.sheet === props.lang ? pages : pages.filter((p) => p.name === params.sheet);
  return new Response(printPagesCss(sheet), { headers: { 'content-type': 'text/css; charset=utf-8' } });
};
