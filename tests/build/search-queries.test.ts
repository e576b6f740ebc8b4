// Search quality on the real built index, in real Chromium: each query must find its chapter among the
// first three hits of the search page. Beside it, the same query through Pagefind alone (same index,
// no re-ranking), so the summary shows what the re-ranking adds.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';

/** [query, chapter it must find]: the report's own terms (glossary and section titles), as readers would type them. */
const QUERIES: Record<'zh' | 'en', [string, number][]> = {
  zh: [
    ['疫情防控', 1],
    ['核酸检测', 1],
    ['公共卫生应急', 1],
    ['集中隔离', 1],
    ['外防输入', 1],
    ['发热门诊', 1],
    ['进博会', 1],
    ['核酸检测能力', 1],
    ['四早', 1],
    ['区疾控中心', 1],
    ['科创中国', 2],
    ['双创', 2],
    ['高新技术企业', 2],
    ['科创板', 2],
    ['大学科技园', 2],
    ['在线新经济', 2],
    ['环同济', 2],
    ['人民城市', 3],
    ['“人民城市”', 3],
    ['滨江', 3],
    ['世界会客厅', 3],
    ['土地收储', 3],
    ['人民建议', 3],
    ['重大工程', 4],
    ['双十', 4],
    ['新开工', 4],
    ['法治政府', 5],
    ['出庭应诉', 5],
    ['行政复议', 5],
    ['依法行政', 5],
    ['一网通办', 6],
    ['"一网通办"', 6],
    ['一网统管', 6],
    ['城运中心', 6],
    ['随申办', 6],
    ['两个免于提交', 6],
    ['红色文化', 7],
    ['文物保护', 7],
    ['生活秀带', 7],
    ['文化地标', 7],
    ['旧区改造', 8],
    ['旧住房', 8],
    ['征收', 8],
    ['加装电梯', 8],
    ['美丽家园', 8],
    ['雨污混接', 8],
    ['旧区改造 征收', 8],
    ['高层次人才', 9],
    ['人才政策', 9],
    ['高技能人才', 9],
    ['立德树人', 10],
    ['基础教育', 10],
    ['五育并举', 10],
    ['消费扶贫', 11],
    ['对口支援', 11],
    ['脱贫攻坚', 11],
    ['乡村振兴', 11],
    ['劳务协作', 11],
    ['生态环境', 12],
    ['PM2.5', 12],
    ['挥发性有机物', 12],
    ['河长', 12],
    ['环境执法', 12],
    ['低碳', 12],
  ],
  en: [
    ['epidemic prevention', 1],
    ['nucleic acid testing', 1],
    ['public health emergency', 1],
    ['centralized isolation', 1],
    ['imported cases', 1],
    ['fever clinic', 1],
    ['CIIE', 1],
    ['COVID-19', 1],
    ['Four Earlies', 1],
    ['District CDC', 1],
    ['Innovation China', 2],
    ['innovation and entrepreneurship', 2],
    ['high-tech enterprises', 2],
    ['STAR Market', 2],
    ['university science park', 2],
    ['online new economy', 2],
    ['Tongji', 2],
    ["People's City", 3],
    ['riverside', 3],
    ['World Reception Hall', 3],
    ['land reserve', 3],
    ["people's suggestion", 3],
    ['major construction projects', 4],
    ['Double Ten', 4],
    ['"Double Ten"', 4],
    ['law-based government', 5],
    ['administrative reconsideration', 5],
    ['law-based administration', 5],
    ['appear in court', 5],
    ['Government Online-Offline', 6],
    ['city operation center', 6],
    ['Suishenban', 6],
    ['Two Exemptions', 6],
    ['unified city operation', 6],
    ['red culture', 7],
    ['cultural relics', 7],
    ['Living Showcase Belt', 7],
    ['cultural landmark', 7],
    ['old neighborhood renovation', 8],
    ['old housing', 8],
    ['expropriation', 8],
    ['elevator installation', 8],
    ['Beautiful Homes', 8],
    ['misconnection', 8],
    ['high-caliber talent', 9],
    ['talent policies', 9],
    ['skilled talent', 9],
    ['fostering virtue', 10],
    ['basic education', 10],
    ['all-round education', 10],
    ['poverty alleviation', 11],
    ['"poverty alleviation"', 11],
    ['paired assistance', 11],
    ['rural revitalization', 11],
    ['labor cooperation', 11],
    ['consumption-based poverty alleviation', 11],
    ['ecological environment', 12],
    ['PM2.5', 12],
    ['volatile organic compounds', 12],
    ['river chief', 12],
    ['low-carbon', 12],
    ['environmental law enforcement', 12],
  ],
};

const { browser, server } = useBrowser();
const pages = new Map<string, Page>();
/** Pagefind alone runs in a page of its own: instances of one pagefind.js share its WebAssembly. */
const alonePages = new Map<string, Page>();
const counter = () => ({ n: 0, alone: 0, reranked: 0, aloneFirst: 0, rerankedFirst: 0, aloneVerbatim: 0, rerankedVerbatim: 0 });
const tally = { zh: counter(), en: counter() };

beforeAll(async () => {
  for (const lang of ['zh', 'en']) {
    const [page, alone] = await Promise.all([browser().newPage(), browser().newPage()]);
    await Promise.all([page.goto(`${server().url}${lang}/search/`), alone.goto(`${server().url}${lang}/`)]);
    pages.set(lang, page);
    alonePages.set(lang, alone);
  }
});
afterAll(async () => {
  for (const [lang, t] of Object.entries(tally)) {
    if (!t.n) continue;
    console.log(`search quality ${lang} (${t.n} queries), Pagefind alone -> with our re-ranking:`);
    console.log(
      `  chapter in the top 3: ${t.alone} -> ${t.reranked}; chapter first: ${t.aloneFirst} -> ${t.rerankedFirst}; first hit contains the query verbatim: ${t.aloneVerbatim} -> ${t.rerankedVerbatim}`,
    );
  }
});

interface Top {
  chapter: number;
  /** The hit's text contains the query verbatim (quotes aside). */
  verbatim: boolean;
}
const verbatim = (text: string, query: string): boolean => text.toLowerCase().includes(query.replace(/["“”]/g, '').toLowerCase());

/** The first three hits on the search page, for a query typed into its form. */
async function searchPage(page: Page, query: string): Promise<Top[]> {
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  await page.waitForFunction((q) => document.querySelector<HTMLElement>('.search-results')?.dataset.query === q.trim(), query);
  // The excerpt is cut around the first match, so a verbatim match shows in it.
  const hits = await page.$$eval('.search-results a.hit', (as) =>
    as.slice(0, 3).map((a) => ({ chapter: (a as HTMLElement).dataset.chapter ?? '', text: a.querySelector('.hit-excerpt')?.textContent ?? '' })),
  );
  return hits.map((h) => ({ chapter: Number.parseInt(h.chapter, 10), verbatim: verbatim(h.text, query) }));
}

/** The same through Pagefind's own search and ranking (same bundle, the query as typed). */
async function pagefindAlone(page: Page, lang: string, query: string): Promise<Top[]> {
  const base = `${new URL(server().url).pathname}pagefind/${lang}/`;
  // A string, so that vitest does not rewrite the import() meant for the browser.
  const script = `(async () => {
    const m = await import(${JSON.stringify(`${base}pagefind.js`)});
    const pf = (window.pagefindAlone ??= m.createInstance({ basePath: ${JSON.stringify(base)}, baseUrl: '/', noWorker: true }));
    const r = await pf.search(${JSON.stringify(query)});
    const top = await Promise.all(r.results.slice(0, 3).map((x) => x.data()));
    return top.map((d) => ({ chapter: d.filters.chapter?.[0] ?? '', text: d.content.replaceAll('\\u200B', '') }));
  })()`;
  const hits = (await page.evaluate(script)) as { chapter: string; text: string }[];
  return hits.map((h) => ({ chapter: Number.parseInt(h.chapter, 10), verbatim: verbatim(h.text, query) }));
}

describe.each(['zh', 'en'] as const)('%s search finds the chapter in the top three', (lang) => {
  it('has at least 40 queries', () => {
    expect(QUERIES[lang].length).toBeGreaterThanOrEqual(40);
  });

  it.each(QUERIES[lang])('%s -> chapter %i', async (query, chapter) => {
    const page = pages.get(lang)!;
    const [reranked, alone] = [await searchPage(page, query), await pagefindAlone(alonePages.get(lang)!, lang, query)];
    const t = tally[lang];
    t.n++;
    if (alone.some((h) => h.chapter === chapter)) t.alone++;
    if (reranked.some((h) => h.chapter === chapter)) t.reranked++;
    if (alone[0]?.chapter === chapter) t.aloneFirst++;
    if (reranked[0]?.chapter === chapter) t.rerankedFirst++;
    if (alone[0]?.verbatim) t.aloneVerbatim++;
    if (reranked[0]?.verbatim) t.rerankedVerbatim++;
    if (process.env.SEARCH_DEBUG) console.log(query, JSON.stringify({ alone, reranked }));
    const chapters = reranked.map((h) => h.chapter);
    expect(chapters, `top three: chapters ${chapters.join(', ')}`).toContain(chapter);
  });
});
