// The interface strings the search scripts need, resolved at build time and handed to them as JSON in a
// data attribute, so the browser never loads i18next. Placeholders stay as {{name}} for fill().
import { HTML_LANG, type Lang, other, t } from '../i18n.ts';
import { report } from '../site.ts';
import { PART_FILTERS } from './filters.ts';

export function searchStrings(lang: Lang) {
  const tr = t(lang);
  const keep = { n: '{{n}}', query: '{{query}}', label: '{{label}}' };
  return {
    lang: HTML_LANG[lang],
    loading: tr('search.loading'),
    error: tr('search.error'),
    count: tr('search.count', keep),
    none: tr('search.none', keep),
    empty: tr('search.empty'),
    all: tr('search.all', keep),
    more: tr('search.more'),
    results: tr('search.results'),
    chapter: tr('chapter.label', keep),
    paragraph: tr('chapter.paragraph', keep),
    withCount: tr('search.withCount', keep),
    parts: Object.fromEntries(PART_FILTERS.map((p) => [p, tr(`search.parts.${p}`, { year: p === 'work' || p === 'plans' ? report.years[p] : undefined })])),
    /** The hint that the other language has hits is written in that language, for the reader who typed in it. */
    other: { lang: other(lang), htmlLang: HTML_LANG[other(lang)], text: t(other(lang))('search.alsoHere', keep) },
  };
}
export type SearchStrings = ReturnType<typeof searchStrings>;
