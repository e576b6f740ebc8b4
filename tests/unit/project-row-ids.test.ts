// Anchor ids of project rows (core/ids.ts): derived from year, list and printed number, stable for unnumbered rows,
// unique, and those of the committed data unchanged in form.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, parseProjects } from '#core/data/project-data.ts';
import { projectRowIds } from '#core/ids.ts';
import { ROOT } from '../../scripts/shared/project.ts';

const row = (year: number, list: string, seq: number | null, repeatOf: number | null = null) => ({ year, list, seq, repeatOf });

describe('projectRowIds', () => {
  it('names a numbered row by year, list and number', () => {
    expect(projectRowIds([row(2021, 'new-start', 12), row(2020, 'completed', 1)])).toEqual(['project-2021-new-start-12', 'project-2020-completed-1']);
  });

  it('names an unnumbered row by the number it repeats, or by its place among the unnumbered rows of its table', () => {
    expect(
      projectRowIds([
        row(2021, 'completed', 14),
        row(2021, 'completed', null, 14),
        row(2021, 'completed', null),
        row(2020, 'completed', null),
        row(2021, 'completed', null),
      ]),
    ).toEqual([
      'project-2021-completed-14',
      'project-2021-completed-14-repeat',
      'project-2021-completed-u1',
      'project-2020-completed-u1',
      'project-2021-completed-u2',
    ]);
  });

  it('keeps ids unique when rows coincide', () => {
    expect(projectRowIds([row(2021, 'preparatory', 3), row(2021, 'preparatory', 3), row(2021, 'preparatory', 3)])).toEqual([
      'project-2021-preparatory-3',
      'project-2021-preparatory-3-b',
      'project-2021-preparatory-3-c',
    ]);
  });

  it('gives every committed row a distinct ASCII id', () => {
    const projects = parseProjects(readFileSync(join(ROOT, DATA_FILES.projects), 'utf8'));
    const ids = projectRowIds(projects);
    expect(new Set(ids).size).toBe(projects.length);
    for (const id of ids) expect(id).toMatch(/^project-\d{4}-[a-z-]+-\d+(-repeat)?(-[b-z])?$|^project-\d{4}-[a-z-]+-u\d+$/);
  });
});
