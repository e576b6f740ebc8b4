// Reading needs no JavaScript: with it switched off in Chromium, every chapter page in both languages shows every
// block of its text (headings, paragraphs, tables) — the scripts a page loads only add conveniences.
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/checks/content-check.ts';
import { diskTree } from '../../scripts/checks/fs-tree.ts';
import { ROOT, reportConfig } from '../../scripts/shared/project.ts';
import { useBrowser } from '../helpers/browser.ts';

const chromium = useBrowser();
const { content } = checkContent(diskTree(ROOT));
const chapters = ['zh', 'en'].flatMap((lang) => reportConfig().slugs.map((slug) => ({ lang, slug })));

describe('chapters without JavaScript', () => {
  it.each(chapters)('$lang/$slug: every block is there and visible', async ({ lang, slug }) => {
    const en = content.en.get(`${slug}.mdx`);
    const ids = (lang === 'en' && en?.data.translated ? en : content.zh.get(`${slug}.mdx`)!).blocks.map((b) => b.id);
    const context = await chromium.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${chromium.server().url}${lang}/chapters/${slug}/`);
    const hidden = await page.evaluate(
      (ids) => ids.filter((id) => !document.getElementById(id)?.checkVisibility() || !document.getElementById(id)!.textContent!.trim()),
      ids,
    );
    await context.close();
    expect(ids.length).toBeGreaterThan(5);
    expect(hidden).toEqual([]);
  });
});
