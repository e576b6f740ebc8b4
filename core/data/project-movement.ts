// Which projects of one year's lists appear again in the next year's, and in which list. Pure.
//
// The matching rule, in order:
//   1. same name: the projectKey of the names is equal (spaces, punctuation and voltage ratings ignored);
//   2. known renames: content/data/project-renames.csv pairs a name of the earlier year with a name of the
//      later year where the lists name the same project differently ("淞沪路-三门路下立交主体" ->
//      "淞沪路-三门路下立交工程"), or where a project was split ("同济项目(…大楼、…大楼)" -> two rows).
// Nothing is matched by similarity alone: a pair the rule does not give is not a continuation.
import { readCsv } from './csv.ts';
import { InputError, PROJECT_LISTS, type ProjectList } from '../model.ts';
import type { Project } from './project-data.ts';
import { type DistinctProject, distinctProjects, projectKey } from './project-summary.ts';
import { textKey } from '../text.ts';

export const RENAMES_FILE = 'content/data/project-renames.csv';
export const RENAME_COLUMNS = ['from_year', 'from_name_zh', 'to_year', 'to_name_zh', 'note_zh', 'note_en'] as const;

export interface Rename {
  fromYear: number;
  fromName: string;
  toYear: number;
  toName: string;
  note: { zh: string; en: string };
  line: number;
}

export function parseRenames(text: string, file: string = RENAMES_FILE): Rename[] {
  return readCsv(text, file, RENAME_COLUMNS).map(({ line, row }) => {
    const year = (column: 'from_year' | 'to_year'): number => {
      if (!/^\d{4}$/.test(row[column]!)) throw new InputError(file, line, `column "${column}": "${row[column]}" is not a year`);
      return Number(row[column]);
    };
    for (const c of RENAME_COLUMNS) if (row[c]!.trim() === '') throw new InputError(file, line, `column "${c}" is empty`);
    return {
      fromYear: year('from_year'),
      fromName: row.from_name_zh!,
      toYear: year('to_year'),
      toName: row.to_name_zh!,
      note: { zh: row.note_zh!, en: row.note_en! },
      line,
    };
  });
}

export type MatchBasis = 'same-name' | 'normalized-name' | 'rename';

export interface Continuation {
  from: DistinctProject;
  to: DistinctProject;
  basis: MatchBasis;
  rename?: Rename;
}

/** A 2020 stage (or "new": not in the earlier lists) -> a 2021 stage (or "none": not in the later lists). */
export interface MovementCell {
  from: ProjectList | 'new';
  to: ProjectList | 'none';
  count: number;
}

export interface Movement {
  fromYear: number;
  toYear: number;
  /** Every earlier-year project, with the later-year projects that continue it (none, one, or several after a split). */
  earlier: { project: DistinctProject; next: Continuation[] }[];
  /** Every later-year project, with the earlier project it continues, if any. */
  later: { project: DistinctProject; previous: Continuation | undefined }[];
  /**
   * Counts by stage: a later-year project is counted once, under the stage of the project it continues (or "new");
   * an earlier project without continuation is counted under "none". So the later-year columns add up to the
   * later year's projects; an earlier project split into k later projects adds k to its row.
   */
  cells: MovementCell[];
  /** Earlier projects continued by more than one later project. */
  splits: number;
}

export const MOVEMENT_FROM = [...PROJECT_LISTS, 'new'] as const;
export const MOVEMENT_TO = [...PROJECT_LISTS, 'none'] as const;

export function movement(rows: readonly Project[], renames: readonly Rename[], fromYear: number, toYear: number, file: string = RENAMES_FILE): Movement {
  const earlier = distinctProjects(rows.filter((r) => r.year === fromYear));
  const later = distinctProjects(rows.filter((r) => r.year === toYear));
  const links: Continuation[] = [];

  for (const from of earlier) {
    const to = later.find((p) => p.key === from.key);
    if (to) links.push({ from, to, basis: textKey(from.rows[0]!.nameZh) === textKey(to.rows[0]!.nameZh) ? 'same-name' : 'normalized-name' });
  }
  for (const rename of renames.filter((r) => r.fromYear === fromYear && r.toYear === toYear)) {
    const find = (list: DistinctProject[], name: string, year: number): DistinctProject => {
      const p = list.find((x) => x.key === projectKey(name));
      if (!p) throw new InputError(file, rename.line, `no ${year} project is named "${name}"`);
      return p;
    };
    const from = find(earlier, rename.fromName, fromYear);
    const to = find(later, rename.toName, toYear);
    if (from.key === to.key)
      throw new InputError(file, rename.line, `"${rename.fromName}" and "${rename.toName}" already match by name; the rename is not needed`);
    links.push({ from, to, basis: 'rename', rename });
  }
  for (const to of later) {
    const origins = links.filter((l) => l.to === to);
    if (origins.length > 1) {
      const line = origins.find((l) => l.rename)?.rename?.line;
      throw new InputError(
        file,
        line,
        `the ${toYear} project "${to.rows[0]!.nameZh}" would continue ${origins.length} ${fromYear} projects (${origins.map((o) => `"${o.from.rows[0]!.nameZh}"`).join(', ')})`,
      );
    }
  }

  const cells: MovementCell[] = MOVEMENT_FROM.flatMap((f) => MOVEMENT_TO.map((t) => ({ from: f, to: t, count: 0 })));
  const add = (from: MovementCell['from'], to: MovementCell['to']): void => {
    cells.find((c) => c.from === from && c.to === to)!.count++;
  };
  const laterView = later.map((project) => {
    const previous = links.find((l) => l.to === project);
    add(previous ? previous.from.stage : 'new', project.stage);
    return { project, previous };
  });
  const earlierView = earlier.map((project) => {
    const next = links.filter((l) => l.from === project);
    if (next.length === 0) add(project.stage, 'none');
    return { project, next };
  });
  return { fromYear, toYear, earlier: earlierView, later: laterView, cells, splits: earlierView.filter((e) => e.next.length > 1).length };
}
