// The published data files: RFC 4180 CSV (CRLF, quoting) and JSON twins with the same columns.
import { describe, expect, it } from 'vitest';
import { readCsv } from '#core/data/csv.ts';
import { CSV_BOM, doubleTenTable, projectTable, PUBLISHED_PROJECT_COLUMNS, tableCsv, tableJson } from '../../src/lib/published-data.ts';
import { parseDoubleTenCsv } from '#core/data/project-data.ts';
import { projects } from '../helpers/synthetic.ts';

describe('published tables', () => {
  const rows = projects([
    [2021, 'new-start', 'social', 1, '社区中心（殷行、定海）'],
    [2021, 'completed', 'social', null, '社区中心（殷行、定海）', 1],
  ]);
  rows[0]!.nameEn = 'Centers (Yinhang, Dinghai) "phase 1"';
  const table = projectTable(rows);

  it('writes RFC 4180 CSV: CRLF line ends, quotes around commas and quotes, blanks for nulls', () => {
    const csv = tableCsv(table);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.slice(CSV_BOM.length).split('\r\n')).toEqual([
      PUBLISHED_PROJECT_COLUMNS.join(','),
      '2021,new-start,social,1,社区中心（殷行、定海）,"Centers (Yinhang, Dinghai) ""phase 1""",,,',
      '2021,completed,social,,社区中心（殷行、定海）,EN 社区中心（殷行、定海）,1,,',
      '',
    ]);
    expect(readCsv(csv, 'x.csv', PUBLISHED_PROJECT_COLUMNS).map((r) => r.row.name_en)).toEqual([
      'Centers (Yinhang, Dinghai) "phase 1"',
      'EN 社区中心（殷行、定海）',
    ]);
  });

  it('starts the CSV with one UTF-8 byte-order mark (EF BB BF) and nothing else before the header', () => {
    const bytes = Buffer.from(tableCsv(table), 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3, 7).toString('utf8')).toBe('year');
    expect(tableCsv(table).indexOf(CSV_BOM, 1)).toBe(-1);
  });

  it('writes a JSON twin with the same columns, numbers as numbers and blanks as null', () => {
    const json = JSON.parse(tableJson(table)) as Record<string, unknown>[];
    expect(Object.keys(json[0]!)).toEqual([...PUBLISHED_PROJECT_COLUMNS]);
    expect(json[1]).toMatchObject({ year: 2021, seq: null, repeat_of: 1, note_zh: null });
  });

  it('publishes the double-ten lists as list,seq,name_zh,name_en', () => {
    const dt = doubleTenTable(parseDoubleTenCsv('list,seq,name_zh,name_en,source_line\ncompleted,1,甲,A,9\n', 'd.csv'));
    expect(tableCsv(dt)).toBe('\ufefflist,seq,name_zh,name_en\r\ncompleted,1,甲,A\r\n');
  });
});
