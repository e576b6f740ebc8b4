// The committed key figures: 3-6 per chapter for every chapter, each number in its paragraph in both languages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainText } from '#core/chapter-doc.ts';
import { chapterFiles, loadChapter } from '../../scripts/shared/content.ts';
import { KEY_FIGURES_FILE, parseKeyFigures, resolveKeyFigures } from '#core/data/key-figures.ts';
import { enValues, zhNumbers } from '#core/numbers.ts';
import { ROOT } from '../../scripts/shared/project.ts';

const byOrder = (lang: 'zh' | 'en') =>
  new Map(
    chapterFiles(lang)
      .map((f) => loadChapter(lang, f))
      .map((d) => [Number(d.data.order), d]),
  );
const zh = byOrder('zh');
const en = byOrder('en');
const figures = parseKeyFigures(readFileSync(join(ROOT, KEY_FIGURES_FILE), 'utf8'));
const paragraph = (docs: typeof zh, id: string) => {
  const chapter = Number(id.split('-')[1]);
  return plainText(docs.get(chapter)!.blocks.find((b) => b.id === id)!.inner, { dropChinese: true });
};

describe(KEY_FIGURES_FILE, () => {
  it('passes every check, with 3 to 6 figures for each of the 12 chapters', () => {
    expect(resolveKeyFigures(figures, zh, en).problems).toEqual([]);
    const perChapter = [...zh.keys()].map((c) => figures.filter((f) => f.paragraph.startsWith(`p-${c}-`)).length);
    expect(perChapter).toHaveLength(12);
    for (const n of perChapter) expect(n).toBeGreaterThanOrEqual(3), expect(n).toBeLessThanOrEqual(6);
  });

  it.each(figures.map((f) => [f.id, f] as const))('%s: the number occurs in its paragraph in Chinese and in English', (_, f) => {
    expect(zhNumbers(paragraph(zh, f.paragraph)).map((n) => n.value)).toContainEqual(f.value);
    expect([...enValues(paragraph(en, f.paragraph))]).toContainEqual(f.value);
  });
});
