// The scale benchmark's synthetic report: copies of the real chapters, renumbered, that pass every check the build
// runs on content (schema with three-digit chapter numbers, ids, zh/en parity, glossary) and the data phase.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseChapterDoc } from '#core/chapter-doc.ts';
import { checkContent, type ContentTree } from '../../scripts/checks/content-check.ts';
import { diskTree } from '../../scripts/checks/fs-tree.ts';
import { KEY_FIGURES_FILE } from '#core/data/key-figures.ts';
import { ROOT } from '../../scripts/shared/project.ts';
import { reportDataFromFiles } from '#core/data/report-data.ts';
import { type ChapterFile, renumberChapter, reportTextBytes, syntheticReport } from '../../scripts/benchmark/synthetic-report.ts';

const disk = diskTree(ROOT);
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
const real: ChapterFile[] = (['zh', 'en'] as const).flatMap((lang) =>
  disk.list(lang).map((name) => ({ lang, name, text: read(`content/chapters/${lang}/${name}`) })),
);
const report = JSON.parse(read('content/report.json')) as { slugs: string[] };
const keyFigures = JSON.parse(read(KEY_FIGURES_FILE)) as { figures: { id: string; paragraph: string }[] };
const n = report.slugs.length;

/** The real content tree with the synthetic files laid over it. */
function overlay(files: ReadonlyMap<string, string>): ContentTree {
  return {
    list: (lang) =>
      [...new Set([...disk.list(lang), ...[...files.keys()].filter((p) => p.startsWith(`content/chapters/${lang}/`)).map((p) => p.split('/').pop()!)])].sort(),
    read: (path) => files.get(path) ?? disk.read(path),
  };
}

describe('renumbering a chapter', () => {
  const source = real.find((c) => c.lang === 'zh' && c.name.startsWith('04-'))!;
  const copy = renumberChapter(source.text, source.name, 104);
  const before = parseChapterDoc(source.text, source.name);
  const after = parseChapterDoc(copy.text, copy.name);

  it('moves the frontmatter, the file name and every block id to the new number', () => {
    expect(copy.name).toBe(`104-${source.name.slice(3)}`);
    expect(after.data).toMatchObject({
      order: 104,
      slug: copy.name.replace(/\.mdx$/, ''),
      lang: 'zh',
      title: `${String(before.data.title)} (104)`,
      sourceLines: before.data.sourceLines,
    });
    expect(after.blocks.every((b) => /^(c104-|p-104-)/.test(b.id))).toBe(true);
    expect(after.blocks.find((b) => b.component === 'Para')!.id).toBe('p-104-1');
  });

  it('keeps the text of every block and leaves out the attachment tables', () => {
    const kept = before.blocks.filter((b) => !['ProjectTable', 'DoubleTenTable'].includes(b.component));
    expect(kept.length).toBeLessThan(before.blocks.length);
    expect(after.blocks.map((b) => [b.component, b.inner])).toEqual(kept.map((b) => [b.component, b.inner]));
  });
});

describe('a synthetic report ten times the size', () => {
  const synthetic = syntheticReport({ chapters: real, report, keyFigures, factor: 10 });
  const tree = overlay(synthetic.files);

  it('has ten times the chapters in both languages, numbered on to three digits, listed in report.json', () => {
    expect(synthetic.chapters).toBe(10 * n);
    expect(tree.list('zh')).toHaveLength(10 * n);
    expect(tree.list('en')).toHaveLength(10 * n);
    const slugs = (JSON.parse(synthetic.files.get('content/report.json')!) as { slugs: string[] }).slugs;
    expect(slugs).toHaveLength(10 * n);
    expect(slugs.slice(0, n)).toEqual(report.slugs);
    expect(slugs[99]).toBe(`100-${report.slugs[99 % n]!.replace(/^\d+-/, '')}`);
    expect(slugs.map((s) => Number.parseInt(s, 10))).toEqual(slugs.map((_, k) => k + 1));
  });

  it('has ten times the text', () => {
    const chapters = (['zh', 'en'] as const).flatMap((lang) =>
      tree.list(lang).map((name) => ({ lang, name, text: tree.read(`content/chapters/${lang}/${name}`)! })),
    );
    expect(reportTextBytes(chapters)).toBe(10 * reportTextBytes(real));
  });

  it('passes the pre-build content checks', () => {
    expect(checkContent(tree).problems).toEqual([]);
  });

  it('passes the data phase: one annex chapter, every total reconciled, key figures for every chapter', () => {
    const { content } = checkContent(tree);
    const byOrder = (docs: typeof content.zh) => new Map([...docs.values()].map((d) => [Number(d.data.order), d]));
    const zh = byOrder(content.zh);
    const data = reportDataFromFiles((path) => tree.read(path) ?? read(path), zh, byOrder(content.en));
    expect(data.keyFigures).toHaveLength(10 * keyFigures.figures.length);
    expect(new Set(data.keyFigures.map((f) => f.chapter)).size).toBe(10 * n);
  });

  it('refuses a factor below 2 and more chapters than a report may have', () => {
    expect(() => syntheticReport({ chapters: real, report, keyFigures, factor: 1 })).toThrow(/at least 2/);
    expect(() => syntheticReport({ chapters: real, report, keyFigures, factor: 100 })).toThrow(/more than the 999 chapters/);
  });
});
