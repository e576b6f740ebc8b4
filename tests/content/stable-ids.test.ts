// Deep links stay valid: every chapter and block id ever published for this report still exists, in both languages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/checks/content-check.ts';
import { diskTree } from '../../scripts/checks/fs-tree.ts';
import { ROOT, reportConfig } from '../../scripts/shared/project.ts';

const published = JSON.parse(readFileSync(new URL('../fixtures/published-ids.json', import.meta.url), 'utf8')) as {
  source: string;
  chapters: Record<string, string[]>;
};
const { content } = checkContent(diskTree(ROOT));
// Another report in content/ has its own ids; the list guards the report it was taken from.
const sameReport = reportConfig().source === published.source;

describe.skipIf(!sameReport)(`the ids published for ${published.source}`, () => {
  it.each(Object.keys(published.chapters))('%s keeps its slug and every block id, in zh and en', (slug) => {
    for (const lang of ['zh', 'en'] as const) {
      const doc = content[lang].get(`${slug}.mdx`);
      expect(doc, `content/chapters/${lang}/${slug}.mdx`).toBeDefined();
      const ids = new Set(doc!.blocks.map((b) => b.id));
      expect(
        published.chapters[slug]!.filter((id) => !ids.has(id)),
        `${lang} ids gone`,
      ).toEqual([]);
    }
  });
});
