// Which page each named destination of a PDF is on. Chromium names a destination after every element id that a
// link points to, so this tells on which page a heading of the whole report landed (for its contents page).
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';

/** id -> 1-based page number, for every named destination in the catalog's /Dests dictionary. */
export async function destinationPages(pdf: Uint8Array): Promise<Map<string, number>> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const pageOf = new Map(doc.getPages().map((p, k) => [p.ref.toString(), k + 1]));
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  const out = new Map<string, number>();
  for (const [name, value] of dests?.entries() ?? []) {
    const target = doc.context.lookup(value);
    // A destination is [page /XYZ left top zoom], or a dictionary holding it under /D.
    const array = target instanceof PDFDict ? target.lookupMaybe(PDFName.of('D'), PDFArray) : target;
    const page = array instanceof PDFArray ? array.get(0) : undefined;
    const n = page instanceof PDFRef ? pageOf.get(page.toString()) : undefined;
    if (n !== undefined) out.set(name.decodeText(), n);
  }
  return out;
}
