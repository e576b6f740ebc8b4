// The Excel workbook of the data tables: one sheet per table with the CSV's columns and typed cells, and the
// same bytes every time it is written (the build must be reproducible).
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/lib/published-data.ts';
import { sheetName, workbook } from '../../src/lib/workbook.ts';

const tables: Record<string, Table> = {
  'major-projects': {
    columns: ['year', 'list', 'seq', 'name_zh', 'name_en', 'note_en'],
    rows: [
      { year: 2020, list: 'new-start', seq: 1, name_zh: '世界路变电站', name_en: 'Shijie Road Substation', note_en: null },
      { year: 2021, list: 'completed', seq: null, name_zh: '江浦路隧道', name_en: 'Jiangpu Road Tunnel', note_en: 'unnumbered, "as printed"' },
    ],
  },
  'movement-2020-2021': { columns: ['from_stage', 'projects'], rows: [{ from_stage: 'new', projects: 22 }] },
};
const meta = { title: 'A report', creator: 'A district government', date: '2021-01-06' };

describe('workbook', () => {
  it('writes the same bytes twice, with every zip entry dated as the report', async () => {
    const a = await workbook(tables, meta);
    await new Promise((r) => setTimeout(r, 1100)); // the zip's times have 2-second steps: cross at least one
    const b = await workbook(tables, meta);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const zip = await JSZip.loadAsync(a);
    const dates = Object.values(zip.files).map((f) => f.date.toISOString().slice(0, 10));
    expect(new Set(dates)).toEqual(new Set(['2021-01-06']));
  });

  it('has one sheet per table, the columns as a bold header, numbers as numbers and blanks empty', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await workbook(tables, meta)).buffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['major-projects', 'movement-2020-2021']);
    const sheet = book.getWorksheet('major-projects')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'year', 'list', 'seq', 'name_zh', 'name_en', 'note_en']);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getRow(2).getCell(1).value).toBe(2020);
    expect(sheet.getRow(2).getCell(4).value).toBe('世界路变电站');
    expect(sheet.getRow(3).getCell(3).value).toBeNull();
    expect(sheet.getRow(3).getCell(6).value).toBe('unnumbered, "as printed"');
    expect(sheet.rowCount).toBe(3);
    expect(book.creator).toBe('A district government');
  });

  it('keeps sheet names within what Excel accepts', () => {
    expect(sheetName('a/b:c')).toBe('a-b-c');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
  });
});
