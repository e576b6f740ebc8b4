// The search box and the search page in real Chromium, on the real built site: keyboard, results,
// following a hit to its paragraph, the other language's hint, filters, no JavaScript, a base path.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';
import { BASE_PATH, useBaseBuild } from '../helpers/builds.ts';
import { DIST } from '../helpers/dist.ts';

const { browser, server } = useBrowser();

async function open(path: string): Promise<Page> {
  const page = await browser().newPage();
  await page.goto(`${server().url}${path}`);
  return page;
}

/** "/" then the query, typed into the header box; returns when the box has answered it (hits or none). */
async function typeInBox(page: Page, query: string, { atOnce = false } = {}): Promise<void> {
  await page.keyboard.press('/');
  // At once, as a Chinese input method delivers a word; else key by key.
  await (atOnce ? page.keyboard.insertText(query) : page.keyboard.type(query));
  // Both answers quote the query: "N results for “q”", "No results for “q”."
  await page.waitForFunction((q) => document.querySelector('#search-box-popup .search-status')?.textContent?.includes(`“${q}”`), query);
}

/** Bytes a static host sends for a file of dist/: text gzipped; Pagefind's index files are compressed already. */
function wireBytes(dir: string, path: string): number {
  const file = join(dir, decodeURIComponent(path).replace(/\?.*$/, ''));
  return /\.(js|json|css|html)$/.test(file) ? gzipSync(readFileSync(file)).byteLength : statSync(file).size;
}

/** Records the site paths a page requests (below the served base). */
function requests(page: Page, base: string): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith(base)) seen.push(url.pathname.slice(base.length) + url.search);
  });
  return seen;
}

const popupHits = (page: Page) => page.locator('#search-box-popup a.hit');

describe('the header search box', () => {
  it.each([
    { lang: 'zh', query: '一网通办', status: /^“一网通办”共有 \d+ 条结果$/ },
    { lang: 'en', query: 'poverty alleviation', status: /^\d+ results for “poverty alleviation”$/ },
  ])(
    '$lang: no search code until the reader starts; "/" focuses the box; hits in the page language, the query marked whole',
    async ({ lang, query, status }) => {
      const page = await browser().newPage();
      const seen = requests(page, '/');
      await page.goto(`${server().url}${lang}/chapters/03-riverside-peoples-city/`);
      const onLoad = [...seen];
      expect(onLoad.filter((p) => /^_astro\/SearchBox\..+\.js$/.test(p))).toHaveLength(1); // the loader, which only listens
      expect(onLoad.filter((p) => p.startsWith('pagefind/') || /^_astro\/search-(box|ui)\./.test(p))).toEqual([]);

      seen.length = 0;
      await typeInBox(page, query, { atOnce: true });
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-box-q');
      await page.waitForLoadState('networkidle');
      const first = [...seen];
      const index = first.filter((p) => p.startsWith(`pagefind/${lang}/`));
      const sum = (paths: string[]) => paths.reduce((n, p) => n + wireBytes(DIST, p), 0);
      console.log(
        `first query (${query} in the header box of a ${lang} chapter): ${sum(first)} bytes over the wire in ${first.length} requests — search code ${sum(first.filter((p) => p.startsWith('_astro/')))}, index ${sum(index)} (${index.filter((p) => p.includes('/fragment/')).length} fragments)`,
      );
      // The search code stays small: it must not drag in build-time modules (i18next and its strings came along once, 75 kB).
      expect(sum(first.filter((p) => p.startsWith('_astro/')))).toBeLessThan(10_000);
      // The query is in this edition's script, so the other edition's index is not asked.
      expect(first.filter((p) => p.startsWith('pagefind/') && !p.startsWith(`pagefind/${lang}/`))).toEqual([]);

      const input = page.locator('#search-box-q');
      expect(await input.getAttribute('role')).toBe('combobox');
      expect(await input.getAttribute('aria-expanded')).toBe('true');
      expect(await page.locator('#search-box-popup .search-status').textContent()).toMatch(status);
      expect(await popupHits(page).count()).toBe(6);
      const marks = await popupHits(page).first().locator('mark').allTextContents();
      expect(marks.map((m) => m.toLowerCase())).toContain(query);
      // Chinese: every mark in every hit is the query whole, never its loose characters or a neighbouring word.
      if (lang === 'zh') expect(new Set(await page.locator('#search-box-popup mark').allTextContents())).toEqual(new Set([query]));
      await page.close();
    },
  );

  it('arrows choose a hit, Enter follows it to the paragraph, Escape closes the list', async () => {
    const page = await open('zh/');
    await typeInBox(page, '消费扶贫');
    const input = page.locator('#search-box-q');
    await page.keyboard.press('Escape');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#search-box-popup').isHidden()).toBe(true);

    await page.keyboard.press('ArrowDown'); // reopens
    await popupHits(page).first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    const chosen = page.locator('#search-box-popup [aria-selected="true"]');
    expect(await chosen.count()).toBe(1);
    expect(await input.getAttribute('aria-activedescendant')).toBe(await chosen.getAttribute('id'));
    expect(await chosen.getAttribute('id')).toBe(await popupHits(page).first().getAttribute('id'));
    const href = (await chosen.getAttribute('href'))!;
    expect(href).toMatch(/^\/zh\/chapters\/11-poverty-alleviation\/#[\w-]+$/);

    await page.keyboard.press('Enter');
    await page.waitForURL(`**${href}`);
    const id = href.split('#')[1]!;
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(id);
    expect(await page.locator(`[id="${id}"]`).textContent()).toContain('消费扶贫');
    await page.close();
  });

  it('Enter with no hit chosen opens the search page for the query', async () => {
    const page = await open('en/chapters/11-poverty-alleviation/');
    await typeInBox(page, 'rural revitalization');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/en/search/?q=rural+revitalization');
    await page.locator('.search-results a.hit').first().waitFor();
    expect(await page.locator('#search-q').inputValue()).toBe('rural revitalization');
    await page.close();
  });

  // (The glossary pages carry both renderings of each term, so the page's own language may have a hit or two as well.)
  it.each([
    { path: 'zh/', query: 'poverty alleviation', hint: /^Also in English: \d+ results$/, lang: 'en' },
    { path: 'en/', query: '核酸检测', hint: /^中文也有：\d+ 条结果$/, lang: 'zh-CN' },
  ])('on /$path, "$query" links to the other language\'s search, which has it', async ({ path, query, hint, lang }) => {
    const page = await open(path);
    await typeInBox(page, query);
    const other = page.locator('#search-box-popup .search-other');
    await other.waitFor();
    expect(await other.textContent()).toMatch(hint);
    expect(await other.getAttribute('lang')).toBe(lang);
    expect(await other.getAttribute('href')).toBe(`/${path === 'zh/' ? 'en' : 'zh'}/search/?q=${encodeURIComponent(query)}`);
    await page.close();
  });
});

describe('the search page', () => {
  it('reads ?q= and the filters from the URL, keeps them in step, counts hits per filter and links to paragraphs', async () => {
    const page = await open('en/search/?q=poverty+alleviation&chapter=11-poverty-alleviation&part=plans');
    await page.locator('.search-results a.hit').first().waitFor();
    expect(await page.locator('[data-search-nojs]').count()).toBe(0);
    const hits = page.locator('.search-results a.hit');
    const where = await hits.evaluateAll((as) => as.map((a) => `${(a as HTMLElement).dataset.chapter} ${(a as HTMLElement).dataset.part}`));
    expect(where.length).toBeGreaterThan(2);
    expect(new Set(where)).toEqual(new Set(['11-poverty-alleviation plans']));
    expect(await page.locator('select[name="chapter"] option:checked').textContent()).toMatch(/^Chapter 11 .+ \(\d+\)$/);

    await page.selectOption('select[name="part"]', '');
    await page.waitForURL('**/en/search/?q=poverty+alleviation&chapter=11-poverty-alleviation');
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('.search-results a.hit')].some((a) => a.dataset.part === 'work'));

    await page.fill('#search-q', '"paired assistance"');
    await page.press('#search-q', 'Enter');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.search-results')?.dataset.query === '"paired assistance"');
    expect(new URL(page.url()).searchParams.get('q')).toBe('"paired assistance"');
    const excerpts = await page.locator('.search-results .hit-excerpt').allTextContents();
    for (const e of excerpts) expect(e.toLowerCase()).toContain('paired assistance');
    expect(await page.locator('a[data-lang-switch]').getAttribute('href')).toBe(`/zh/search/?q=${encodeURIComponent('"paired assistance"')}`);

    const first = page.locator('.search-results a.hit').first();
    const href = (await first.getAttribute('href'))!;
    await first.click();
    await page.waitForURL(`**${href}`);
    expect(await page.evaluate(() => document.querySelector(':target')?.textContent ?? '')).toMatch(/paired assistance/i);
    await page.close();
  });

  it('without JavaScript, the header box still lands on the search page, which says why there are no results', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server().url}zh/chapters/01-epidemic-control/`);
    await page.fill('#search-box-q', '核酸检测');
    await page.press('#search-box-q', 'Enter');
    await page.waitForURL(`**/zh/search/?q=${encodeURIComponent('核酸检测')}`);
    const message = page.locator('[data-search-nojs]');
    expect(await message.isVisible()).toBe(true);
    expect(await message.textContent()).toContain('需要 JavaScript');
    expect(await message.locator('a').getAttribute('href')).toBe('/zh/#contents');
    await context.close();
  });
});

describe(`under the base path ${BASE_PATH}`, () => {
  const base = useBaseBuild();

  it('loads the index from /report/pagefind/ and links hits below /report/', async () => {
    const page = await browser().newPage();
    const seen = requests(page, '/');
    await page.goto(`${base().url}en/`);
    expect(await page.locator('form[data-search-box]').getAttribute('action')).toBe('/report/en/search/');
    await typeInBox(page, 'river chief');
    expect(seen.filter((p) => p.includes('pagefind/')).every((p) => p.startsWith('report/pagefind/en/') || p.startsWith('report/pagefind/zh/'))).toBe(true);
    const href = (await popupHits(page).first().getAttribute('href'))!;
    // Which chapter ranks first is the content's business (chapters 8 and 12 both name the river chief system).
    expect(href).toMatch(/^\/report\/en\/chapters\/[\w-]+\/#[\w-]+$/);
    await popupHits(page).first().click();
    await page.waitForURL(`**${href}`);
    expect(await page.evaluate(() => document.querySelector(':target')?.textContent ?? '')).toMatch(/river chief/i);
    await page.goto(`${base().url}zh/search/?q=${encodeURIComponent('河长')}`);
    await page.locator('.search-results a.hit').first().waitFor();
    expect(await page.locator('.search-results a.hit').first().getAttribute('href')).toMatch(/^\/report\/zh\/chapters\/[\w-]+\/#/);
    await page.close();
  });
});
