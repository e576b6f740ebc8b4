// Interface strings for the site: the zh and en resource files, through the shared translator.
import en from '../i18n/en.json';
import zh from '../i18n/zh.json';
import { HTML_LANG, type Lang } from '#core/lang.ts';
import { createTranslator } from '#core/translator.ts';

export { HTML_LANG, LANGS, type Lang } from '#core/lang.ts';
export { formatDate } from '#core/translator.ts';

export const other = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');

const translator = createTranslator({ zh, en });

/** t('en')('chapter.label', { n: 3 }) -> "Chapter 3". A missing key throws, so the build fails on it. */
export const t = translator.t;
/** The string with its {{placeholders}} unfilled, for templates the browser fills in. */
export const raw = translator.raw;

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en';
}

/** A name given in both languages, as shown on a `lang` page: the English one when there is one, else the
 *  Chinese one marked lang="zh-CN" on English pages. */
export function localName(lang: Lang, zh: string, en: string): { text: string; lang: string | undefined } {
  if (lang === 'en' && en) return { text: en, lang: undefined };
  return { text: zh, lang: lang === 'en' ? HTML_LANG.zh : undefined };
}
