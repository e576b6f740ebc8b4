import { describe, expect, it } from 'vitest';
import { parseChapterDoc, plainText } from '#core/chapter-doc.ts';
import { enValues, missingNumbers, zhNumbers } from '#core/numbers.ts';
import { checkTranslation, type GlossaryTerm } from '#core/translation/translation-check.ts';

const FM = (lang: string) => `---\norder: 1\nslug: 01-x\nlang: ${lang}\ntitle: "T"\ntocTitle: "T"\nsourceLines: [1, 2]\ntranslated: true\n---\n`;
const zh = parseChapterDoc(
  `${FM('zh')}\n<Part id="c1-2020" kind="work" year="2020">2020年工作情况</Part>\n\n<Para id="p-1-1">累计集中隔离2 万余人，推进“一网通办”，投入55.99亿元。</Para>\n`,
  'zh.mdx',
);
const glossary: GlossaryTerm[] = [{ id: 'goo', zh: '一网通办', en: 'Government Online-Offline', status: 'established' }];
const en = (para: string, part = '<Part id="c1-2020" kind="work" year="2020">Work in 2020</Part>') =>
  parseChapterDoc(`${FM('en')}\n${part}\n\n<Para id="p-1-1">${para}</Para>\n`, 'en.mdx');

describe('numbers', () => {
  it('reads Chinese numbers with 万 and 亿 and months', () => {
    expect(zhNumbers('2 万余人，1.29万户，55.99亿元，6月29日').map((n) => n.value)).toEqual([20000, 12900, 5.599e9, 6, 29]);
  });
  it('reads English numbers with separators, scale words, number words and months', () => {
    const v = enValues('more than 20,000 people, RMB 5.599 billion, 1.18 million m², five teams, on June 29');
    for (const n of [20000, 5.599e9, 1.18e6, 5, 6, 29]) expect(v.has(n), String(n)).toBe(true);
  });
  it('reports a number the English drops or fails to convert', () => {
    expect(missingNumbers('投入55.99亿元，118万平方米', 'RMB 55.99 billion and 1.18 million m²').map((m) => m.raw)).toEqual(['55.99亿']);
  });
});

describe('checkTranslation', () => {
  it('passes a faithful twin', () => {
    expect(
      checkTranslation(zh, en('More than 20,000 people were isolated; Government Online-Offline was advanced; RMB 5.599 billion was invested.'), glossary),
    ).toEqual([]);
  });
  it('finds a missing number, a wrong term and stray Chinese', () => {
    const issues = checkTranslation(zh, en('More than 20,000 people; one-stop services (一网通办); RMB 5.599 billion.'), glossary);
    expect(issues.map((i) => i.kind).sort()).toEqual(['chinese', 'glossary']);
    const numbers = checkTranslation(zh, en('Many people; Government Online-Offline; RMB 5.599 billion.'), glossary);
    expect(numbers.map((i) => `${i.kind} ${i.id}`)).toEqual(['number p-1-1']);
  });
  it('allows Chinese inside spans marked zh-CN', () => {
    const ok = en('More than 20,000 people; Government Online-Offline (<span lang="zh-CN">一网通办</span>); RMB 5.599 billion.');
    expect(checkTranslation(zh, ok, glossary)).toEqual([]);
    expect(plainText('a <span lang="zh-CN">中文</span> b', { dropChinese: true })).toBe('a   b');
  });
  it('reports structural drift: a changed id or a missing block', () => {
    const moved = en('x', '<Part id="c1-2021" kind="work" year="2020">Work in 2020</Part>');
    expect(checkTranslation(zh, moved, glossary)[0]?.message).toMatch(/id="c1-2021" where the Chinese has id="c1-2020"/);
    const short = parseChapterDoc(`${FM('en')}\n<Part id="c1-2020" kind="work" year="2020">Work in 2020</Part>\n`, 'en.mdx');
    expect(checkTranslation(zh, short, glossary)[0]?.message).toMatch(/block p-1-1 has no twin in the English file/);
  });
});

describe('editorial notes', () => {
  it('requires a <Sic> in the English wherever the Chinese block has one', () => {
    const zhSic = parseChapterDoc(`${FM('zh')}\n<Para id="p-1-1"><Sic note={"原文如此"}>达斯达克</Sic>上市。</Para>\n`, 'zh.mdx');
    const enNo = parseChapterDoc(`${FM('en')}\n<Para id="p-1-1">Listed on Nasdaq.</Para>\n`, 'en.mdx');
    const enYes = parseChapterDoc(`${FM('en')}\n<Para id="p-1-1">Listed on <Sic note={"Misprint in the source."}>Nasdaq</Sic>.</Para>\n`, 'en.mdx');
    expect(checkTranslation(zhSic, enNo, []).map((i) => i.kind)).toEqual(['sic']);
    expect(checkTranslation(zhSic, enYes, [])).toEqual([]);
  });
});
