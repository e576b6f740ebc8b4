// Real Chromium: a chapter reads without JavaScript, and the language switch lands on the same chapter.
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';

const chromium = useBrowser();

describe('reading in Chromium', () => {
  it('shows a chapter with JavaScript disabled', async () => {
    const context = await chromium.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${chromium.server().url}zh/chapters/03-riverside-peoples-city/`);
    await expect(page.locator('h1').textContent()).resolves.toContain('滨江功能形象显著提升');
    expect(await page.locator('p.para').count()).toBe(32);
    await context.close();
  });

  it('switches language and lands on the same chapter', async () => {
    const page = await chromium.browser().newPage();
    await page.goto(`${chromium.server().url}zh/chapters/04-major-projects/`);
    await page.click('a[data-lang-switch]');
    await page.waitForURL('**/en/chapters/04-major-projects/');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.click('a[data-lang-switch]');
    await page.waitForURL('**/zh/chapters/04-major-projects/');
    await page.close();
  });

  it('answers an unknown path with the bilingual 404 page', async () => {
    const page = await chromium.browser().newPage();
    const response = await page.goto(`${chromium.server().url}no/such/page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toContain('Page not found');
    await page.close();
  });
});
