// The attachment data as the site reads it (Vite imports the CSV text, so edits rebuild the pages).
import { DATA_FILES, type Project, parseDoubleTenCsv, parseGroups, parseProjects, tableGroups as groupRows } from '#core/data/project-data.ts';
import { projectRowIds } from '#core/ids.ts';
import type { ProjectList } from '#core/model.ts';
import projectsCsv from '../../content/data/major-projects.csv?raw';
import groupsCsv from '../../content/data/project-groups.csv?raw';
import doubleTenCsv from '../../content/data/double-ten.csv?raw';

export const projects = parseProjects(projectsCsv);
export const groups = parseGroups(groupsCsv);
export const doubleTen = parseDoubleTenCsv(doubleTenCsv);

export const tableGroups = (year: number, list: ProjectList) => groupRows(groups, projects, year, list);

const ids = new Map<Project, string>(projectRowIds(projects).map((id, k) => [projects[k]!, id]));

/** The anchor id of a project row, the same on the data page's explorer and in both languages. */
export function projectRowId(row: Project): string {
  const id = ids.get(row);
  if (id === undefined) throw new Error(`not a row of ${DATA_FILES.projects}: ${row.nameZh}`);
  return id;
}
