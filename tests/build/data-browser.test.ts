// The charts in real Chromium: colours follow the page in light and dark, black and white in print, the page
// does not overflow on a phone, and the downloadable SVG is a well-formed, styled document on its own.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';

const { browser, server } = useBrowser();

async function open(path: string, options: { colorScheme?: 'light' | 'dark'; width?: number } = {}): Promise<Page> {
  const page = await browser().newPage({
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: options.width ?? 1100, height: 900 },
    javaScriptEnabled: false,
  });
  await page.goto(`${server().url}${path}`);
  return page;
}

/** Computed colours of figure 1: body text, a bar label, the tint of the second texture. */
const colours = (page: Page) =>
  page.evaluate(() => {
    const fig = document.querySelector('#figure-1 svg')!;
    const style = (el: Element) => getComputedStyle(el);
    return {
      body: style(document.body).color,
      label: style(fig.querySelector('.bar-label')!).fill,
      tint: style(fig.querySelector('.tint-1')!).fill,
      downloads: style(document.querySelector('#figure-1 .chart-downloads')!).display,
    };
  });

describe('charts in Chromium', () => {
  it('draw text in the page colour, in both colour schemes, with scheme-specific tints', async () => {
    const light = await open('en/data/');
    const dark = await open('en/data/', { colorScheme: 'dark' });
    const [l, d] = [await colours(light), await colours(dark)];
    expect(l.label).toBe(l.body);
    expect(d.label).toBe(d.body);
    expect(d.body).not.toBe(l.body);
    expect(d.tint).not.toBe(l.tint);
    await Promise.all([light.close(), dark.close()]);
  });

  it('print in black on white textures, without the download links', async () => {
    const page = await open('zh/chapters/04-major-projects/', { colorScheme: 'dark' });
    await page.emulateMedia({ media: 'print' });
    const c = await colours(page);
    expect(c.label).toBe('rgb(0, 0, 0)');
    expect(c.tint).toBe('rgb(255, 255, 255)');
    expect(c.downloads).toBe('none');
    await page.close();
  });

  it.each(['zh/data/', 'en/data/', 'en/chapters/04-major-projects/'])(
    '/%s: on a 375px screen the page does not overflow and the charts stay legible',
    async (path) => {
      const page = await open(path, { width: 375 });
      const m = await page.evaluate(() => {
        const svg = document.querySelector<SVGSVGElement>('#figure-3 svg')!;
        const frame = svg.parentElement!;
        return {
          page: document.documentElement.scrollWidth,
          view: document.documentElement.clientWidth,
          scale: svg.getBoundingClientRect().width / svg.viewBox.baseVal.width,
          frame: frame.getBoundingClientRect().width,
          scrolls: frame.scrollWidth > frame.clientWidth && getComputedStyle(frame).overflowX === 'auto',
        };
      });
      expect(m.page).toBeLessThanOrEqual(m.view);
      expect(m.frame).toBeLessThanOrEqual(m.view);
      expect(m.scale).toBeGreaterThanOrEqual(0.8); // 13px labels drawn at 10.4px or more
      expect(m.scrolls).toBe(true);
      await page.close();
    },
  );

  it.each(['zh', 'en'])('the %s SVG download is a well-formed document with its own styles', async (lang) => {
    const page = await open(`data/charts/${lang}/movement-2020-2021.svg`);
    const doc = await page.evaluate(() => ({
      root: document.documentElement.localName,
      errors: document.getElementsByTagName('parsererror').length,
      background: getComputedStyle(document.querySelector('.chart-bg')!).fill,
      heading: document.querySelector('.heading')!.textContent,
    }));
    expect(doc).toMatchObject({ root: 'svg', errors: 0, background: 'rgb(255, 255, 255)' });
    expect(doc.heading).toMatch(lang === 'zh' ? /^图3/ : /^Figure 3\./);
    await page.close();
  });
});
