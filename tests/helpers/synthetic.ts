// Small synthetic inputs for the data scripts' unit tests: project rows and chapter documents, built through the
// real parsers so that the tests exercise the same code paths as the content files.
import { type ChapterDoc, parseChapterDoc } from '#core/chapter-doc.ts';
import { writeCsv } from '#core/data/csv.ts';
import { PROJECT_COLUMNS } from '#core/data/columns.ts';
import { type Project, parseProjects } from '#core/data/project-data.ts';
import { chapterPrefix } from '#core/schema.ts';

/** [year, list, category, seq (null = unnumbered), Chinese name, repeat_of?] */
export type RowSpec = [number, string, string, number | null, string, number?];

export function projectsCsv(rows: readonly RowSpec[]): string {
  return writeCsv(
    rows.map(([year, list, category, seq, name, repeatOf], k) => ({
      year: String(year),
      list,
      category,
      seq: seq === null ? '' : String(seq),
      name_zh: name,
      name_en: `EN ${name}`,
      repeat_of: repeatOf === undefined ? '' : String(repeatOf),
      note_zh: '',
      note_en: '',
      source_line: String(100 + k),
    })),
    PROJECT_COLUMNS,
  );
}

export function projects(rows: readonly RowSpec[], file = 'test/projects.csv'): Project[] {
  return parseProjects(projectsCsv(rows), file);
}

/** A chapter file: frontmatter for chapter `order` and one block per line. */
export function chapterDoc(blocks: readonly string[], order = 4, lang: 'zh' | 'en' = 'zh'): ChapterDoc {
  const slug = `${chapterPrefix(order)}-test`;
  const text = [
    '---',
    `order: ${order}`,
    `slug: ${slug}`,
    `lang: ${lang}`,
    'title: "T"',
    'tocTitle: "T"',
    'sourceLines: [1, 2]',
    'translated: true',
    '---',
    '',
    ...blocks.flatMap((b) => [b, '']),
  ].join('\n');
  return parseChapterDoc(text, `content/chapters/${lang}/${slug}.mdx`);
}
