// Interface strings with i18next, shared by the site (resources imported by Vite) and the build scripts
// (resources read from src/i18n/*.json), so both phrase and date things the same way.
import i18next from 'i18next';
import { type Lang, LANGS } from './lang.ts';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface Translator {
  /** t('en')('chapter.label', { n: 3 }) -> "Chapter 3". A missing key throws, so the build fails on it.
   *  A `count` option picks the plural form (key_one, key_other; Chinese has only one form), and a string can
   *  count a second thing by nesting: $t(count.chapters, {"count": {{chapters}} }). */
  t(lang: Lang): Translate;
  /** The string as written, placeholders ({{n}}) left in: for templates filled in the browser. */
  raw(lang: Lang, key: string): string;
}

export function createTranslator(resources: Record<Lang, Record<string, unknown>>): Translator {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { zh: { translation: resources.zh }, en: { translation: resources.en } },
    lng: 'zh',
    fallbackLng: false,
    initAsync: false,
    interpolation: { escapeValue: false }, // Astro escapes on output
    returnNull: false,
  });
  const missing = (lang: Lang, key: string) => new Error(`src/i18n/${lang}.json: missing interface string "${key}"`);
  const fixed = Object.fromEntries(LANGS.map((l) => [l, instance.getFixedT(l)])) as unknown as Record<Lang, (k: string, o: Record<string, unknown>) => string>;
  return {
    t: (lang) => (key, options) => {
      // With a count, the key may exist only as its plural forms (key_one, key_other), which exists() finds
      // only when it is given the count too.
      if (!instance.exists(key, { ...options, lng: lang })) throw missing(lang, key);
      return fixed[lang](key, options ?? {});
    },
    raw: (lang, key) => {
      const value: unknown = instance.getResource(lang, 'translation', key);
      if (typeof value !== 'string') throw missing(lang, key);
      return value;
    },
  };
}

/** 2021-01-06 -> 2021年1月6日 / January 6, 2021 (fixed time zone, so builds are reproducible). */
export function formatDate(iso: string, lang: Lang): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(d);
}
