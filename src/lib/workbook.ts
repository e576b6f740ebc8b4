// Every published table in one Excel workbook (/data/<id>-data.xlsx), one sheet per table with the CSV's
// columns, numbers as numbers and blanks as empty cells. Written by ExcelJS; the zip it makes stamps every entry
// with the time of writing, so the entries are stored again with the report's publication date, and two builds
// give the same bytes.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Table } from './published-data.ts';

export interface WorkbookMeta {
  title: string;
  creator: string;
  /** ISO date of publication: the workbook's dates and the zip entries' times. */
  date: string;
}

/** Excel allows 31 characters in a sheet name, and none of : \ / ? * [ ]. */
export const sheetName = (stem: string): string => stem.replace(/[:\\/?*[\]]/g, '-').slice(0, 31);

export async function workbook(tables: Record<string, Table>, meta: WorkbookMeta): Promise<Uint8Array<ArrayBuffer>> {
  const date = new Date(`${meta.date}T00:00:00Z`);
  const book = new ExcelJS.Workbook();
  Object.assign(book, { creator: meta.creator, lastModifiedBy: meta.creator, title: meta.title, created: date, modified: date });
  for (const [stem, table] of Object.entries(tables)) {
    const sheet = book.addWorksheet(sheetName(stem), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((c) => ({
      header: c,
      key: c,
      width: Math.min(60, Math.max(c.length + 2, ...table.rows.map((r) => String(r[c] ?? '').length + 2))),
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) sheet.addRow(Object.fromEntries(table.columns.map((c) => [c, row[c] ?? undefined])));
  }
  const written = await JSZip.loadAsync(await book.xlsx.writeBuffer());
  const out = new JSZip();
  for (const [name, entry] of Object.entries(written.files)) {
    if (!entry.dir) out.file(name, await entry.async('uint8array'), { date, createFolders: false });
  }
  return new Uint8Array(await out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } }));
}
