import { describe, expect, it } from 'vitest';
import { plainText } from '#core/chapter-doc.ts';
import { checkContent } from '../../scripts/checks/content-check.ts';
import { diskTree } from '../../scripts/checks/fs-tree.ts';
import { buildTermIndex, countOccurrences } from '../../src/lib/glossary-index.ts';
import { ROOT } from '../../scripts/shared/project.ts';
import { zhForms } from '#core/translation/translation-check.ts';

describe('glossary occurrences', () => {
  it('counts whole words in English and nested terms once', () => {
    expect(countOccurrences("The People’s City, the people's city; peoples city", ["People's City"], 'en')).toBe(1 + 1);
    expect(countOccurrences('人民城市重要理念和人民城市', ['人民城市'], 'zh')).toBe(2);
  });

  it('matches a direct text search over the real chapters', () => {
    const { content } = checkContent(diskTree(ROOT));
    const docs = { zh: [...content.zh.values()], en: [...content.en.values()] };
    const index = buildTermIndex(content.glossary, docs);
    for (const term of content.glossary.filter((t) => !t.zhVariants?.length)) {
      // A direct search: every text block containing the term, minus blocks where a longer glossary term contains it.
      const longer = content.glossary
        .filter((o) => o.id !== term.id)
        .flatMap((o) => zhForms(o))
        .filter((f) => f !== term.zh && f.includes(term.zh));
      const direct = docs.zh.flatMap((d) =>
        d.blocks
          .filter((b) => b.component !== 'ProjectTable' && b.component !== 'DoubleTenTable')
          .map((b) => ({ id: b.id, text: longer.reduce((t, l) => t.split(l).join('\u0000'), plainText(b.inner)) }))
          .filter((b) => b.text.includes(term.zh))
          .map((b) => `${b.id}:${b.text.split(term.zh).length - 1}`),
      );
      const indexed = index.get(term.id)!.zh.map((o) => `${o.id}:${o.count}`);
      expect(indexed, term.zh).toEqual(direct);
    }
  });
});
