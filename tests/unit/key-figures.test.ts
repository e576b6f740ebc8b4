// Key figures: read strictly, checked against their paragraph in both languages, English numbers as TRANSLATION.md.
import { describe, expect, it } from 'vitest';
import { englishFigure, englishNumber, type KeyFigure, parseKeyFigures, resolveKeyFigures } from '#core/data/key-figures.ts';
import { chapterDoc } from '../helpers/synthetic.ts';

const zh = chapterDoc(
  [
    '<Part id="c2-2020" kind="work" year="2020">2020年工作情况</Part>',
    '<Para id="p-2-1">累计集中隔离2 万余人，企业研发费用加计扣除总额55.99亿元，增长31.8%。</Para>',
    '<Part id="c2-2021" kind="plans" year="2021">2021年主要工作</Part>',
    '<Para id="p-2-2">力争完成旧改征收1.5万户。</Para>',
  ],
  2,
);
const en = chapterDoc(
  [
    '<Part id="c2-2020" kind="work" year="2020">Work in 2020</Part>',
    '<Para id="p-2-1">More than 20,000 people were isolated; deductions totaled RMB 5.599 billion, up 31.8%.</Para>',
    '<Part id="c2-2021" kind="plans" year="2021">Main Tasks for 2021</Part>',
    '<Para id="p-2-2">Expropriation is to cover 15,000 households.</Para>',
  ],
  2,
  'en',
);
const fig = (id: string, paragraph: string, value: number, year = 2020): KeyFigure => ({
  id,
  paragraph,
  year,
  value,
  unit: { zh: '人', en: 'people' },
  label: { zh: '甲', en: 'a' },
});
const good = [fig('a', 'p-2-1', 20000), fig('b', 'p-2-1', 5599000000), fig('c', 'p-2-2', 15000, 2021)];

describe('key figures (synthetic)', () => {
  it('finds each number as printed in Chinese and as converted in English', () => {
    const r = resolveKeyFigures(good, new Map([[2, zh]]), new Map([[2, en]]), 'k.json');
    expect(r.problems).toEqual([]);
    expect(r.figures.map((f) => [f.id, f.zhNumber, f.approximate, f.chapter, f.slug])).toEqual([
      ['a', '2万余', true, 2, '02-test'],
      ['b', '55.99亿', false, 2, '02-test'],
      ['c', '1.5万', false, 2, '02-test'],
    ]);
  });

  it('reports a number missing in either language, a wrong year, a missing paragraph and too few figures per chapter', () => {
    const r = resolveKeyFigures(
      [fig('x', 'p-2-1', 31.8, 2021), fig('y', 'p-2-2', 1.5, 2021), fig('z', 'p-2-9', 1)],
      new Map([[2, zh]]),
      new Map([[2, en]]),
      'k.json',
    );
    expect(r.problems).toEqual([
      'k.json: figures[0] ("x"): year 2021, but p-2-1 is in the part about 2020',
      'k.json: figures[1] ("y"): 1.5 does not occur in p-2-2 (content/chapters/zh/02-test.mdx:17)',
      'k.json: figures[1] ("y"): 1.5 (as an English reader sees it) does not occur in p-2-2 (content/chapters/en/02-test.mdx:17)',
      'k.json: figures[2] ("z"): paragraph p-2-9 is not in the Chinese chapter 2',
    ]);
    expect(resolveKeyFigures(good.slice(0, 2), new Map([[2, zh]]), new Map([[2, en]]), 'k.json').problems).toEqual([
      'k.json: chapter 2 (content/chapters/zh/02-test.mdx) has 2 key figures; give 3-6',
    ]);
    const noParagraph = resolveKeyFigures([fig('w', 'p-2-2', 978, 2020)], new Map([[2, zh]]), new Map([[2, { ...en, blocks: [] }]]), 'k.json');
    expect(noParagraph.problems).toContain('k.json: figures[0] ("w"): paragraph p-2-2 is not in the English chapter 2');
  });

  it('checks an untranslated chapter (no English file) against the Chinese only, and allows no key figures at all', () => {
    expect(resolveKeyFigures(good, new Map([[2, zh]]), new Map(), 'k.json').problems).toEqual([]);
    expect(resolveKeyFigures([], new Map([[2, zh]]), new Map(), 'k.json')).toEqual({ figures: [], problems: [] });
  });

  it('reads the file strictly', () => {
    expect(() => parseKeyFigures('{', 'k.json')).toThrow('k.json: invalid JSON');
    expect(() => parseKeyFigures('{"figures": {}}', 'k.json')).toThrow('k.json: field "figures" must be an array');
    expect(() => parseKeyFigures(JSON.stringify({ figures: [{ ...good[0], paragraph: '2.1' }] }), 'k.json')).toThrow(
      'k.json: figures[0] field "paragraph": paragraph must be a paragraph id like "p-2-2"',
    );
    expect(() => parseKeyFigures(JSON.stringify({ figures: [{ ...good[0], label: { zh: '甲' } }] }), 'k.json')).toThrow('k.json: figures[0] field "label.en"');
    expect(() => parseKeyFigures(JSON.stringify({ figures: [good[0], good[0]] }), 'k.json')).toThrow('k.json: figures[1] duplicate id "a"');
  });
});

describe('English numbers', () => {
  it('follow content/TRANSLATION.md', () => {
    expect(englishNumber(20000)).toBe('20,000');
    expect(englishNumber(12900)).toBe('12,900');
    expect(englishNumber(5599000000)).toBe('5.599 billion');
    expect(englishNumber(840000000)).toBe('840 million');
    expect(englishNumber(1180000)).toBe('1.18 million');
    expect(englishNumber(306000)).toBe('306,000');
    expect(englishFigure(5599000000, 'RMB')).toBe('RMB 5.599 billion');
    expect(englishFigure(31.8, '%')).toBe('31.8%');
    expect(englishFigure(1180000, 'm²')).toBe('1.18 million m²');
    expect(englishFigure(978, 'enterprises')).toBe('978 enterprises');
  });
});
