import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { expect, it } from 'vitest';
import { fixPdfDates, renumberStructureIds } from '../../scripts/phases/pdf/pdf-reproducible.ts';

it('replaces the print-time stamps with the given date at the same length, leaving a valid PDF', async () => {
  const doc = await PDFDocument.create();
  doc.addPage();
  doc.setCreationDate(new Date('2026-11-26T23:35:37Z'));
  doc.setModificationDate(new Date('2026-11-26T23:36:31Z'));
  const pdf = await doc.save({ useObjectStreams: false });
  const fixed = fixPdfDates(pdf, '2021-01-06');
  expect(fixed.length).toBe(pdf.length);
  const reread = await PDFDocument.load(fixed, { updateMetadata: false });
  expect(reread.getCreationDate()?.toISOString()).toBe('2021-01-06T00:00:00.000Z');
  expect(reread.getModificationDate()?.toISOString()).toBe('2021-01-06T00:00:00.000Z');
  expect(reread.getPageCount()).toBe(1);
});

it('handles the form Chromium writes (local offset) and refuses a date it cannot write', () => {
  const skia = Buffer.from("<</Creator (x)\n/CreationDate (D:20261126233537+08'00')\n/ModDate (D:20261126233537+08'00')>>", 'latin1');
  expect(fixPdfDates(skia, '2021-01-06').toString('latin1')).toBe(
    "<</Creator (x)\n/CreationDate (D:20210106000000+00'00')\n/ModDate (D:20210106000000+00'00')>>",
  );
  expect(() => fixPdfDates(skia, '6 Jan 2021')).toThrow('not a YYYY-MM-DD date');
});

/** A tagged PDF as Chromium writes it: a table whose header cells carry ids that a data cell cites, numbered `ids`. */
async function taggedTable(ids: [string, string]): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.addPage();
  const c = doc.context;
  const th = ids.map((id) => c.register(c.obj({ Type: 'StructElem', S: 'TH', ID: PDFString.of(id) })));
  const td = c.register(c.obj({ Type: 'StructElem', S: 'TD', A: [c.obj({ O: 'Table', Headers: ids.map((id) => PDFString.of(id)) })] }));
  const tr = c.register(c.obj({ Type: 'StructElem', S: 'TR', K: [...th, td] }));
  const sorted = ids.map((id, k) => [id, th[k]!] as const).sort(([a], [b]) => a.localeCompare(b));
  const leaf = c.register(
    c.obj({ Names: sorted.flatMap(([id, ref]) => [PDFString.of(id), ref]), Limits: [PDFString.of(sorted[0]![0]), PDFString.of(sorted[1]![0])] }),
  );
  doc.catalog.set(PDFName.of('StructTreeRoot'), c.obj({ Type: 'StructTreeRoot', K: tr, IDTree: c.obj({ Kids: [leaf] }) }));
  return doc.save({ useObjectStreams: false });
}

it('renumbers structure ids in tree order, so two runs that numbered them differently give the same bytes', async () => {
  const a = await renumberStructureIds(await taggedTable(['node00000415', 'node00000419']));
  const b = await renumberStructureIds(await taggedTable(['node00000419', 'node00000414']));
  expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  // poppler reads it without complaint (a gap in the cross-reference table would make it reconstruct the file)
  const dir = mkdtempSync(join(tmpdir(), 'pdf-ids-'));
  writeFileSync(join(dir, 'a.pdf'), a);
  const info = spawnSync('pdfinfo', [join(dir, 'a.pdf')], { encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true });
  expect([info.status, info.stderr]).toEqual([0, '']);
  const doc = await PDFDocument.load(a);
  const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
  const tree = root.lookup(PDFName.of('IDTree'), PDFDict).lookup(PDFName.of('Names'), PDFArray).asArray();
  expect(tree.filter((x) => x instanceof PDFString).map((x) => (x as PDFString).decodeText())).toEqual(['node00000001', 'node00000002']);
  const row = root
    .lookup(PDFName.of('K'), PDFDict)
    .lookup(PDFName.of('K'), PDFArray)
    .asArray()
    .map((r) => doc.context.lookup(r, PDFDict));
  expect(row.slice(0, 2).map((th) => th.lookup(PDFName.of('ID'), PDFString).decodeText())).toEqual(['node00000001', 'node00000002']);
  const headers = doc.context.lookup(row[2]!.lookup(PDFName.of('A'), PDFArray).get(0), PDFDict).lookup(PDFName.of('Headers'), PDFArray);
  expect(headers.asArray().map((h) => (h as PDFString).decodeText())).toEqual(['node00000001', 'node00000002']);
});
