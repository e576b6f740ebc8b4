// Citations: the formatted text and BibTeX for chapters and paragraphs, from the real interface templates.
import { describe, expect, it } from 'vitest';
import { bibEscape, cite, type CiteTemplates, type CiteWork, fill, isoDay } from '../../src/lib/cite.ts';
import { readJson } from '../../scripts/shared/project.ts';
import type { Lang } from '#core/lang.ts';
import { createTranslator } from '#core/translator.ts';

const ui = createTranslator({ zh: readJson('src/i18n/zh.json'), en: readJson('src/i18n/en.json') });
const templates = (lang: Lang) =>
  Object.fromEntries(
    ['chapter', 'paragraph', 'note', 'accessedUnknown', 'langid'].map((k) => [k, ui.raw(lang, `cite.format.${k}`)]),
  ) as unknown as CiteTemplates;

const zh: CiteWork = {
  lang: 'zh',
  issuer: '上海市杨浦区人民政府',
  report: '上海市杨浦区2020年政府有关工作情况和2021年主要工作汇编',
  title: '滨江功能形象显著提升 争做人民城市建设标杆',
  chapter: 3,
  published: '2021-01-06',
  publishedText: '2021年1月6日',
  id: 'yangpu',
  url: 'https://example.org/report/zh/chapters/03-riverside-peoples-city/',
  edition: '',
};
const en: CiteWork = {
  ...zh,
  lang: 'en',
  issuer: "Yangpu District People's Government, Shanghai",
  report: 'Shanghai Yangpu District: Government Work in 2020 and Main Tasks for 2021',
  title: 'Riverside Functions & Image_Markedly Enhanced',
  publishedText: 'January 6, 2021',
  id: 'yangpu',
  url: 'https://example.org/report/en/chapters/03-riverside-peoples-city/',
  edition: 'Unofficial English translation.',
};

describe('citation templates', () => {
  it('fills placeholders and rejects unknown ones', () => {
    expect(fill('Paragraph {{n}} of {{ total }}', { n: '3.12', total: 32 })).toBe('Paragraph 3.12 of 32');
    expect(() => fill('{{nope}}', {})).toThrow(/unknown placeholder \{\{nope\}\}/);
  });

  it('escapes LaTeX specials for BibTeX', () => {
    expect(bibEscape('R&D 50% _x_ #1 {a} ~ ^ \\')).toBe('R\\&D 50\\% \\_x\\_ \\#1 \\{a\\} \\~{} \\^{} \\textbackslash{}');
  });

  it('writes dates as ISO days in local time', () => {
    expect(isoDay(new Date(2026, 0, 2, 23, 59))).toBe('2026-01-02');
  });
});

describe('cite()', () => {
  it('cites a Chinese chapter GB/T 7714 style, with a placeholder access date without JavaScript', () => {
    const c = cite(zh, templates('zh'));
    expect(c.text).toBe(
      '上海市杨浦区人民政府. 滨江功能形象显著提升 争做人民城市建设标杆[EB/OL]//上海市杨浦区人民政府. 上海市杨浦区2020年政府有关工作情况和2021年主要工作汇编: 第3章. (2021-01-06)[引用日期]. https://example.org/report/zh/chapters/03-riverside-peoples-city/.',
    );
    expect(c.bibtex).toMatch(/^@inbook\{yangpu2021-ch3-zh,\n/);
    expect(c.bibtex).toContain('  author    = {{上海市杨浦区人民政府}},\n');
    expect(c.bibtex).toContain('  langid    = {chinese}\n}');
    expect(c.bibtex).not.toContain('urldate');
  });

  it('cites an English paragraph with its anchor, access date and translation note', () => {
    const c = cite(en, templates('en'), { para: '3.12', anchor: 'p-3-12', accessed: '2026-01-02' });
    expect(c.url).toBe('https://example.org/report/en/chapters/03-riverside-peoples-city/#p-3-12');
    expect(c.text).toBe(
      "Yangpu District People's Government, Shanghai. “Riverside Functions & Image_Markedly Enhanced,” paragraph 3.12. Chapter 3 in Shanghai Yangpu District: Government Work in 2020 and Main Tasks for 2021. Published January 6, 2021. Unofficial English translation. https://example.org/report/en/chapters/03-riverside-peoples-city/#p-3-12. Accessed 2026-01-02.",
    );
    const fields = Object.fromEntries([...c.bibtex.matchAll(/^ {2}(\w+)\s+= \{(.*)\},?$/gm)].map((m) => [m[1], m[2]]));
    expect(c.bibtex).toMatch(/^@inbook\{yangpu2021-p3\.12-en,/);
    expect(fields).toEqual({
      author: "{Yangpu District People's Government, Shanghai}",
      title: 'Riverside Functions \\& Image\\_Markedly Enhanced',
      booktitle: 'Shanghai Yangpu District: Government Work in 2020 and Main Tasks for 2021',
      chapter: '3',
      date: '2021-01-06',
      year: '2021',
      note: 'Paragraph 3.12. Unofficial English translation.',
      url: 'https://example.org/report/en/chapters/03-riverside-peoples-city/#p-3-12',
      urldate: '2026-01-02',
      langid: 'english',
    });
  });

  it('keeps BibTeX braces balanced', () => {
    for (const c of [cite(zh, templates('zh'), { para: '3.1', anchor: 'p-3-1' }), cite(en, templates('en'))]) {
      let depth = 0;
      for (const ch of c.bibtex.replace(/\\[{}]/g, '')) {
        depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
        expect(depth).toBeGreaterThanOrEqual(0);
      }
      expect(depth).toBe(0);
    }
  });
});

describe('a chapter that names its responsible department', () => {
  it('cites the department with the issuer, in the text and as the BibTeX author', () => {
    const c = cite({ ...zh, department: '示例区发展改革委' }, templates('zh'));
    expect(c.text.startsWith('上海市杨浦区人民政府（示例区发展改革委）')).toBe(true);
    expect(c.bibtex).toContain('author    = {{上海市杨浦区人民政府（示例区发展改革委）}}');
    const e = cite({ ...en, department: 'District Development and Reform Commission' }, templates('en'));
    expect(e.text.startsWith("Yangpu District People's Government, Shanghai (District Development and Reform Commission).")).toBe(true);
  });
});
