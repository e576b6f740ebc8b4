// Chromium stamps every PDF with the time it was printed (/CreationDate, /ModDate), so two builds of the same
// sources would differ. Replace the stamps, in place and at the same length (the cross-reference offsets stay
// valid), with a date that belongs to the document. Pure.

/** Chromium (Skia) writes D:YYYYMMDDHHmmSS+HH'mm'; pdf-lib writes ...Z. */
const STAMP = /\/(CreationDate|ModDate) \(D:\d{14}(Z|[+-]\d\d'\d\d')\)/g;

/** The PDF with its creation and modification dates set to `isoDate` (YYYY-MM-DD, midnight UTC). */
export function fixPdfDates(pdf: Uint8Array, isoDate: string): Buffer {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(isoDate);
  if (!m) throw new Error(`fixPdfDates: "${isoDate}" is not a YYYY-MM-DD date`);
  const text = Buffer.from(pdf).toString('latin1');
  const out = text.replace(STAMP, (_, key: string, zone: string) => `/${key} (D:${m[1]}${m[2]}${m[3]}000000${zone === 'Z' ? 'Z' : "+00'00'"})`);
  return Buffer.from(out, 'latin1');
}
