// Counted interface strings read correctly for one and for many: i18next plural forms (key_one, key_other), a second
// count nested as $t(count.x, {"count": …}), and the search strings' forms chosen in the browser by Intl.PluralRules.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flatKeys, pluralBase } from '../../scripts/checks/content-check.ts';
import { ROOT } from '../../scripts/shared/project.ts';
import { createTranslator } from '#core/translator.ts';
import { plural } from '../../src/lib/search/fill.ts';
import { searchStrings } from '../../src/lib/search/strings.ts';

const readJson = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Record<string, unknown>;
const en = readJson('src/i18n/en.json');
const ui = createTranslator({ zh: readJson('src/i18n/zh.json'), en });
const tEn = ui.t('en');

describe('glossary counts', () => {
  it.each([
    [1, 1, 'Used once in 1 chapter'],
    [2, 1, 'Used 2 times in 1 chapter'],
    [3, 2, 'Used 3 times in 2 chapters'],
    [40, 12, 'Used 40 times in 12 chapters'],
  ])('%i uses in %i chapters: "%s"', (count, chapters, text) => {
    expect(tEn('glossary.uses', { count, chapters })).toBe(text);
  });

  it('reads the same in Chinese, which has one form', () => {
    expect(ui.t('zh')('glossary.uses', { count: 1, chapters: 1 })).toBe('出现1次，见1章');
    expect(ui.t('zh')('glossary.uses', { count: 3, chapters: 2 })).toBe('出现3次，见2章');
  });
});

describe('every English string with a number', () => {
  // Nouns and verbs whose form depends on a number right before them ("1 rows", "2 agrees" are both wrong).
  const PLURAL = /\b1 (?:[a-z]+ )?(?:chapters|projects|rows|totals|terms|figures|results|times|starts|completions|agree|do not|are|were)\b/;
  const SINGULAR = /\b2 (?:[a-z]+ )?(?:chapter|project|row|total|term|figure|result|start|completion|agrees|does not|is|was)\b/;
  const YEARS = new Set(['year', 'from', 'to', 'previous']);
  // Placeholders that hold names and phrases, not numbers.
  const TEXT = new Set([
    'title',
    'issuer',
    'date',
    'translator',
    'report',
    'district',
    'query',
    'label',
    'url',
    'command',
    'list',
    'stage',
    'bar',
    'parts',
    'link',
    'data',
    'licence',
  ]);
  const keys = [...new Set(flatKeys(en).map(pluralBase))].filter((k) => !k.startsWith('cite.format.'));
  const numbered = keys.filter((k) => {
    const forms = flatKeys(en).filter((f) => pluralBase(f) === k);
    return forms.some((f) => /\{\{\w+\}\}/.test(String(f.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], en))));
  });
  const placeholders = (k: string) => {
    const texts = flatKeys(en)
      .filter((f) => pluralBase(f) === k)
      .map((f) => String(f.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], en)));
    return [...new Set(texts.flatMap((s) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!)))];
  };
  const render = (k: string, n: number) => {
    // Years stay years ("the 2020 projects"); every other placeholder is the number under test.
    const values = Object.fromEntries(placeholders(k).map((p) => [p, YEARS.has(p) ? 2020 : TEXT.has(p) ? 'X' : n]));
    return tEn(k, { ...values, count: n, n });
  };

  it('covers the counted strings', () => {
    expect(numbered).toEqual(expect.arrayContaining(['glossary.uses', 'home.chapters', 'status.lead', 'reconcile.summary', 'search.count']));
  });

  it.each(numbered)('%s agrees with 1 and with 2', (k) => {
    expect(render(k, 1)).not.toMatch(PLURAL);
    expect(render(k, 2)).not.toMatch(SINGULAR);
    expect(render(k, 1)).not.toMatch(/\$t\(|count\./);
  });

  it('a few in full', () => {
    expect(tEn('status.lead', { count: 1, total: 12 })).toBe('1 of 12 chapters is translated into English and passes every check.');
    expect(tEn('reconcile.summary', { total: 1, match: 1, differs: 0, uncountable: 0 })).toBe(
      'The compilation states 1 total about its projects: 1 agrees with the count of the rows, 0 do not, and 0 cannot be checked against the tables.',
    );
    expect(tEn('reconcile.reason.matchDistinct', { rows: 81, shared: 1, counted: 80 })).toBe(
      '81 rows are printed; 1 project appears in two lists of the same year and counts once, giving 80 projects.',
    );
    expect(tEn('home.chapters', { count: 1 })).toBe('1 chapter');
  });
});

describe('search counts, filled in the browser', () => {
  it('hands over each plural form and picks the right one for the count', () => {
    const s = searchStrings('en');
    expect(fillN(plural(s.lang, s.count, 1), 1)).toBe('1 result for “q”');
    expect(fillN(plural(s.lang, s.count, 4), 4)).toBe('4 results for “q”');
    const zh = searchStrings('zh');
    expect(fillN(plural(zh.lang, zh.count, 1), 1)).toBe('“q”共有 1 条结果');
    // The hint about the other language's hits is written in that language.
    expect(fillN(plural(zh.other.htmlLang, zh.other.text, 1), 1)).toBe('Also in English: 1 result');
    expect(fillN(plural(s.other.htmlLang, s.other.text, 1), 1)).toBe('中文也有：1 条结果');
  });
});

const fillN = (template: string, n: number) => template.replace('{{n}}', String(n)).replace('{{query}}', 'q');
