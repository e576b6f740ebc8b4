// The parallel view: every block of the chapter aligned in both languages, and its layout in real Chromium.
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/checks/content-check.ts';
import { diskTree } from '../../scripts/checks/fs-tree.ts';
import { ROOT, reportConfig } from '../../scripts/shared/project.ts';
import { useBrowser } from '../helpers/browser.ts';
import { readPage } from '../helpers/dist.ts';

const { content } = checkContent(diskTree(ROOT));
const slugs = reportConfig().slugs;
const translated = slugs.filter((s) => content.en.get(`${s}.mdx`)?.data.translated);

describe('parallel view (build output)', () => {
  it.each(translated.flatMap((slug) => ['zh', 'en'].map((lang) => ({ slug, lang }))))(
    '$lang/$slug: every id once, with a Chinese and an English cell',
    ({ slug, lang }) => {
      const doc = readPage(`${lang}/chapters/${slug}/parallel/`);
      const rows = doc.querySelectorAll('.pv-row[id]');
      expect(rows.map((r) => r.id)).toEqual(content.zh.get(`${slug}.mdx`)!.blocks.map((b) => b.id));
      for (const row of rows) {
        expect(row.querySelector('.pv-zh')!.text.trim().length, `${row.id} zh`).toBeGreaterThan(0);
        expect(row.querySelector('.pv-en')!.text.trim().length, `${row.id} en`).toBeGreaterThan(0);
        expect(row.querySelectorAll('[id]')).toHaveLength(0);
      }
      const chapter = readPage(`${lang}/chapters/${slug}/`);
      expect(chapter.querySelector(`a[href$="/chapters/${slug}/parallel/"]`)).not.toBeNull();
      expect(doc.querySelector(`a[href$="/chapters/${slug}/"]`)).not.toBeNull();
    },
  );

  it.each(slugs.filter((s) => !translated.includes(s)))('%s (untranslated): says so instead of a half view', (slug) => {
    const doc = readPage(`en/chapters/${slug}/parallel/`);
    expect(doc.querySelector('.parallel')).toBeNull();
    expect(doc.querySelector('.notice')).not.toBeNull();
  });
});

describe.runIf(translated.length > 0)('parallel view in Chromium', () => {
  const chromium = useBrowser();

  const slug = translated[0]!;
  it('puts the two languages side by side at 1280 px and one under the other at 360 px', async () => {
    for (const [width, sideBySide] of [
      [1280, true],
      [360, false],
    ] as const) {
      const page = await chromium.browser().newPage({ viewport: { width, height: 900 } });
      await page.goto(`${chromium.server().url}en/chapters/${slug}/parallel/`);
      const zh = (await page.locator('.pv-row[id^="p-"] .pv-zh').first().boundingBox())!;
      const en = (await page.locator('.pv-row[id^="p-"] .pv-en').first().boundingBox())!;
      if (sideBySide) {
        expect(Math.abs(zh.y - en.y)).toBeLessThan(4);
        expect(en.x).toBeGreaterThan(zh.x + zh.width);
      } else {
        expect(en.y).toBeGreaterThanOrEqual(zh.y + zh.height);
        expect(en.x + en.width).toBeLessThanOrEqual(width);
      }
      await page.close();
    }
  });

  it('lands on a deep-linked paragraph', async () => {
    const page = await chromium.browser().newPage({ viewport: { width: 1280, height: 800 } });
    const id = content.zh
      .get(`${slug}.mdx`)!
      .blocks.filter((b) => b.component === 'Para')
      .at(-1)!.id;
    await page.goto(`${chromium.server().url}zh/chapters/${slug}/parallel/#${id}`);
    const box = (await page.locator(`#${id}`).boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(800);
    await page.close();
  });
});
