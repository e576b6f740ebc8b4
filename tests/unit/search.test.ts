// The pure parts of search: parsing queries, matching and highlighting, cutting built pages into records.
import { describe, expect, it } from 'vitest';
import { pageRecords } from '../../scripts/phases/search-records.ts';
import { partFilter, partFilterParam } from '../../src/lib/search/filters.ts';
import { excerptHtml, fragmentWords, highlightRanges, mergeRanges } from '../../src/lib/search/highlight.ts';
import { matchTier, occurrences, parseQuery, worthAsking } from '../../src/lib/search/query.ts';

const mark = (text: string, query: string, matched: [number, number][] = []): string =>
  excerptHtml(text, highlightRanges(text, parseQuery(query), matched), undefined, 1000);

describe('parseQuery', () => {
  it('normalises width, quotes and spaces, and lower-cases the terms', () => {
    const q = parseQuery('  ＰＭ２.５  “一网通办”  Poverty ');
    expect(q.text).toBe('PM2.5 "一网通办" Poverty');
    expect(q.phrases).toEqual(['一网通办']);
    expect(q.terms).toEqual(['一网通办', 'pm2.5', 'poverty']);
    expect(q.han).toBe(true);
  });

  it('asks Pagefind for an exact phrase for one Chinese term or one quoted phrase, not for loose English words', () => {
    expect(parseQuery('核酸检测').pagefindPhrase).toMatch(/^"核酸 ?检测"$/);
    expect(parseQuery('"poverty alleviation"').pagefindPhrase).toBe('"poverty alleviation"');
    expect(parseQuery('poverty alleviation').pagefindPhrase).toBeUndefined();
    expect(parseQuery('旧区改造 征收').pagefindPhrase).toBeUndefined();
  });

  it('cuts Chinese into space-separated words for Pagefind, leaving Latin words as they are', () => {
    const q = parseQuery('核酸检测 PCR');
    expect(q.pagefindTerm.replace(/ /g, '')).toBe('核酸检测pcr');
    expect(q.pagefindTerm.split(' ').length).toBeGreaterThan(2);
  });

  it('asks the other edition only about queries written in its script', () => {
    expect(worthAsking('en', parseQuery('poverty 扶贫'))).toBe(true);
    expect(worthAsking('en', parseQuery('一网通办'))).toBe(false);
    expect(worthAsking('zh', parseQuery('核酸检测'))).toBe(true);
    expect(worthAsking('zh', parseQuery('PM2.5'))).toBe(false);
  });

  it('is empty for quotes and spaces alone', () => {
    expect(parseQuery(' "" ').terms).toEqual([]);
  });
});

describe('matching', () => {
  it('finds Chinese anywhere, Latin only at the start of a word, apostrophes of either kind', () => {
    expect(occurrences('全面推进一网通办工作', '一网通办')).toEqual([[4, 8]]);
    expect(occurrences('syntax and tax', 'tax')).toEqual([[11, 14]]);
    expect(occurrences('major projects', 'project')).toEqual([[6, 13]]);
    expect(occurrences('the People’s City', "people's city")).toEqual([[4, 17]]);
  });

  it('ranks the query verbatim above every term apart above shared characters', () => {
    const q = parseQuery('一网通办');
    expect(matchTier('接入“一网通办”平台', q)).toBe(0);
    expect(matchTier('一网统管和通办', q)).toBe(2);
    const two = parseQuery('旧区改造 征收');
    expect(matchTier('旧区改造征收', two)).toBe(1);
    expect(matchTier('旧区改造 征收', two)).toBe(0);
    expect(matchTier('旧区改造', two)).toBe(2);
  });
});

describe('highlighting', () => {
  it('reads a Pagefind fragment: word spans over the plain text, Chinese (zero-width spaces) and Latin', () => {
    expect(fragmentWords('一​网​通​办')).toEqual({
      text: '一网通办',
      words: [
        [0, 1],
        [1, 2],
        [2, 3],
        [3, 4],
      ],
      segmented: true,
    });
    expect(fragmentWords('Poverty  alleviation, now')).toEqual({
      text: 'Poverty  alleviation, now',
      words: [
        [0, 7],
        [9, 21],
        [22, 25],
      ],
      segmented: false,
    });
  });

  it('marks a Chinese phrase whole, not character by character', () => {
    expect(mark('大力推进“一网通办”，上线“一窗通”', '一网通办')).toBe('大力推进“<mark>一网通办</mark>”，上线“一窗通”');
  });

  it('falls back to the longest pieces of a Chinese term, never to lone characters', () => {
    expect(mark('落实核酸采样和病毒检测工作', '核酸检测')).toBe('落实<mark>核酸</mark>采样和病毒<mark>检测</mark>工作');
  });

  it('marks English words Pagefind matched by stem, without their punctuation, and joins a phrase into one mark', () => {
    const text = 'Alleviating poverty, poverty alleviation.';
    const { words } = fragmentWords(text);
    expect(mark(text, 'poverty alleviation', [words[0]!, words[3]!])).toBe('<mark>Alleviating poverty</mark>, <mark>poverty alleviation</mark>.');
  });

  it('merges overlapping and space-separated ranges only', () => {
    expect(
      mergeRanges('ab cd-ef', [
        [0, 2],
        [3, 5],
        [6, 8],
        [1, 2],
      ]),
    ).toEqual([
      [0, 5],
      [6, 8],
    ]);
  });

  it('escapes the text and cuts long text around the focus, which it shows whole', () => {
    const text = `${'a '.repeat(200)}<b> poverty alleviation ${'z '.repeat(200)}`;
    const html = excerptHtml(text, highlightRanges(text, parseQuery('poverty alleviation')));
    expect(html).toContain('&lt;b&gt; <mark>poverty alleviation</mark>');
    expect(html.startsWith('…')).toBe(true);
    expect(html.endsWith('…')).toBe(true);
    expect(html.length).toBeLessThan(260);
  });
});

describe('search records from a built page', () => {
  const page = (body: string, lang = 'zh-CN') =>
    `<!doctype html><html lang="${lang}"><head><title>T</title></head><body><nav><a href="/">目录</a></nav>${body}<footer>页脚</footer></body></html>`;
  const chapter = page(`<article data-pagefind-body data-pagefind-filter="chapter:03-x">
    <header><p>第3章</p><h1>滨江</h1><p data-pagefind-ignore>原文第1–9行</p></header>
    <nav class="toc"><a href="#c3-2020">2020年工作情况</a></nav>
    <h2 id="c3-2020" data-pagefind-meta="anchor:c3-2020" data-pagefind-filter="part:work">2020年工作情况</h2>
    <p id="p-3-1" data-pagefind-meta="anchor:p-3-1"><a data-pagefind-ignore href="#p-3-1">3.1</a> 推进<span class="sic">一网通办<span>[原文如此]</span></span>。</p>
    <h3 id="c3-2020-s1" data-pagefind-meta="anchor:c3-2020-s1">一、理念</h3>
    <p id="p-3-2" data-pagefind-meta="anchor:p-3-2">人民城市</p>
    <h2 id="c3-2021" data-pagefind-meta="anchor:c3-2021" data-pagefind-filter="part:plans">2021年主要工作</h2>
    <div id="c3-t" data-pagefind-meta="anchor:c3-t"><table><tr><td>一</td><td>长阳路</td></tr></table></div>
  </article>`);

  it('makes one record per anchored unit, with its deep link, part and section', () => {
    const records = pageRecords(chapter, 'zh/chapters/03-x/index.html');
    expect(records.map((r) => r.url)).toEqual([
      '/zh/chapters/03-x/',
      ...['c3-2020', 'p-3-1', 'c3-2020-s1', 'p-3-2', 'c3-2021', 'c3-t'].map((id) => `/zh/chapters/03-x/#${id}`),
    ]);
    const p1 = records[2]!;
    expect(p1).toEqual({
      url: '/zh/chapters/03-x/#p-3-1',
      language: 'zh',
      content: '推进一网通办[原文如此]。',
      meta: { title: '滨江', anchor: 'p-3-1', section: '2020年工作情况' },
      filters: { chapter: ['03-x'], part: ['work'] },
    });
    expect(records[4]!.meta.section).toBe('一、理念');
    expect(records[6]!.filters.part).toEqual(['plans']);
    expect(records[6]!.content).toBe('一 长阳路');
  });

  it('gives the page itself what lies outside the units, without ignored text, navigation or the footer', () => {
    const [head] = pageRecords(chapter, 'zh/chapters/03-x/index.html');
    expect(head).toMatchObject({ url: '/zh/chapters/03-x/', content: '第3章 滨江', filters: { chapter: ['03-x'] } });
  });

  it('indexes nothing of a page without data-pagefind-body (home, contents, untranslated fallbacks)', () => {
    expect(pageRecords(page('<main><p id="p-1-1" data-pagefind-meta="anchor:p-1-1">Fallback text</p></main>', 'en'), 'en/chapters/01-x/index.html')).toEqual(
      [],
    );
  });

  it('indexes a page without anchors whole, in the language of its <html lang>', () => {
    expect(
      pageRecords(page('<main data-pagefind-body><h1>Glossary</h1><dl><dt>People’s City</dt><dd>人民城市</dd></dl></main>', 'en'), 'en/glossary/index.html'),
    ).toEqual([{ url: '/en/glossary/', language: 'en', content: 'Glossary People’s City 人民城市', meta: { title: 'Glossary' }, filters: {} }]);
  });

  it('names the file when a page has no language', () => {
    expect(() => pageRecords('<html><body><main data-pagefind-body>x</main></body></html>', 'zh/x/index.html')).toThrow(
      'zh/x/index.html: <html> has no lang attribute',
    );
  });
});

describe('part filter', () => {
  it('calls the attachment tables data and everything but the two year parts other', () => {
    expect(['work-2020', 'plans-2021', 'work', 'other'].map(partFilterParam)).toEqual(['work', 'plans', 'work', 'other']);
    expect(['work', 'plans', 'annex', 'other', 'intro'].map(partFilter)).toEqual(['work', 'plans', 'data', 'other', 'other']);
  });
});
