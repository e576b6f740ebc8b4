// Interface strings: i18next with the zh and en resource files, initialised synchronously at build time.
import i18next, { type TFunction } from 'i18next';
import en from '../i18n/en.json';
import zh from '../i18n/zh.json';

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** BCP 47 tags for <html lang> and lang attributes. */
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

export const other = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');

const instance = i18next.createInstance();
void instance.init({
  resources: { zh: { translation: zh }, en: { translation: en } },
  lng: 'zh',
  fallbackLng: false,
  initAsync: false,
  interpolation: { escapeValue: false }, // Astro escapes on output
  returnNull: false,
});

const fixed: Record<Lang, TFunction> = { zh: instance.getFixedT('zh'), en: instance.getFixedT('en') };

/** t('en')('chapter.label', { n: 3 }) -> "Chapter 3". A missing key throws, so the build fails on it. */
export function t(lang: Lang): (key: string, options?: Record<string, unknown>) => string {
  return (key, options) => {
    if (!instance.exists(key, { lng: lang })) throw new Error(`src/i18n/${lang}.json: missing interface string "${key}"`);
    return (fixed[lang] as unknown as (k: string, o: Record<string, unknown>) => string)(key, options ?? {});
  };
}

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en';
}

/** 2021-01-06 -> 2021年1月6日 / January 6, 2021 (fixed time zone, so builds are reproducible). */
export function formatDate(iso: string, lang: Lang): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(d);
}

/** A name given in both languages, as shown on a `lang` page: the English one when there is one, else the
 *  Chinese one marked lang="zh-CN" on English pages. */
export function localName(lang: Lang, zh: string, en: string): { text: string; lang: string | undefined } {
  if (lang === 'en' && en) return { text: en, lang: undefined };
  return { text: zh, lang: lang === 'en' ? HTML_LANG.zh : undefined };
}
