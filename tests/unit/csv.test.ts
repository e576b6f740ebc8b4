import { describe, expect, it } from 'vitest';
import { readCsv, writeCsv } from '#core/data/csv.ts';
import { parseGroups, parseProjects } from '#core/data/project-data.ts';
import { PROJECT_COLUMNS } from '#core/data/columns.ts';

const HEADER = PROJECT_COLUMNS.join(',');

describe('CSV reading and writing', () => {
  it('round-trips RFC 4180 quoting (commas, quotes, line breaks)', () => {
    const rows = [
      { a: 'x, y', b: 'say "hi"' },
      { a: 'two\nlines', b: '' },
    ];
    const text = writeCsv(rows, ['a', 'b']);
    expect(text).toBe('a,b\n"x, y","say ""hi"""\n"two\nlines",\n');
    expect(readCsv(text, 'f.csv', ['a', 'b']).map((r) => r.row)).toEqual(rows);
    expect(readCsv(text, 'f.csv', ['a', 'b']).map((r) => r.line)).toEqual([2, 3]);
  });

  it('names file, line and column of a malformed row', () => {
    const extra = `${HEADER}\n2020,new-start,social,1,甲,A,,,,10\n2020,new-start,social,2,乙,B,,,,11,extra\n`;
    expect(() => parseProjects(extra, 'content/data/major-projects.csv')).toThrow('content/data/major-projects.csv:3: row has 11 fields; the header has 10');
    const category = `${HEADER}\n2020,new-start,sports,1,甲,A,,,,10\n`;
    expect(() => parseProjects(category, 'p.csv')).toThrow('p.csv:2: column "category": "sports" is not one of infrastructure, social, functional, university');
    const seq = `${HEADER}\n2020,new-start,social,one,甲,A,,,,10\n`;
    expect(() => parseProjects(seq, 'p.csv')).toThrow('p.csv:2: column "seq": "one" is not a whole number');
    expect(() => parseGroups('year,list\n2020,new-start\n', 'g.csv')).toThrow('g.csv:1: missing column "category"');
  });
});
