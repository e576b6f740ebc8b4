// A PDF's navigation as Chromium writes it: named destinations (one per linked element id), the outline
// (bookmarks, one per heading) and link annotations, read and touched up with pdf-lib.
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';

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

function outlineItems(doc: PDFDocument): PDFDict[] {
  const items: PDFDict[] = [];
  const walk = (first: PDFDict | undefined): void => {
    for (let item = first; item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      items.push(item);
      walk(item.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  walk(doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict));
  return items;
}

const titleOf = (item: PDFDict): string => {
  const title = item.lookup(PDFName.of('Title'));
  return title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : '';
};

/** The outline's titles, depth first (a chapter, then its parts, sections, ...). */
export async function outlineTitles(pdf: Uint8Array): Promise<string[]> {
  return outlineItems(await PDFDocument.load(pdf, { updateMetadata: false })).map(titleOf);
}

/**
 * Chromium takes a bookmark's title from the heading's laid-out lines and drops the space where a line wrapped
 * ("Prevention andControl"). Put back the heading's own text wherever a title differs from it only in white
 * space. Returns the repaired PDF, or the same bytes when nothing needed repair.
 */
export async function repairOutlineTitles(pdf: Uint8Array, headings: readonly string[]): Promise<Uint8Array> {
  const squash = (s: string) => s.replace(/\s+/g, '');
  const byLetters = new Map(headings.map((h) => [squash(h), h.replace(/\s+/g, ' ').trim()]));
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  let repaired = 0;
  for (const item of outlineItems(doc)) {
    const title = titleOf(item);
    const heading = byLetters.get(squash(title));
    if (heading !== undefined && heading !== title) {
      item.set(PDFName.of('Title'), PDFHexString.fromText(heading));
      repaired++;
    }
  }
  return repaired === 0 ? pdf : doc.save({ useObjectStreams: false, updateFieldAppearances: false });
}

/**
 * Chromium writes every link as an absolute URL of the page it printed, and the pages are printed from a loopback
 * server: point each link that starts with `printedFrom` (that server's URL with the base path) at `siteUrl` (the
 * site's own, with the base path) instead. Returns the PDF, rewritten only when a link needed it.
 */
export async function siteLinks(pdf: Uint8Array, printedFrom: string, siteUrl: string): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  let rewritten = 0;
  for (const page of doc.getPages()) {
    for (const ref of page.node.Annots()?.asArray() ?? []) {
      const action = doc.context.lookupMaybe(ref, PDFDict)?.lookupMaybe(PDFName.of('A'), PDFDict);
      const uri = action?.lookup(PDFName.of('URI'));
      const text = uri instanceof PDFString || uri instanceof PDFHexString ? uri.decodeText() : undefined;
      if (text?.startsWith(printedFrom)) {
        action!.set(PDFName.of('URI'), PDFString.of(siteUrl + text.slice(printedFrom.length)));
        rewritten++;
      }
    }
  }
  return rewritten === 0 ? pdf : doc.save({ useObjectStreams: false, updateFieldAppearances: false });
}
