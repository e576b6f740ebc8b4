// Counting the attachment rows: distinct projects, repeats, the year x list x category table.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_LISTS } from '#core/model.ts';
import { parseGroups, parseProjects } from '#core/data/project-data.ts';
import { ROOT } from '../../scripts/shared/project.ts';
import { checkRepeats, countTable, distinctProjects, projectKey, tally } from '#core/data/project-summary.ts';
import { projects } from '../helpers/synthetic.ts';

describe('projectKey', () => {
  it('ignores spaces, punctuation width and voltage ratings, and nothing else', () => {
    expect(projectKey('世界路变电站（110KV）')).toBe(projectKey('世界路变电站'));
    expect(projectKey('仁德220kV变电站')).toBe(projectKey('仁德变电站'));
    expect(projectKey('110千伏杨树浦变电站')).toBe(projectKey('杨树浦变电站'));
    expect(projectKey('淞沪路-三门路 下立交')).toBe(projectKey('淞沪路三门路下立交'));
    expect(projectKey('轨道交通18号线')).not.toBe(projectKey('轨道交通10号线'));
    expect(projectKey('新江湾城F1-A商办项目')).not.toBe(projectKey('新江湾城F1-B商办项目'));
  });
});

describe('distinct projects (synthetic)', () => {
  const rows = projects([
    [2020, 'new-start', 'social', 1, '甲中心'],
    [2020, 'new-start', 'social', 2, '乙学校'],
    [2020, 'completed', 'social', 1, '甲中心'],
    [2021, 'new-start', 'functional', 1, '丙装修'],
    [2021, 'completed', 'functional', null, '丙装修', 1],
    [2021, 'preparatory', 'university', 2, '甲中心'],
  ]);

  it('one project per name and year, at its later stage', () => {
    const y2020 = distinctProjects(rows.filter((r) => r.year === 2020));
    expect(y2020.map((p) => [p.rows[0]!.nameZh, p.stage, p.rows.length])).toEqual([
      ['甲中心', 'completed', 2],
      ['乙学校', 'new-start', 1],
    ]);
    expect(distinctProjects(rows).length).toBe(4); // the 2021 甲中心 is a project of another year
  });

  it('tallies rows and distinct projects within a scope', () => {
    expect(tally(rows, { year: 2020 })).toEqual({ rows: 3, projects: 2 });
    expect(tally(rows, { year: 2020, lists: ['completed'] })).toEqual({ rows: 1, projects: 1 });
    expect(tally(rows, { year: 2021, categories: ['functional'] })).toEqual({ rows: 2, projects: 1 });
    expect(tally(rows, { year: 2021, lists: ['completed', 'preparatory'] })).toEqual({ rows: 2, projects: 2 });
  });

  it('counts every year x list x category cell, zeros included', () => {
    const [y2020, y2021] = countTable(rows);
    expect(y2020!.cells).toHaveLength(16);
    expect(y2020!.cells.find((c) => c.list === 'new-start' && c.category === 'social')!.rows).toBe(2);
    expect(y2020!.cells.find((c) => c.list === 'preparatory' && c.category === 'social')!.rows).toBe(0);
    expect(y2021!.lists).toEqual({ 'new-start': 1, completed: 1, 'under-construction': 0, preparatory: 1 });
    expect(y2021!.categories.functional).toEqual({ rows: 2, projects: 1 });
  });

  it('accepts repeats that point at a numbered row of the same name', () => {
    expect(() => checkRepeats(rows, 'p.csv')).not.toThrow();
  });

  it('names file and line of a repeat that points nowhere or at another project', () => {
    const missing = projects([
      [2021, 'new-start', 'social', 1, '甲'],
      [2021, 'completed', 'social', null, '甲', 7],
    ]);
    expect(() => checkRepeats(missing, 'p.csv')).toThrow('p.csv:3: column "repeat_of": no 2021 row has seq 7');
    const other = projects([
      [2021, 'new-start', 'social', 1, '甲'],
      [2021, 'completed', 'social', null, '乙', 1],
    ]);
    expect(() => checkRepeats(other, 'p.csv')).toThrow('p.csv:3: column "repeat_of": row 1 of 2021 is "甲", not "乙"');
    const numbered = projects([
      [2021, 'new-start', 'social', 1, '甲'],
      [2021, 'completed', 'social', 2, '甲', 1],
    ]);
    expect(() => checkRepeats(numbered, 'p.csv')).toThrow('p.csv:3: column "repeat_of": a repeat row prints no sequence number, but seq is 2');
  });
});

describe('the real attachment rows', () => {
  const rows = parseProjects(readFileSync(join(ROOT, 'content/data/major-projects.csv'), 'utf8'));
  const groups = parseGroups(readFileSync(join(ROOT, 'content/data/project-groups.csv'), 'utf8'));
  const table = countTable(rows);

  it('has consistent repeats', () => {
    expect(() => checkRepeats(rows)).not.toThrow();
    expect(rows.filter((r) => r.repeatOf !== null)).toHaveLength(5);
  });

  it('gives 81 rows / 78 projects for 2020 and 105 rows / 100 projects for 2021, as the report counts them', () => {
    expect(table.map((y) => [y.year, y.total])).toEqual([
      [2020, { rows: 81, projects: 78 }],
      [2021, { rows: 105, projects: 100 }],
    ]);
  });

  it('agrees with every category label cell of the tables', () => {
    for (const g of groups) {
      const cell = table.find((y) => y.year === g.year)!.cells.find((c) => c.list === g.list && c.category === g.category)!;
      expect(cell.rows, `${g.year} ${g.list} ${g.labelZh}`).toBe(g.statedCount);
    }
  });

  it('adds the cells up to the list totals', () => {
    for (const y of table) for (const list of PROJECT_LISTS) expect(y.cells.filter((c) => c.list === list).reduce((s, c) => s + c.rows, 0)).toBe(y.lists[list]);
  });
});
