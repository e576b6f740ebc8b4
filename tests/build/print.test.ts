// Printing in real Chromium with print media emulated: no site chrome, all the text, A4 pages with running heads,
// and the Print button as a progressive enhancement.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportConfig } from '../../scripts/shared/project.ts';
import { useBrowser } from '../helpers/browser.ts';

const CHROME = ['.skip-link', '.site-header', '.site-footer', '.lang-switch', '.print-tools', '.print-button', '.pdf-link', '.chapter-links'];
const chapters = reportConfig().slugs.length;

const { browser, server } = useBrowser();

async function printed(path: string): Promise<Page> {
  const page = await browser().newPage();
  await page.emulateMedia({ media: 'print' });
  await page.goto(`${server().url}${path}`);
  return page;
}

/** Selectors of the chrome that is still visible on the page. */
async function visibleChrome(page: Page): Promise<string[]> {
  const shown: string[] = [];
  for (const selector of CHROME) {
    for (const el of await page.locator(selector).all()) if (await el.isVisible()) shown.push(selector);
  }
  return shown;
}

/** Every @page rule of the page's stylesheets (inside @media print too): name, size and text. */
function pageRules(page: Page): Promise<{ name: string; size: string; text: string }[]> {
  return page.evaluate(() =>
    [...document.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules].flatMap((rule) => (rule instanceof CSSMediaRule ? [...rule.cssRules] : [rule])))
      .filter((rule): rule is CSSPageRule => rule instanceof CSSPageRule)
      .map((rule) => ({ name: rule.selectorText, size: rule.style.getPropertyValue('size'), text: rule.cssText })),
  );
}

describe.each(['zh', 'en'])('the %s whole-report print view, printed', (lang) => {
  let page: Page;
  beforeAll(async () => {
    page = await printed(`${lang}/print/`);
  });
  afterAll(() => page?.close());

  it('shows no site chrome', async () => {
    expect(await visibleChrome(page)).toEqual([]);
  });

  it('shows the cover, the contents with every chapter, and every chapter with its paragraphs and tables', async () => {
    await expect(page.locator('.print-cover h1').isVisible()).resolves.toBe(true);
    expect(await page.locator('.print-toc > li').count()).toBe(chapters);
    expect(await page.locator('article.chapter').count()).toBe(chapters);
    const hidden = await page.$$eval('article.chapter h1, p.para, .pnum, table', (els) => els.filter((e) => e.getBoundingClientRect().height === 0).length);
    expect(hidden).toBe(0);
    expect(await page.locator('p.para').count()).toBeGreaterThan(200);
  });

  it('has A4 pages numbered "n / total", a cover without margin text, and a named page per chapter', async () => {
    const pages = await pageRules(page);
    const plain = pages.find((p) => p.name === '' && p.size.toUpperCase() === 'A4');
    expect(plain?.text).toContain('counter(page) " / " counter(pages)');
    expect(pages.find((p) => p.name === 'cover')?.text).toMatch(/@bottom-center\s*\{\s*content: none/);
    const named = await page.$$eval('[data-page]', (els) =>
      els.map((e) => ({ want: e.getAttribute('data-page'), got: getComputedStyle(e).getPropertyValue('page') })),
    );
    expect(named).toHaveLength(chapters + 2);
    for (const { want, got } of named) expect(got).toBe(want);
    for (let n = 1; n <= chapters; n++) {
      const rule = pages.find((p) => p.name === `${lang}-c${n}`);
      expect(rule?.text, `@page ${lang}-c${n}`).toMatch(/@top-left \{ content: ".+"; \}[\s\S]*@top-right \{ content: ".+"; \}/);
    }
  });

  it('keeps ids unique across chapters and the contents pointing at them', async () => {
    const ids = await page.$$eval('[id]', (els) => els.map((e) => e.id));
    expect(ids.length - new Set(ids).size).toBe(0);
    const targets = await page.$$eval('.print-toc a', (as) => as.map((a) => a.getAttribute('href')!.slice(1)));
    expect(targets.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it("labels each chapter's paragraphs in the language of its text, chapter by chapter", async () => {
    const mismatched = await page.$$eval('article.chapter', (articles) =>
      articles.flatMap((a) => {
        const zh = (a.querySelector('.chapter-body')?.closest('[lang]')?.getAttribute('lang') ?? '') === 'zh-CN';
        return [...a.querySelectorAll('.pnum')].filter((p) => (p.getAttribute('aria-label') ?? '').startsWith('第') !== zh).map(() => a.id);
      }),
    );
    expect([...new Set(mismatched)]).toEqual([]);
  });
});

describe('a chapter page, printed', () => {
  it('shows the chapter with its paragraph numbers and repeated table headers, and none of the navigation', async () => {
    const page = await printed('en/chapters/04-major-projects/');
    expect(await visibleChrome(page)).toEqual([]);
    for (const selector of ['.toc', '.pager']) expect(await page.locator(selector).isVisible(), selector).toBe(false);
    await expect(page.locator('article.chapter h1').isVisible()).resolves.toBe(true);
    expect(await page.$$eval('.pnum', (els) => els.filter((e) => e.getBoundingClientRect().width > 0).length)).toBeGreaterThan(20);
    expect(await page.$eval('table thead', (e) => getComputedStyle(e).display)).toBe('table-header-group');
    expect(await page.$eval('article.chapter', (e) => getComputedStyle(e).getPropertyValue('page'))).toBe('en-c4');
    // Its running heads only: a chapter page's print styles do not grow with the number of chapters.
    expect((await pageRules(page)).map((p) => p.name).filter((name) => /-c\d+$/.test(name))).toEqual(['en-c4']);
    await page.close();
  });
});

describe('the Print button', () => {
  it('stays hidden without JavaScript', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server().url}zh/chapters/03-riverside-peoples-city/`);
    expect(await page.locator('button[data-print]').isVisible()).toBe(false);
    await expect(page.locator('a.pdf-link').first().isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('appears with JavaScript and opens the print dialog', async () => {
    const page = await browser().newPage();
    // Headless Chromium has no dialog to show: count the calls instead.
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await page.goto(`${server().url}zh/chapters/03-riverside-peoples-city/`);
    const button = page.locator('button[data-print]');
    await expect(button.textContent()).resolves.toBe('打印');
    await button.click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.close();
  });
});
