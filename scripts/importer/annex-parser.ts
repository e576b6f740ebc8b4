// Attachment tables flattened one cell per line -> rows. Pure: no file system.
//
// What the real source does, and this parser copes with:
// - header cells "分类 / 序号 / 项目名称" each on a line;
// - category labels split over up to three lines ("高校" / "项目" / "(3项)", "社会事" / "业项目" / "(9项)");
// - a name split over two lines ("上海财经大学27号学生宿舍" / "(18号线结建)");
// - empty cells as lines holding only NBSP; an empty sequence cell followed by a name is an unnumbered row;
// - a closing "共计(29项)" cell.
import type { Line } from './source-lines.ts';
import {
  type Block,
  type DoubleTenRow,
  InputError,
  type ProjectCategory,
  type ProjectGroup,
  type ProjectList,
  type ProjectRow,
  type ProjectTable,
} from '#core/model.ts';
import { clean, squeeze, textKey } from '#core/text.ts';

const CATEGORY_START = /^(基础|社会|功能|高校)/;
const COUNT = /[((]\s*(\d+)\s*项\s*[))]/;
const HEADER_CELLS = new Set(['分类', '序号', '项目名称', '十大开工项目', '十大竣工项目']);

export function categoryOf(label: string): ProjectCategory | undefined {
  if (label.includes('基础')) return 'infrastructure';
  if (label.includes('社会')) return 'social';
  if (label.includes('功能')) return 'functional';
  if (label.includes('高校')) return 'university';
  return undefined;
}

export function parseProjectTable(region: Line[], year: number, list: ProjectList, file: string): ProjectTable {
  const table: ProjectTable = { year, list, groups: [], rows: [], totalZh: null, line: region[0]?.n ?? 0 };
  let group: ProjectGroup | null = null;
  let label: { parts: string[]; line: number } | null = null;
  let pendingSeq: { seq: number; line: number } | null = null;
  let emptyCell = false;
  let inHeader = true;

  for (const { n, raw } of region) {
    const t = clean(raw);
    if (t === '') {
      // A line of NBSP is an empty table cell; a truly empty line only separates cells.
      if (raw.length > 0) emptyCell = true;
      continue;
    }
    if (inHeader && HEADER_CELLS.has(t)) continue;
    inHeader = false;

    if (label || (CATEGORY_START.test(t) && !pendingSeq)) {
      label ??= { parts: [], line: n };
      label.parts.push(squeeze(t).replace(/\s+/g, ''));
      const joined = label.parts.join('');
      if (COUNT.test(joined) || label.parts.length > 3) {
        const category = categoryOf(joined);
        if (!category) throw new InputError(file, label.line, `unknown project category "${joined}" (expected 基础设施, 社会事业, 功能性 or 高校)`);
        group = { year, list, category, labelZh: joined, statedCount: Number(COUNT.exec(joined)?.[1] ?? NaN) || null, line: label.line };
        table.groups.push(group);
        label = null;
      }
      emptyCell = false;
      continue;
    }
    if (/^共计/.test(t)) {
      table.totalZh = squeeze(t);
      continue;
    }
    if (/^\d+$/.test(t)) {
      if (pendingSeq) throw new InputError(file, pendingSeq.line, `sequence number ${pendingSeq.seq} has no project name`);
      pendingSeq = { seq: Number(t), line: n };
      emptyCell = false;
      continue;
    }
    if (!group) throw new InputError(file, n, `project "${t}" comes before any category label`);
    const last = table.rows[table.rows.length - 1];
    if (pendingSeq || emptyCell || !last) {
      table.rows.push({ year, list, category: group.category, seq: pendingSeq?.seq ?? null, nameZh: squeeze(t), repeatOf: null, line: n });
      pendingSeq = null;
    } else {
      // A name carried over to the next line: join without a space, as Chinese is written.
      last.nameZh += squeeze(t);
    }
    emptyCell = false;
  }
  if (label) throw new InputError(file, label.line, `category label "${label.parts.join('')}" never states its count "(N项)"`);
  if (pendingSeq) throw new InputError(file, pendingSeq.line, `sequence number ${pendingSeq.seq} has no project name`);
  if (table.rows.length === 0) throw new InputError(file, table.line, 'the project table has no rows');
  return table;
}

/** Attachment 3: two lists side by side, four cells a row: seq, new start, seq, completion. */
export function parseDoubleTen(region: Line[], file: string): DoubleTenRow[] {
  const cells = region.map((l) => ({ n: l.n, t: clean(l.raw) })).filter((c) => c.t !== '' && !HEADER_CELLS.has(c.t));
  if (cells.length % 4 !== 0) {
    throw new InputError(
      file,
      cells[cells.length - 1]?.n ?? region[0]?.n,
      `the "double ten" table has ${cells.length} cells; expected rows of 4 (seq, new start, seq, completion)`,
    );
  }
  const rows: DoubleTenRow[] = [];
  for (let k = 0; k < cells.length; k += 4) {
    const [s1, n1, s2, n2] = cells.slice(k, k + 4) as [(typeof cells)[0], (typeof cells)[0], (typeof cells)[0], (typeof cells)[0]];
    for (const [seq, name, list] of [
      [s1, n1, 'new-start'],
      [s2, n2, 'completed'],
    ] as const) {
      if (!/^\d+$/.test(seq.t)) throw new InputError(file, seq.n, `expected a sequence number, found "${seq.t}"`);
      rows.push({ list, seq: Number(seq.t), nameZh: squeeze(name.t), line: seq.n });
    }
  }
  return rows;
}

/** Unnumbered rows that repeat a numbered row of the same year's attachment point at it. */
export function linkRepeats(blocks: Block[]): void {
  const tables = blocks.flatMap((b) => (b.kind === 'projects' ? [b.table] : []));
  for (const table of tables) {
    for (const row of table.rows) {
      if (row.seq !== null) continue;
      const twin = tables
        .filter((t) => t.year === table.year)
        .flatMap((t) => t.rows)
        .find((r) => r.seq !== null && textKey(r.nameZh) === textKey(row.nameZh));
      row.repeatOf = twin?.seq ?? null;
    }
  }
}

export function allProjectRows(blocks: Block[]): { rows: ProjectRow[]; groups: ProjectGroup[]; tables: ProjectTable[] } {
  const tables = blocks.flatMap((b) => (b.kind === 'projects' ? [b.table] : []));
  return { tables, rows: tables.flatMap((t) => t.rows), groups: tables.flatMap((t) => t.groups) };
}
