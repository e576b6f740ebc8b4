// The attachment tables' data files (content/data/*.csv) parsed into typed rows, validated as read. Pure.
import { oneOf, readCsv } from './csv.ts';
import { DOUBLE_TEN_COLUMNS, GROUP_COLUMNS, PROJECT_COLUMNS } from './columns.ts';
import { InputError, PROJECT_CATEGORIES, PROJECT_LISTS, type ProjectCategory, type ProjectList } from '../model.ts';

export interface Project {
  year: number;
  list: ProjectList;
  category: ProjectCategory;
  seq: number | null;
  nameZh: string;
  nameEn: string;
  repeatOf: number | null;
  noteZh: string;
  noteEn: string;
  line: number;
}

export interface Group {
  year: number;
  list: ProjectList;
  category: ProjectCategory;
  labelZh: string;
  labelEn: string;
  statedCount: number | null;
  line: number;
}

export interface DoubleTen {
  list: 'new-start' | 'completed';
  seq: number;
  nameZh: string;
  nameEn: string;
  line: number;
}

export const DATA_FILES = {
  projects: 'content/data/major-projects.csv',
  groups: 'content/data/project-groups.csv',
  doubleTen: 'content/data/double-ten.csv',
} as const;

function int(value: string, file: string, line: number, column: string, optional = false): number | null {
  if (value === '' && optional) return null;
  if (!/^\d+$/.test(value)) throw new InputError(file, line, `column "${column}": "${value}" is not a whole number`);
  return Number(value);
}

function required(value: string, file: string, line: number, column: string): string {
  if (value.trim() === '') throw new InputError(file, line, `column "${column}" is empty`);
  return value;
}

export function parseProjects(text: string, file: string = DATA_FILES.projects): Project[] {
  return readCsv(text, file, PROJECT_COLUMNS).map(({ line, row }) => ({
    year: int(row.year!, file, line, 'year')!,
    list: oneOf(row.list!, PROJECT_LISTS, file, line, 'list'),
    category: oneOf(row.category!, PROJECT_CATEGORIES, file, line, 'category'),
    seq: int(row.seq!, file, line, 'seq', true),
    nameZh: required(row.name_zh!, file, line, 'name_zh'),
    nameEn: row.name_en!,
    repeatOf: int(row.repeat_of!, file, line, 'repeat_of', true),
    noteZh: row.note_zh!,
    noteEn: row.note_en!,
    line,
  }));
}

export function parseGroups(text: string, file: string = DATA_FILES.groups): Group[] {
  return readCsv(text, file, GROUP_COLUMNS).map(({ line, row }) => ({
    year: int(row.year!, file, line, 'year')!,
    list: oneOf(row.list!, PROJECT_LISTS, file, line, 'list'),
    category: oneOf(row.category!, PROJECT_CATEGORIES, file, line, 'category'),
    labelZh: required(row.label_zh!, file, line, 'label_zh'),
    labelEn: row.label_en!,
    statedCount: int(row.stated_count!, file, line, 'stated_count', true),
    line,
  }));
}

export function parseDoubleTenCsv(text: string, file: string = DATA_FILES.doubleTen): DoubleTen[] {
  return readCsv(text, file, DOUBLE_TEN_COLUMNS).map(({ line, row }) => ({
    list: oneOf(row.list!, ['new-start', 'completed'] as const, file, line, 'list'),
    seq: int(row.seq!, file, line, 'seq')!,
    nameZh: required(row.name_zh!, file, line, 'name_zh'),
    nameEn: row.name_en!,
    line,
  }));
}

/** Rows of one printed table, grouped under their category label cells in printed order. */
export function tableGroups(groups: readonly Group[], projects: readonly Project[], year: number, list: ProjectList): { group: Group; rows: Project[] }[] {
  const mine = groups.filter((g) => g.year === year && g.list === list);
  if (mine.length === 0) throw new InputError(DATA_FILES.groups, undefined, `no category rows for year ${year}, list "${list}"`);
  return mine.map((group) => ({ group, rows: projects.filter((p) => p.year === year && p.list === list && p.category === group.category) }));
}
