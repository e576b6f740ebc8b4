import { PDFDocument } from 'pdf-lib';
import { expect, it } from 'vitest';
import { fixPdfDates } from '../../scripts/lib/pdf-dates.ts';

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
  expect(fixPdfDates(skia, '2021-01-06').toString('latin1')).toBe("<</Creator (x)\n/CreationDate (D:20210106000000+00'00')\n/ModDate (D:20210106000000+00'00')>>");
  expect(() => fixPdfDates(skia, '6 Jan 2021')).toThrow('not a YYYY-MM-DD date');
});
