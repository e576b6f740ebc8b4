import { describe, expect, it } from 'vitest';
import { chineseNumeral, clean, excerpt, isBlank, normalizePunctuation, smartQuotes, squeeze, textKey } from '#core/text.ts';

describe('text helpers', () => {
  it('treats NBSP and ideographic spaces as blank', () => {
    expect(isBlank('\u00a0\u00a0 ')).toBe(true);
    expect(isBlank('\u3000')).toBe(true);
    expect(clean('\u00a0 一、新开工项目(26项)\u00a0')).toBe('一、新开工项目(26项)');
    expect(squeeze('一、  强化区域规划保障')).toBe('一、 强化区域规划保障');
  });

  it('matches titles whatever their spacing and punctuation', () => {
    expect(textKey('疫情防控有力有效,公共卫生应急体系逐步完善')).toBe(textKey('疫情防控有力有效 公共卫生应急体系逐步完善'));
    expect(textKey('城区功能布局优化,市区重大工程')).toBe(textKey('城区功能布局优化市区重大工程'));
  });

  it('sets Chinese typographic punctuation but keeps digits grouped', () => {
    expect(normalizePunctuation('全区上下,坚决贯彻;如:(7项)<若干意见>')).toBe('全区上下，坚决贯彻；如：（7项）〈若干意见〉');
    expect(normalizePunctuation('共1,000人,10:30开始')).toBe('共1,000人，10:30开始');
  });

  it('reads Chinese numerals up to 99', () => {
    expect([
      chineseNumeral('一'),
      chineseNumeral('九'),
      chineseNumeral('十'),
      chineseNumeral('十一'),
      chineseNumeral('二十'),
      chineseNumeral('二十三'),
    ]).toEqual([1, 9, 10, 11, 20, 23]);
    expect(() => chineseNumeral('1')).toThrow();
  });

  it('cuts descriptions at a clause end or a word boundary, never mid-word', () => {
    expect(excerpt('Short enough.', 150)).toBe('Short enough.');
    const en =
      "Since the beginning of this year, Yangpu District has earnestly put into practice the important concept of the People's City and actively implemented the plan.";
    expect(excerpt(en, 100)).toBe('Since the beginning of this year, Yangpu District has earnestly put into practice the important…');
    expect(excerpt('One sentence here. Another sentence that runs on and on past the limit', 30)).toBe('One sentence here.');
    expect(excerpt('Tiny. Then a long sentence that runs on and on past the limit', 40)).toBe('Tiny. Then a long sentence that runs on…');
    const zh = '今年以来，杨浦区认真践行人民城市重要理念，积极贯彻落实区委整体工作部署，全年13大类、124项工作进展有序有力。';
    expect(excerpt(zh, 30)).toBe('今年以来，杨浦区认真践行人民城市重要理念…');
    expect(excerpt('一二三四五六七八九十一二三四五六七八九十', 10)).toBe('一二三四五六七八九十…');
  });
});

describe('smartQuotes', () => {
  it('turns straight quotes into typographic ones', () => {
    expect(smartQuotes("The \"Double Ten\" projects and Yangpu's 'Four Highs'")).toBe('The “Double Ten” projects and Yangpu’s ‘Four Highs’');
  });
});
