// Interface strings for the site: the zh and en resource files, through the shared translator.
import en from '../i18n/en.json';
import zh from '../i18n/zh.json';
import { createTranslator, type Lang } from '../../scripts/lib/translator.ts';

export { formatDate, HTML_LANG, LANGS, type Lang } from '../../scripts/lib/translator.ts';

export const other = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');

const translator = createTranslator({ zh, en });

/** t('en')('chapter.label', { n: 3 }) -> "Chapter 3". A missing key throws, so the build fails on it. */
export const t = translator.t;
/** The string with its {{placeholders}} unfilled, for templates the browser fills in. */
export const raw = translator.raw;

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en';
}
