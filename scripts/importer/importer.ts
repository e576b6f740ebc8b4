// The importer as a pure function: source text + editorial config -> files to write.
import { allProjectRows } from './annex-parser.ts';
import { type DataFile, DOUBLE_TEN_COLUMNS, GROUP_COLUMNS, PROJECT_COLUMNS } from '#core/data/columns.ts';
import { type CsvRow, writeCsv } from '#core/data/csv.ts';
import { assignIds } from '#core/ids.ts';
import { chapterToMdx, type Erratum } from './mdx-writer.ts';
import { InputError, type DoubleTenRow, type ProjectGroup, type ProjectRow, type SourceReport } from '#core/model.ts';
import { CHAPTER_SLUG, chapterPrefix } from '#core/schema.ts';
import { parseSource } from './source-parser.ts';
import { normalizePunctuation, textKey } from '#core/text.ts';

export interface ImportConfig {
  sourceFile: string;
  slugs: readonly string[];
  errata: readonly Erratum[];
  /** Existing data files, so that English names and notes survive a re-import. */
  previous?: Partial<Record<DataFile, CsvRow[]>>;
}

export interface ImportResult {
  /** Path relative to content/ -> file text. */
  files: Map<string, string>;
  summary: { chapters: number; paragraphs: number; headings: number; projectRows: number; doubleTenRows: number };
  /** How the layout was read, and what was settled without the editor (duplicate numbering…). */
  notes: string[];
  report: SourceReport;
}

export function importReport(text: string, config: ImportConfig): ImportResult {
  const report = parseSource(text, config.sourceFile);
  if (config.slugs.length !== report.chapters.length) {
    throw new InputError('content/report.json', undefined, `field "slugs" lists ${config.slugs.length} chapters; the source has ${report.chapters.length}`);
  }
  config.slugs.forEach((slug, k) => {
    const want = chapterPrefix(k + 1);
    if (!CHAPTER_SLUG.test(slug) || !slug.startsWith(`${want}-`)) {
      throw new InputError('content/report.json', undefined, `field "slugs[${k}]": "${slug}" must look like "${want}-english-words"`);
    }
  });
  for (const e of config.errata) {
    const line = text.split('\n')[e.line - 1];
    if (line === undefined || !line.includes(e.text)) {
      throw new InputError('content/source/errata.json', undefined, `erratum for line ${e.line}: "${e.text}" does not occur on that line of the source`);
    }
  }

  const files = new Map<string, string>();
  const notes = [...report.notes];
  const summary = { chapters: 0, paragraphs: 0, headings: 0, projectRows: 0, doubleTenRows: 0 };
  const projects: ProjectRow[] = [];
  const groups: ProjectGroup[] = [];
  const doubleTen: DoubleTenRow[] = [];

  for (const chapter of report.chapters) {
    const slug = config.slugs[chapter.order - 1]!;
    const blocks = assignIds(chapter.order, chapter.blocks, (id, line, replacement) => {
      notes.push(
        `${config.sourceFile}:${line}: warning: the source numbers this heading like an earlier one (id "${id}"); it gets the id "${replacement}". Renumber it in the source to settle it`,
      );
    });
    const meta = {
      order: chapter.order,
      slug,
      lang: 'zh' as const,
      title: chapter.title,
      tocTitle: chapter.tocTitle,
      sourceLines: chapter.lines,
      translated: true,
      ...(chapter.department ? { department: chapter.department } : {}),
    };
    files.set(`chapters/zh/${slug}.mdx`, chapterToMdx(meta, blocks, config.errata, config.sourceFile));
    summary.chapters++;
    summary.paragraphs += blocks.filter((b) => b.kind === 'para').length;
    summary.headings += blocks.filter((b) => b.kind === 'part' || b.kind === 'section' || b.kind === 'sub').length;
    const data = allProjectRows(chapter.blocks);
    projects.push(...data.rows);
    groups.push(...data.groups);
    for (const b of chapter.blocks) if (b.kind === 'double-ten') doubleTen.push(...b.rows);
  }
  summary.projectRows = projects.length;
  summary.doubleTenRows = doubleTen.length;

  const noteFor = (line: number): Erratum | undefined => config.errata.find((e) => e.line === line);
  const projectRows: CsvRow[] = projects.map((r) => ({
    year: String(r.year),
    list: r.list,
    category: r.category,
    seq: r.seq === null ? '' : String(r.seq),
    name_zh: normalizePunctuation(r.nameZh),
    name_en: '',
    repeat_of: r.repeatOf === null ? '' : String(r.repeatOf),
    note_zh: noteFor(r.line)?.zh ?? '',
    note_en: noteFor(r.line)?.en ?? '',
    source_line: String(r.line),
  }));
  const groupRows: CsvRow[] = groups.map((g) => ({
    year: String(g.year),
    list: g.list,
    category: g.category,
    label_zh: normalizePunctuation(g.labelZh),
    label_en: '',
    stated_count: g.statedCount === null ? '' : String(g.statedCount),
    source_line: String(g.line),
  }));
  const doubleTenRows: CsvRow[] = doubleTen.map((r) => ({
    list: r.list,
    seq: String(r.seq),
    name_zh: normalizePunctuation(r.nameZh),
    name_en: '',
    source_line: String(r.line),
  }));

  carryOver(projectRows, config.previous?.['major-projects.csv'], (r) => `${r.year}|${r.list}|${r.seq}|${textKey(r.name_zh ?? '')}`, ['name_en', 'note_en']);
  carryOver(groupRows, config.previous?.['project-groups.csv'], (r) => `${r.year}|${r.list}|${r.category}`, ['label_en']);
  carryOver(doubleTenRows, config.previous?.['double-ten.csv'], (r) => `${r.list}|${r.seq}`, ['name_en']);

  files.set('data/major-projects.csv', writeCsv(projectRows, PROJECT_COLUMNS));
  files.set('data/project-groups.csv', writeCsv(groupRows, GROUP_COLUMNS));
  files.set('data/double-ten.csv', writeCsv(doubleTenRows, DOUBLE_TEN_COLUMNS));
  return { files, summary, notes, report };
}

/** Keep editor-written columns (English names) of rows that still exist after a re-import. */
function carryOver(rows: CsvRow[], previous: CsvRow[] | undefined, key: (r: CsvRow) => string, columns: readonly string[]): void {
  if (!previous) return;
  const byKey = new Map(previous.map((r) => [key(r), r]));
  for (const row of rows) {
    const old = byKey.get(key(row));
    if (!old) continue;
    for (const c of columns) if (old[c]) row[c] = old[c]!;
  }
}
