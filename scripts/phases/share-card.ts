// Share images (Open Graph / Twitter cards): one 1200x630 card per chapter per language, one per home page and
// one bilingual card for the language chooser. This module names them and writes each card as a small HTML
// page; scripts/phases/share-images.ts photographs the pages in Chromium (system Noto CJK fonts).
import { createHash } from 'node:crypto';
import type { ChapterDoc } from '#core/chapter-doc.ts';
import { chapterFiles, loadChapter } from '../shared/content.ts';
import type { ReportConfig } from '#core/model.ts';
import { HTML_LANG, type Lang, LANGS } from '#core/lang.ts';
import { CARD_HEIGHT, CARD_WIDTH, shareImagePath } from '#core/paths.ts';
import { formatDate, type Translate } from '#core/translator.ts';

export interface ShareCard {
  /** Output path below the site base (shareImagePath). */
  path: string;
  /** BCP 47 tag of the card, and of the title and footer where they differ (an untranslated chapter, the chooser). */
  lang: string;
  titleLang: string;
  footerLang: string;
  kicker: string;
  title: string;
  footer: string;
  district: string;
  date: string;
}

export interface CardChapter {
  slug: string;
  order: number;
  /** Title shown on each language's page, and the language it is written in (zh on an untranslated English page). */
  title: Record<Lang, { text: string; lang: Lang }>;
}

/** Chapter titles from the MDX frontmatter; an English file that is missing or untranslated shows the Chinese title. */
export function cardChapters(slugs: string[]): CardChapter[] {
  const en = new Set(chapterFiles('en'));
  const title = (doc: ChapterDoc) => {
    const value = doc.data.title;
    if (typeof value !== 'string' || value === '') throw new Error(`${doc.file}: frontmatter field "title" is missing`);
    return value;
  };
  return slugs.map((slug, k) => {
    const zh = loadChapter('zh', `${slug}.mdx`);
    const tr = en.has(`${slug}.mdx`) ? loadChapter('en', `${slug}.mdx`) : undefined;
    const english = tr?.data.translated === true ? { text: title(tr), lang: 'en' as const } : { text: title(zh), lang: 'zh' as const };
    return { slug, order: k + 1, title: { zh: { text: title(zh), lang: 'zh' }, en: english } };
  });
}

/** Every card the site links to: per chapter and language, per home page, and the chooser. */
export function shareCards(report: ReportConfig, chapters: CardChapter[], t: (lang: Lang) => Translate): ShareCard[] {
  const base = (lang: Lang) => ({
    lang: HTML_LANG[lang],
    footerLang: HTML_LANG[lang],
    footer: report.title[lang],
    district: report.district[lang],
    date: formatDate(report.published, lang),
  });
  return [
    {
      ...base('zh'),
      path: shareImagePath(),
      district: `${report.district.zh} · ${report.district.en}`,
      kicker: LANGS.map((l) => t(l)('site.languageName')).join(' · '),
      title: report.title.zh,
      titleLang: HTML_LANG.zh,
      footer: report.title.en,
      footerLang: HTML_LANG.en,
    },
    ...LANGS.flatMap((lang) => [
      {
        ...base(lang),
        path: shareImagePath(lang),
        kicker: t(lang)('home.chapters', { count: chapters.length }),
        title: report.title[lang],
        titleLang: HTML_LANG[lang],
        footer: report.issuer[lang],
      },
      ...chapters.map((c) => ({
        ...base(lang),
        path: shareImagePath(lang, c.slug),
        kicker: t(lang)('chapter.label', { n: c.order }),
        title: c.title[lang].text,
        titleLang: HTML_LANG[c.title[lang].lang],
      })),
    ]),
  ];
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The card as a self-contained HTML page (no external requests; fonts are the system's Noto CJK). */
export function cardHtml(card: ShareCard): string {
  return `<!doctype html>
<html lang="${card.lang}"><head><meta charset="utf-8"><style>
html, body { margin: 0; }
body { width: ${CARD_WIDTH}px; height: ${CARD_HEIGHT}px; overflow: hidden; background: #fdfcf9; color: #1c1b19;
  font-family: "Noto Sans CJK SC", "Noto Sans", sans-serif; display: grid; grid-template-columns: 28px 1fr; }
.bar { background: #8a1c14; }
.card { display: flex; flex-direction: column; padding: 60px 80px 56px 72px; min-height: 0; }
.top { display: flex; justify-content: space-between; gap: 40px; font-size: 28px; color: #5b5750; }
.kicker { margin-top: 44px; font-size: 34px; font-weight: 700; color: #8a1c14; }
.title { flex: 1; min-height: 0; overflow: hidden; margin: 12px 0 20px; font-size: 76px; font-weight: 700; line-height: 1.22; letter-spacing: 0; overflow-wrap: anywhere; }
.title:lang(zh-CN) { letter-spacing: 0.02em; }
.footer { border-top: 3px solid #d9d4ca; padding-top: 22px; font-size: 28px; line-height: 1.35; color: #3b3833; }
</style></head><body><div class="bar"></div><div class="card">
<div class="top"><span>${escape(card.district)}</span><span>${escape(card.date)}</span></div>
<div class="kicker">${escape(card.kicker)}</div>
<div class="title" lang="${card.titleLang}">${escape(card.title)}</div>
<div class="footer" lang="${card.footerLang}">${escape(card.footer)}</div>
</div></body></html>
`;
}

/** Bump when the renderer changes in a way the HTML does not show (title fitting, screenshot settings). */
const RENDERER = 'chromium-fit-v1';

/** The PNG tEXt keyword under which each image stores its cardHash. */
export const CARD_HASH_KEY = 'card-hash';

/** Identifies what an image shows: stored in the PNG, compared on the next build. */
export function cardHash(card: ShareCard): string {
  return createHash('sha256').update(RENDERER).update(cardHtml(card)).digest('hex').slice(0, 32);
}
