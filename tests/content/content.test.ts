// The committed content: valid, structurally parallel, and every translation keeps numbers, terms and script.
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/checks/content-check.ts';
import { diskTree } from '../../scripts/checks/fs-tree.ts';
import { ROOT, reportConfig } from '../../scripts/shared/project.ts';
import { checkTranslation } from '#core/translation/translation-check.ts';

const { problems, content } = checkContent(diskTree(ROOT));

describe('content/', () => {
  it('passes the pre-build checks (schema, ids, data files, glossary, i18n keys)', () => {
    expect(problems).toEqual([]);
  });

  it('has a Chinese chapter for every slug content/report.json lists', () => {
    expect([...content.zh.values()].map((d) => String(d.data.slug)).sort()).toEqual([...reportConfig().slugs].sort());
  });

  const translated = [...content.en.entries()].filter(([, d]) => d.data.translated);
  it.each(translated.map(([name]) => name))('English %s keeps ids, numbers, glossary terms and script', (name) => {
    const issues = checkTranslation(content.zh.get(name)!, content.en.get(name)!, content.glossary);
    expect(issues.map((i) => `${i.file}:${i.line} [${i.kind}] ${i.id} ${i.message}`)).toEqual([]);
  });

  it.each(translated.map(([name]) => name))('English %s has exactly the Chinese ids, in order', (name) => {
    expect(content.en.get(name)!.blocks.map((b) => b.id)).toEqual(content.zh.get(name)!.blocks.map((b) => b.id));
  });

  it.each([...content.en.keys()])('English %s has curly quotes in its titles (“ ” and ’, no straight quotes)', (name) => {
    const { title, tocTitle } = content.en.get(name)!.data as { title: string; tocTitle: string };
    for (const value of [title, tocTitle]) expect(value).not.toMatch(/["']/);
  });
});
