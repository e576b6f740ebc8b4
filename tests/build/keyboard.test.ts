// Keyboard only, in real Chromium: every page can be walked with Tab from the first stop to the last, each stop
// shows a visible focus indicator and is not hidden; the skip link, the contents link and the language switch
// work from the keyboard. The stops are in tests/helpers/keyboard.ts, where new controls add theirs.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';
import { focusStop, HEADER_STOPS, tabWalk, TEXT_STOPS } from '../helpers/keyboard.ts';

const chromium = useBrowser();

async function open(path: string, scheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await chromium.browser().newPage({ colorScheme: scheme, viewport: { width: 1280, height: 800 } });
  await page.goto(chromium.server().url + path);
  return page;
}

const STOPS = [...HEADER_STOPS, ...TEXT_STOPS];
const WALKS = [
  { path: '', header: false },
  { path: 'zh/', header: true },
  { path: 'en/', header: true },
  { path: 'zh/chapters/04-major-projects/', header: true },
  { path: 'en/chapters/03-riverside-peoples-city/', header: true },
  { path: 'zh/chapters/01-epidemic-control/parallel/', header: true },
  { path: 'en/glossary/', header: true },
  { path: '404.html', header: false },
];

describe('Tab through the whole page', () => {
  it.each(WALKS.flatMap((w) => (['light', 'dark'] as const).map((scheme) => ({ ...w, scheme }))))(
    '/$path ($scheme): every stop visible and marked, header stops first',
    async ({ path, header, scheme }) => {
      const page = await open(path, scheme);
      const walk = await tabWalk(page, STOPS);
      await page.close();
      expect(walk.length).toBeGreaterThan(header ? HEADER_STOPS.length : 1);
      expect(
        walk.filter((s) => !s.indicator).map((s) => s.label),
        'stops without a visible focus indicator',
      ).toEqual([]);
      expect(
        walk.filter((s) => !s.visible).map((s) => s.label),
        'stops off screen or covered',
      ).toEqual([]);
      if (header) expect(walk.slice(0, HEADER_STOPS.length).map((s) => s.names[0])).toEqual(HEADER_STOPS.map((s) => s.name));
      if (/\/chapters\/[^/]+\/$/.test(path))
        for (const stop of TEXT_STOPS)
          expect(
            walk.some((s) => s.names.includes(stop.name)),
            stop.name,
          ).toBe(true);
    },
  );
});

describe('keyboard actions', () => {
  it('the skip link appears on the first Tab and Enter moves focus to the main content', async () => {
    const page = await open('zh/chapters/03-riverside-peoples-city/');
    await page.keyboard.press('Tab');
    const skip = await focusStop(page, HEADER_STOPS);
    expect(skip).toMatchObject({ names: ['skip link'], indicator: true, visible: true });
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#main');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    await page.close();
  });

  it('the contents link leads to the contents of the home page', async () => {
    const page = await open('en/chapters/03-riverside-peoples-city/');
    await page.focus(HEADER_STOPS.find((s) => s.name === 'contents')!.selector);
    await Promise.all([page.waitForURL('**/en/#contents'), page.keyboard.press('Enter')]);
    // Scrolled to the top of the viewport, just below the sticky header rather than under it.
    const [top, header] = await page.evaluate(() => [
      document.querySelector('#contents')!.getBoundingClientRect().top,
      document.querySelector('.site-header')!.getBoundingClientRect().bottom,
    ]);
    expect(top).toBeGreaterThanOrEqual(header! - 1);
    expect(top).toBeLessThan(header! + 60);
    await page.close();
  });

  it.each([
    { from: 'zh/chapters/04-major-projects/', to: '/en/chapters/04-major-projects/', lang: 'en' },
    { from: 'en/', to: '/zh/', lang: 'zh-CN' },
  ])('the language switch on /$from leads to $to', async ({ from, to, lang }) => {
    const page = await open(from);
    await page.focus(HEADER_STOPS.find((s) => s.name === 'language switch')!.selector);
    await Promise.all([page.waitForURL(`**${to}`), page.keyboard.press('Enter')]);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    await page.close();
  });
});
