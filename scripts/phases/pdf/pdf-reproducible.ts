// What keeps a PDF printed by Chromium from being the same in two builds of the same sources, taken out. Pure.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFString } from 'pdf-lib';

// Chromium stamps every PDF with the time it was printed (/CreationDate, /ModDate). The stamps are replaced in
// place and at the same length (the cross-reference offsets stay valid) with a date that belongs to the document.

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

/**
 * A tagged PDF names its structure elements after DOM node ids (/ID (node00000415)), which table cells cite in
 * /Headers; Chromium numbers them in an order that varies from run to run. Renumber them in the order of the
 * structure tree (node00000001, ...), cite them by the new names, and rebuild the /IDTree from scratch.
 */
export async function renumberStructureIds(pdf: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!root) return pdf;
  const names = new Map<string, string>();
  const rename = (old: string): string => {
    let name = names.get(old);
    if (name === undefined) names.set(old, (name = `node${String(names.size + 1).padStart(8, '0')}`));
    return name;
  };
  const ID = PDFName.of('ID');
  const owners: [string, PDFRef][] = [];
  const seen = new Set<string>();
  const visit = (ref: PDFRef): void => {
    if (seen.has(ref.toString())) return;
    seen.add(ref.toString());
    const elem = doc.context.lookupMaybe(ref, PDFDict);
    if (!elem) return;
    const id = elem.lookupMaybe(ID, PDFString);
    if (id) {
      const name = rename(id.decodeText());
      elem.set(ID, PDFString.of(name));
      owners.push([name, ref]);
    }
    const attrs = elem.lookup(PDFName.of('A'));
    for (const attr of attrs instanceof PDFArray ? attrs.asArray() : [attrs]) {
      const headers = doc.context.lookupMaybe(attr as PDFRef, PDFDict)?.lookupMaybe(PDFName.of('Headers'), PDFArray);
      headers?.asArray().forEach((h, k) => {
        if (h instanceof PDFString) headers.set(k, PDFString.of(rename(h.decodeText())));
      });
    }
    children(elem.get(PDFName.of('K')));
  };
  const children = (k: unknown): void => {
    if (k instanceof PDFRef) visit(k);
    else if (k instanceof PDFArray) for (const item of k.asArray()) children(item);
  };
  children(root.get(PDFName.of('K')));
  if (names.size === 0) return pdf;
  // Write one sorted leaf in place of the old tree, and empty the old tree's other nodes rather than deleting them
  // (their old names would still be written; deleting leaves a gap in the cross-reference table poppler rejects).
  const oldNodes: PDFRef[] = [];
  const collect = (node: unknown): void => {
    if (node instanceof PDFRef) oldNodes.push(node);
    const dict = node instanceof PDFRef ? doc.context.lookupMaybe(node, PDFDict) : node instanceof PDFDict ? node : undefined;
    for (const kid of dict?.lookupMaybe(PDFName.of('Kids'), PDFArray)?.asArray() ?? []) collect(kid);
  };
  const tree = root.get(PDFName.of('IDTree'));
  collect(tree);
  owners.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const leaf = doc.context.obj({ Names: owners.flatMap(([name, ref]) => [PDFString.of(name), ref]) });
  if (tree instanceof PDFRef) doc.context.assign(tree, leaf);
  else root.set(PDFName.of('IDTree'), leaf);
  for (const node of oldNodes) if (node !== tree) doc.context.assign(node, doc.context.obj({}));
  return doc.save({ useObjectStreams: false, updateFieldAppearances: false });
}
