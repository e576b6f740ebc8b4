// The attachment data as the site reads it (Vite imports the CSV text, so edits rebuild the pages).
import { parseDoubleTenCsv, parseGroups, parseProjects, tableGroups as groupRows } from '#core/data/project-data.ts';
import type { ProjectList } from '#core/model.ts';
import projectsCsv from '../../content/data/major-projects.csv?raw';
import groupsCsv from '../../content/data/project-groups.csv?raw';
import doubleTenCsv from '../../content/data/double-ten.csv?raw';

export const projects = parseProjects(projectsCsv);
export const groups = parseGroups(groupsCsv);
export const doubleTen = parseDoubleTenCsv(doubleTenCsv);

export const tableGroups = (year: number, list: ProjectList) => groupRows(groups, projects, year, list);
