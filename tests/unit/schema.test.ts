// Chapter numbers and slugs: two digits up to 99, three beyond (a report of more than 99 chapters, as the scale
// benchmark builds), always the chapter's own number.
import { describe, expect, it } from 'vitest';
import { checkContent, type ContentTree } from '../../scripts/checks/content-check.ts';
import { chapterPrefix, chapterSchema, slugOrder } from '#core/schema.ts';

const front = (order: number, slug: string) => ({ order, slug, lang: 'zh', title: 'T', tocTitle: 'T', sourceLines: [1, 2], translated: true });

describe('chapter numbers', () => {
  it('pads to two digits and reads any number back', () => {
    expect([3, 12, 104].map(chapterPrefix)).toEqual(['03', '12', '104']);
    expect(['03-x', '12-two-words', '104-x'].map(slugOrder)).toEqual([3, 12, 104]);
  });

  it('accepts chapters 1 to 999 with two- or three-digit slugs', () => {
    for (const [order, slug] of [
      [1, '01-a'],
      [99, '99-a-b'],
      [100, '100-a'],
      [999, '999-z9'],
    ] as const)
      expect(chapterSchema.safeParse(front(order, slug)).success).toBe(true);
  });

  it('refuses chapter 1000, one digit, four digits and a padded three-digit number', () => {
    expect(chapterSchema.safeParse(front(1000, '1000-a')).success).toBe(false);
    for (const slug of ['3-a', '0003-a', '003-a', '104_a', '104-']) expect(chapterSchema.safeParse(front(3, slug)).success, slug).toBe(false);
  });
});

describe('content checks with three-digit chapters', () => {
  const chapter = (order: number, slug: string): string =>
    [
      '---',
      `order: ${order}`,
      `slug: ${slug}`,
      'lang: zh',
      'title: "T"',
      'tocTitle: "T"',
      'sourceLines: [1, 2]',
      'translated: false',
      '---',
      '',
      `<Para id="p-${order}-1">文本</Para>`,
      '',
    ].join('\n');
  const tree = (files: Record<string, string>): ContentTree => ({
    list: (lang) =>
      Object.keys(files)
        .filter((p) => p.startsWith(`content/chapters/${lang}/`))
        .map((p) => p.split('/').pop()!),
    read: (path) => files[path],
  });

  it('take "104-x" as chapter 104 and name a number that does not match its slug', () => {
    const problems = checkContent(
      tree({
        'content/chapters/zh/104-x.mdx': chapter(104, '104-x'),
        'content/chapters/zh/105-y.mdx': chapter(15, '105-y'),
      }),
    ).problems.filter((p) => p.startsWith('content/chapters/'));
    expect(problems).toEqual(['content/chapters/zh/105-y.mdx: frontmatter field "order" (15) does not match the slug "105-y"']);
  });
});
