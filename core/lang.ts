// The report's two languages: the one definition every side (site, scripts, tests) imports.
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** BCP 47 tags for <html lang> and lang attributes. */
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };
