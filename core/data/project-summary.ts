// Counting the attachment rows: printed rows, distinct projects, and the year x list x category table. Pure.
//
// What "one project" means here: within one year, rows whose names share a projectKey are one project. The
// report prints a project twice when it starts and completes in the same year — in 2021 as an unnumbered row
// with repeat_of, in 2020 as a numbered row in both lists — and its own totals (78 projects in 2020, 100 in
// 2021) count such a project once.
import { InputError, PROJECT_CATEGORIES, PROJECT_LISTS, type ProjectCategory, type ProjectList } from '../model.ts';
import { DATA_FILES, type Project } from './project-data.ts';
import { textKey } from '../text.ts';

/**
 * The comparison key of a project name: textKey (spaces and punctuation folded) without voltage ratings,
 * which the lists add or drop from year to year ("世界路变电站(110KV)" in 2020, "世界路变电站" in 2021).
 */
export function projectKey(nameZh: string): string {
  return textKey(nameZh).replace(/\d+(?:kv|千伏)/gi, '');
}

/** How far along a project is; a project printed in two lists of a year is at the later stage. */
const STAGE_RANK: Record<ProjectList, number> = { preparatory: 0, 'new-start': 1, 'under-construction': 2, completed: 3 };

export interface DistinctProject {
  year: number;
  key: string;
  /** The rows that print it, in file order (usually one; two when it starts and completes in the year). */
  rows: Project[];
  /** The list that says how far it is in the year: completed > under construction > new start > preparatory. */
  stage: ProjectList;
}

export const later = (a: ProjectList, b: ProjectList): ProjectList => (STAGE_RANK[b] > STAGE_RANK[a] ? b : a);

/** Rows of one year grouped into projects by projectKey, in order of first appearance. */
export function distinctProjects(rows: readonly Project[]): DistinctProject[] {
  const byKey = new Map<string, DistinctProject>();
  for (const row of rows) {
    const id = `${row.year}\u0000${projectKey(row.nameZh)}`;
    const p = byKey.get(id);
    if (p) {
      p.rows.push(row);
      p.stage = later(p.stage, row.list);
    } else byKey.set(id, { year: row.year, key: projectKey(row.nameZh), rows: [row], stage: row.list });
  }
  return [...byKey.values()];
}

/**
 * Every unnumbered repeat must point at a numbered row of the same year with the same name
 * (the importer sets repeat_of by name; an edit that breaks the link is caught here).
 */
export function checkRepeats(rows: readonly Project[], file: string = DATA_FILES.projects): void {
  for (const row of rows.filter((r) => r.repeatOf !== null)) {
    const target = rows.find((r) => r.year === row.year && r.seq === row.repeatOf);
    if (!target) throw new InputError(file, row.line, `column "repeat_of": no ${row.year} row has seq ${row.repeatOf}`);
    if (projectKey(target.nameZh) !== projectKey(row.nameZh)) {
      throw new InputError(file, row.line, `column "repeat_of": row ${row.repeatOf} of ${row.year} is "${target.nameZh}", not "${row.nameZh}"`);
    }
    if (row.seq !== null) throw new InputError(file, row.line, `column "repeat_of": a repeat row prints no sequence number, but seq is ${row.seq}`);
  }
}

/** Which rows a stated total is about: one year, optionally some lists and some categories. */
export interface Scope {
  year: number;
  lists?: readonly ProjectList[];
  categories?: readonly ProjectCategory[];
}

export function inScope(row: Project, scope: Scope): boolean {
  return row.year === scope.year && (!scope.lists || scope.lists.includes(row.list)) && (!scope.categories || scope.categories.includes(row.category));
}

export interface Tally {
  /** Rows printed in the scope. */
  rows: number;
  /** Distinct projects among them (a project printed twice within the scope counts once). */
  projects: number;
}

export function tally(rows: readonly Project[], scope: Scope): Tally {
  const mine = rows.filter((r) => inScope(r, scope));
  return { rows: mine.length, projects: distinctProjects(mine).length };
}

export interface CountCell {
  year: number;
  list: ProjectList;
  category: ProjectCategory;
  rows: number;
}

export interface YearCounts {
  year: number;
  cells: CountCell[];
  /** Rows per list, as the list headings count them. */
  lists: Record<ProjectList, number>;
  /** Rows per category over all lists. */
  categories: Record<ProjectCategory, Tally>;
  total: Tally;
}

/** The year x list x category table; every combination is present (0 where no row). */
export function countTable(rows: readonly Project[]): YearCounts[] {
  const years = [...new Set(rows.map((r) => r.year))].sort();
  return years.map((year) => {
    const cells = PROJECT_LISTS.flatMap((list) =>
      PROJECT_CATEGORIES.map((category) => ({ year, list, category, rows: tally(rows, { year, lists: [list], categories: [category] }).rows })),
    );
    const lists = Object.fromEntries(PROJECT_LISTS.map((list) => [list, tally(rows, { year, lists: [list] }).rows])) as Record<ProjectList, number>;
    const categories = Object.fromEntries(PROJECT_CATEGORIES.map((c) => [c, tally(rows, { year, categories: [c] })])) as Record<ProjectCategory, Tally>;
    return { year, cells, lists, categories, total: tally(rows, { year }) };
  });
}
