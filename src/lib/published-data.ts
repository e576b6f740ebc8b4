// The downloadable data files (/data/*.csv, *.json): the same for both languages, UTF-8, RFC 4180 (CRLF,
// quoting by d3-dsv); each CSV starts with a byte-order mark, so Excel reads it as UTF-8 when opened directly. Each CSV has a JSON twin with the same columns, numbers as numbers and blanks as null. Pure.
import { writeCsv } from '#core/data/csv.ts';
import type { DoubleTen, Project } from '#core/data/project-data.ts';

export type Cell = string | number | null;
export type Row = Record<string, Cell>;

export interface Table {
  columns: readonly string[];
  rows: Row[];
}

export const PUBLISHED_PROJECT_COLUMNS = ['year', 'list', 'category', 'seq', 'name_zh', 'name_en', 'repeat_of', 'note_zh', 'note_en'] as const;
export const PUBLISHED_DOUBLE_TEN_COLUMNS = ['list', 'seq', 'name_zh', 'name_en'] as const;

export function projectTable(projects: readonly Project[]): Table {
  return {
    columns: PUBLISHED_PROJECT_COLUMNS,
    rows: projects.map((p) => ({
      year: p.year,
      list: p.list,
      category: p.category,
      seq: p.seq,
      name_zh: p.nameZh,
      name_en: p.nameEn,
      repeat_of: p.repeatOf,
      note_zh: p.noteZh || null,
      note_en: p.noteEn || null,
    })),
  };
}

export function doubleTenTable(rows: readonly DoubleTen[]): Table {
  return { columns: PUBLISHED_DOUBLE_TEN_COLUMNS, rows: rows.map((d) => ({ list: d.list, seq: d.seq, name_zh: d.nameZh, name_en: d.nameEn })) };
}

/** U+FEFF, which UTF-8 encodes as EF BB BF: without it Excel opens a double-clicked CSV in the system's code page. */
export const CSV_BOM = '\ufeff';

export function tableCsv(table: Table): string {
  return (
    CSV_BOM +
    writeCsv(
      table.rows.map((r) => Object.fromEntries(table.columns.map((c) => [c, r[c] === null || r[c] === undefined ? '' : String(r[c])]))),
      table.columns,
      '\r\n',
    )
  );
}

export function tableJson(table: Table): string {
  return `${JSON.stringify(
    table.rows.map((r) => Object.fromEntries(table.columns.map((c) => [c, r[c] ?? null]))),
    null,
    1,
  )}\n`;
}
