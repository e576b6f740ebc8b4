// Real Chromium: a shared paragraph link lands on the paragraph below the sticky header, the copy-link control
// copies the full URL and announces it, the language switch keeps the place both ways, citations open, and the
// site under /report/ loads everything it asks for. Without JavaScript the same controls are plain links.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { isoDay } from '../../src/lib/cite.ts';
import { useBrowser } from '../helpers/browser.ts';
import { BASE_PATH, useBaseBuild } from '../helpers/builds.ts';
import { SITE } from '../helpers/dist.ts';

const CHAPTER = 'chapters/03-riverside-peoples-city/';

const site = useBrowser();

async function open(url: string, options: { javaScriptEnabled?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await site.browser().newContext({ viewport: { width: 1280, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'], ...options });
  const page = await context.newPage();
  await page.goto(url);
  return { context, page };
}

/** The :target element's id and where it sits relative to the sticky header and the window. */
const landing = (page: Page) =>
  page.evaluate(() => {
    const target = document.querySelector<HTMLElement>(':target');
    const header = document.querySelector('.site-header')!.getBoundingClientRect();
    const box = target?.getBoundingClientRect();
    return {
      id: target?.id,
      top: box?.top ?? -1,
      headerBottom: header.bottom,
      sticky: getComputedStyle(document.querySelector('.site-header')!).position === 'sticky',
      highlighted: target ? getComputedStyle(target).backgroundColor !== 'rgba(0, 0, 0, 0)' : false,
      viewport: window.innerHeight,
    };
  });

function expectLandedOn(place: Awaited<ReturnType<typeof landing>>, id: string): void {
  expect(place.id).toBe(id);
  expect(place.sticky).toBe(true);
  expect(place.top).toBeGreaterThanOrEqual(place.headerBottom); // not hidden under the sticky header
  expect(place.top).toBeLessThan(place.headerBottom + 40); // but right below it
  expect(place.highlighted).toBe(true);
}

describe('a shared paragraph link', () => {
  it('lands on the paragraph, switches language onto the same paragraph, and back', async () => {
    const { context, page } = await open(`${site.server().url}zh/${CHAPTER}#p-3-12`);
    expectLandedOn(await landing(page), 'p-3-12');

    await page.click('a[data-lang-switch]');
    await page.waitForURL(`**/en/${CHAPTER}#p-3-12`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expectLandedOn(await landing(page), 'p-3-12');
    expect(await page.locator('#p-3-12 .pnum').textContent()).toBe('3.12');

    await page.click('a[data-lang-switch]');
    await page.waitForURL(`**/zh/${CHAPTER}#p-3-12`);
    expectLandedOn(await landing(page), 'p-3-12');
    await context.close();
  });

  it('without a fragment, the switch takes the block at the top of the window', async () => {
    const { context, page } = await open(`${site.server().url}en/${CHAPTER}`);
    await page.locator('#c3-2021-s2').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById('c3-2021-s2')!.scrollIntoView({ block: 'start' }));
    await page.click('a[data-lang-switch]');
    await page.waitForURL(`**/zh/${CHAPTER}#c3-2021-s2`);
    expect((await landing(page)).id).toBe('c3-2021-s2');
    await context.close();
  });
});

describe('the sticky header', () => {
  it.each(['zh', 'en'])('%s: stays one row (the height anchors allow for) from tablet width up', async (lang) => {
    for (const width of [768, 1024, 1440]) {
      const page = await site.browser().newPage({ viewport: { width, height: 600 } });
      await page.goto(`${site.server().url}${lang}/${CHAPTER}`);
      const fit = await page.evaluate(() => {
        const inner = document.querySelector('.site-header-inner')!;
        const nav = document.querySelector('.site-nav')!.getBoundingClientRect();
        return { overflow: inner.scrollHeight - inner.clientHeight, navRight: nav.right, navRows: nav.height };
      });
      expect(fit.overflow, `${width}px`).toBe(0);
      expect(fit.navRight, `${width}px`).toBeLessThanOrEqual(width);
      expect(fit.navRows, `${width}px`).toBeLessThan(40);
      await page.close();
    }
  });
});

describe('copy-link controls', () => {
  it('copy the full URL of a paragraph, a heading and the chapter, and announce it', async () => {
    const { context, page } = await open(`${site.server().url}zh/${CHAPTER}`);
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    const status = page.locator('[role="status"]');

    await page.click('#p-3-12 a.copy-link');
    await expect.poll(clipboard).toBe(`${site.server().url}zh/${CHAPTER}#p-3-12`);
    await expect.poll(() => status.textContent()).toBe(`链接已复制：${site.server().url}zh/${CHAPTER}#p-3-12`);
    expect(page.url()).toBe(`${site.server().url}zh/${CHAPTER}`); // copying does not move the reader

    // Keyboard: from a paragraph number, Tab reaches its copy-link control; Enter copies.
    await page.focus('#p-3-5 a.pnum');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('复制第3.5段的链接');
    await page.keyboard.press('Enter');
    await expect.poll(clipboard).toBe(`${site.server().url}zh/${CHAPTER}#p-3-5`);

    await page.click('.heading:has(#c3-2020-s2) a.copy-link');
    await expect.poll(clipboard).toBe(`${site.server().url}zh/${CHAPTER}#c3-2020-s2`);
    await page.click('.chapter-tools a.copy-link');
    await expect.poll(clipboard).toBe(`${site.server().url}zh/${CHAPTER}`);
    await context.close();
  });

  it('are plain anchor links without JavaScript, and the language switch still reaches the same chapter', async () => {
    const { context, page } = await open(`${site.server().url}en/${CHAPTER}`, { javaScriptEnabled: false });
    await page.click('#p-3-7 a.copy-link');
    await page.waitForURL(`**/en/${CHAPTER}#p-3-7`);
    expect((await landing(page)).id).toBe('p-3-7');
    await page.click('a[data-lang-switch]');
    await page.waitForURL(`**/zh/${CHAPTER}`);
    // The chapter citation is there too, with a placeholder for the access date.
    await page.click('details.cite summary');
    expect(await page.locator('details.cite [data-cite-text]').textContent()).toContain(`${SITE}/zh/${CHAPTER}`);
    expect(await page.locator('details.cite [data-cite-text]').textContent()).toContain('[引用日期]');
    expect(await page.locator('details.cite [data-cite-nodate]').isVisible()).toBe(true);
    await context.close();
  });
});

describe('cite this', () => {
  it('cites a paragraph in a dialog, with today as the access date, and copies the BibTeX entry', async () => {
    const { context, page } = await open(`${site.server().url}en/${CHAPTER}#p-3-12`);
    const button = page.locator('#p-3-12 .cite-button');
    expect(await button.getAttribute('aria-label')).toBe('Cite paragraph 3.12');
    await button.click();
    const dialog = page.locator('dialog[data-cite-dialog]');
    expect(await dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    expect(await dialog.locator('h2').textContent()).toBe('Cite paragraph 3.12');
    const text = (await dialog.locator('[data-cite-text]').textContent())!;
    expect(text).toContain(',” paragraph 3.12. Chapter 3 in ');
    expect(text).toContain(`${SITE}/en/${CHAPTER}#p-3-12. Accessed ${isoDay(new Date())}.`);
    const bib = (await dialog.locator('[data-cite-bib]').textContent())!;
    expect(bib).toMatch(/^@inbook\{yangpu2021-p3\.12-en,/);
    await dialog.getByRole('button', { name: 'Copy BibTeX' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(bib);
    await expect.poll(() => page.locator('[role="status"]').textContent()).toBe('BibTeX entry copied');
    await page.keyboard.press('Escape');
    expect(await dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('cite-button'))).toBe(true);

    // The chapter citation gets the date as well, and its copy buttons appear.
    await page.click('details.cite summary');
    expect(await page.locator('details.cite [data-cite-text]').textContent()).toContain(`Accessed ${isoDay(new Date())}.`);
    expect(await page.locator('details.cite button[data-copy-from="text"]').isVisible()).toBe(true);
    expect(await page.locator('[data-cite-nodate]').count()).toBe(0);
    await context.close();
  });
});

describe(`under the base path ${BASE_PATH}`, () => {
  const sub = useBaseBuild();

  it('every request succeeds while following links from the chooser to a paragraph and across languages', async () => {
    const context = await site.browser().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const failed: string[] = [];
    const requested = new Set<string>();
    page.on('response', (r) => {
      requested.add(new URL(r.url()).pathname);
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    page.on('requestfailed', (r) => failed.push(`failed ${r.url()}`));

    await page.goto(sub().url);
    await page.click('a[hreflang="en"]');
    await page.waitForURL(`**${BASE_PATH}en/`);
    await page.click(`a.chapter-link[href="${BASE_PATH}en/${CHAPTER}"]`);
    await page.waitForURL(`**${BASE_PATH}en/${CHAPTER}`);
    await page.click('#p-3-12 a.pnum');
    await page.waitForURL(`**${BASE_PATH}en/${CHAPTER}#p-3-12`);
    await page.click('a[data-lang-switch]');
    await page.waitForURL(`**${BASE_PATH}zh/${CHAPTER}#p-3-12`);
    expectLandedOn(await landing(page), 'p-3-12');

    // The share image, sitemap and robots.txt of the page, fetched where the page says they are.
    const image = new URL(new URL((await page.locator('meta[property="og:image"]').getAttribute('content'))!).pathname, sub().url).href;
    for (const url of [image, `${sub().url}sitemap.xml`, `${sub().url}robots.txt`]) {
      const r = await page.request.get(url);
      expect(r.status(), url).toBe(200);
    }
    expect((await page.request.get(image)).headers()['content-type']).toBe('image/png');

    expect(failed).toEqual([]);
    expect([...requested].filter((p) => p.endsWith('.css') || p.endsWith('.js')).length).toBeGreaterThanOrEqual(3);
    for (const p of requested) expect(p.startsWith(BASE_PATH), p).toBe(true);
    await context.close();
  });

  it('shows the styled bilingual 404 page for an unknown path below the base', async () => {
    const page = await site.browser().newPage();
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    page.on('response', (r) => r.url().endsWith('.css') && r.status() !== 200 && failed.push(r.url()));
    const response = await page.goto(`${sub().url}no/such/page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toContain('页面未找到');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await page.click('a[hreflang="en"]');
    await page.waitForURL(`**${BASE_PATH}en/`);
    expect(failed).toEqual([]);
    await page.close();
  });
});
