// 2020 -> 2021: the matching rule (same name, voltage ratings ignored, listed renames and splits), the stage
// counts, and errors that name file and line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProjects } from '#core/data/project-data.ts';
import { movement, parseRenames, type Movement } from '#core/data/project-movement.ts';
import { ROOT } from '../../scripts/shared/project.ts';
import { projects } from '../helpers/synthetic.ts';

const HEADER = 'from_year,from_name_zh,to_year,to_name_zh,note_zh,note_en';
const renames = (...lines: string[]) => parseRenames([HEADER, ...lines].join('\n'), 'r.csv');
const cell = (m: Movement, from: string, to: string) => m.cells.find((c) => c.from === from && c.to === to)!.count;
const names = (m: Movement) => m.earlier.map((e) => [e.project.rows[0]!.nameZh, e.next.map((n) => [n.to.rows[0]!.nameZh, n.basis])]);

describe('matching (synthetic)', () => {
  const rows = projects([
    [2020, 'new-start', 'infrastructure', 1, '世界路变电站（110KV）'],
    [2020, 'under-construction', 'social', 1, '甲医院'],
    [2020, 'under-construction', 'social', 2, '乙项目（东楼、西楼）'],
    [2020, 'preparatory', 'functional', 1, '丙地块'],
    [2020, 'completed', 'functional', 1, '丁大楼'],
    [2021, 'completed', 'infrastructure', 1, '世界路变电站'],
    [2021, 'completed', 'social', 2, '甲医院'],
    [2021, 'under-construction', 'social', 3, '乙项目（东楼）'],
    [2021, 'completed', 'social', 4, '乙西楼'],
    [2021, 'new-start', 'functional', 5, '丙地块开发项目'],
    [2021, 'new-start', 'social', 6, '戊中心'],
  ]);
  const m = movement(
    rows,
    renames(
      '2020,乙项目（东楼、西楼）,2021,乙项目（东楼）,拆分,split',
      '2020,乙项目（东楼、西楼）,2021,乙西楼,拆分,split',
      '2020,丙地块,2021,丙地块开发项目,同一地块,same plot',
    ),
    2020,
    2021,
    'r.csv',
  );

  it('matches by name, by name without voltage rating, and by listed renames and splits only', () => {
    expect(names(m)).toEqual([
      ['世界路变电站（110KV）', [['世界路变电站', 'normalized-name']]],
      ['甲医院', [['甲医院', 'same-name']]],
      [
        '乙项目（东楼、西楼）',
        [
          ['乙项目（东楼）', 'rename'],
          ['乙西楼', 'rename'],
        ],
      ],
      ['丙地块', [['丙地块开发项目', 'rename']]],
      ['丁大楼', []],
    ]);
    expect(m.later.filter((l) => !l.previous).map((l) => l.project.rows[0]!.nameZh)).toEqual(['戊中心']);
    expect(m.splits).toBe(1);
  });

  it('counts later projects by where they came from; the later columns add up to the later year', () => {
    expect(cell(m, 'new-start', 'completed')).toBe(1);
    expect(cell(m, 'under-construction', 'completed')).toBe(2);
    expect(cell(m, 'under-construction', 'under-construction')).toBe(1);
    expect(cell(m, 'preparatory', 'new-start')).toBe(1);
    expect(cell(m, 'completed', 'none')).toBe(1);
    expect(cell(m, 'new', 'new-start')).toBe(1);
    expect(m.cells.filter((c) => c.to !== 'none').reduce((s, c) => s + c.count, 0)).toBe(m.later.length);
  });

  it('does not guess: without the rename file, a changed name is no continuation', () => {
    const bare = movement(rows, [], 2020, 2021);
    expect(bare.earlier.find((e) => e.project.rows[0]!.nameZh === '丙地块')!.next).toEqual([]);
  });

  it('names file and line of a rename that finds no project, is not needed, or gives a project two origins', () => {
    expect(() => movement(rows, renames('2020,不存在,2021,甲医院,x,x'), 2020, 2021, 'r.csv')).toThrow('r.csv:2: no 2020 project is named "不存在"');
    expect(() => movement(rows, renames('2020,甲医院,2021,甲 医院,x,x'), 2020, 2021, 'r.csv')).toThrow(
      'r.csv:2: "甲医院" and "甲 医院" already match by name; the rename is not needed',
    );
    expect(() => movement(rows, renames('2020,丁大楼,2021,甲医院,x,x'), 2020, 2021, 'r.csv')).toThrow(
      'r.csv:2: the 2021 project "甲医院" would continue 2 2020 projects ("甲医院", "丁大楼")',
    );
  });

  it('reads the rename file strictly: file, line and column in every error', () => {
    expect(() => parseRenames(`${HEADER}\n2020,甲,2021,乙,x\n`, 'r.csv')).toThrow('r.csv:2: row has 5 fields; the header has 6');
    expect(() => parseRenames(`${HEADER}\n20x0,甲,2021,乙,x,y\n`, 'r.csv')).toThrow('r.csv:2: column "from_year": "20x0" is not a year');
    expect(() => parseRenames(`${HEADER}\n2020,甲,2021,乙,,y\n`, 'r.csv')).toThrow('r.csv:2: column "note_zh" is empty');
    expect(() => parseRenames('from_year,to_year\n2020,2021\n', 'r.csv')).toThrow('r.csv:1: missing column "from_name_zh"');
  });
});

describe('the real lists, 2020 -> 2021', () => {
  const rows = parseProjects(readFileSync(join(ROOT, 'content/data/major-projects.csv'), 'utf8'));
  const m = movement(rows, parseRenames(readFileSync(join(ROOT, 'content/data/project-renames.csv'), 'utf8')), 2020, 2021);
  const next = (name: string) => m.earlier.find((e) => e.project.rows[0]!.nameZh === name)!.next.map((n) => [n.to.rows[0]!.nameZh, n.to.stage, n.basis]);

  it('covers the 78 projects of 2020 and the 100 of 2021', () => {
    expect(m.earlier).toHaveLength(78);
    expect(m.later).toHaveLength(100);
    expect(m.cells.filter((c) => c.to !== 'none').reduce((s, c) => s + c.count, 0)).toBe(100);
  });

  it('matches known cases by each rule', () => {
    expect(next('江浦路越江隧道')).toEqual([['江浦路越江隧道', 'completed', 'same-name']]);
    expect(next('世界路变电站（110KV）')).toEqual([['世界路变电站', 'completed', 'normalized-name']]);
    expect(next('84街坊中节能')).toEqual([['中节能上海总部', 'new-start', 'rename']]);
    expect(next('保障房建设（含租赁房）107街坊、44街坊、新江湾D4').map((x) => x[1])).toEqual(['under-construction', 'completed']);
    expect(next('大桥公园')).toEqual([]);
  });

  it('gives the stage counts of figure 3', () => {
    expect(m.splits).toBe(2);
    expect(cell(m, 'preparatory', 'new-start')).toBe(6);
    expect(cell(m, 'under-construction', 'completed')).toBe(15);
    expect(cell(m, 'completed', 'none')).toBe(17);
    expect(cell(m, 'new', 'preparatory')).toBe(16);
    expect(m.later.filter((l) => !l.previous)).toHaveLength(42);
  });
});
