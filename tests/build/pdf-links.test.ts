// The links inside the published PDFs: each points at the site (not at the server the pages were printed from)
// and, like the pages' own links, names a page and an id that exist.
import { readFileSync } from 'node:fs';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { builtFiles, distFile, readPage, resolveHref, SITE } from '../helpers/dist.ts';

async function uris(file: string): Promise<string[]> {
  const doc = await PDFDocument.load(readFileSync(distFile(file)), { updateMetadata: false });
  return doc.getPages().flatMap((page) =>
    (page.node.Annots()?.asArray() ?? []).flatMap((ref) => {
      const uri = doc.context.lookupMaybe(ref, PDFDict)?.lookupMaybe(PDFName.of('A'), PDFDict)?.lookup(PDFName.of('URI'));
      return uri instanceof PDFString || uri instanceof PDFHexString ? [uri.decodeText()] : [];
    }),
  );
}

const pdfs = builtFiles('.pdf');

describe('links in the PDFs', () => {
  it('there are PDFs to check', () => {
    expect(pdfs.length).toBeGreaterThanOrEqual(26);
  });

  it.each(pdfs)('%s', async (file) => {
    const site = new URL(SITE).origin;
    const broken: string[] = [];
    for (const uri of new Set(await uris(file))) {
      const url = new URL(uri);
      if (url.origin !== site) broken.push(`${uri}: not on the site`);
      else if (!resolveHref(url.pathname)) broken.push(`${uri}: no such page`);
      else if (url.hash && !readPage(url.pathname.replace(/^\//, '')).getElementById(decodeURIComponent(url.hash.slice(1)))) broken.push(`${uri}: no such id`);
    }
    expect(broken).toEqual([]);
  });
});
