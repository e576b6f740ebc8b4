// The interface strings the search scripts need, resolved at build time and handed to them as JSON in a
// data attribute, so the browser never loads i18next. Placeholders stay as {{name}} for fill().
import { HTML_LANG, type Lang, other, t } from '../i18n.ts';
import { report } from '../site.ts';
import type { PluralForms } from './fill.ts';
import { PART_FILTERS } from './filters.ts';

/** Numbers to find one of each plural category with (0, 1, 2, few, many and fractions cover every CLDR rule). */
const SAMPLES = [0, 1, 2, 3, 5, 6, 11, 21, 22, 100, 101, 1000000, 1.5];

/** Every plural form of a counted string (one per Intl plural category of the language), for plural() in the
 *  browser to choose from; i18next picks each form at build time from a sample count. */
function pluralForms(lang: Lang, key: string, values: Record<string, string>): PluralForms {
  const rules = new Intl.PluralRules(HTML_LANG[lang]);
  const forms: Partial<Record<Intl.LDMLPluralRule, string>> = {};
  for (const category of rules.resolvedOptions().pluralCategories) {
    const sample = SAMPLES.find((n) => rules.select(n) === category);
    if (sample !== undefined) forms[category] = t(lang)(key, { ...values, count: sample });
  }
  return { ...forms, other: forms.other ?? t(lang)(key, { ...values, count: 0 }) };
}

export function searchStrings(lang: Lang) {
  const tr = t(lang);
  const keep = { n: '{{n}}', query: '{{query}}', label: '{{label}}' };
  return {
    lang: HTML_LANG[lang],
    loading: tr('search.loading'),
    error: tr('search.error'),
    count: pluralForms(lang, 'search.count', keep),
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
    other: { lang: other(lang), htmlLang: HTML_LANG[other(lang)], text: pluralForms(other(lang), 'search.alsoHere', keep) },
  };
}
export type SearchStrings = ReturnType<typeof searchStrings>;
