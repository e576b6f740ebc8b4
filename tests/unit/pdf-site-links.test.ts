import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { expect, it } from 'vitest';
import { siteLinks } from '../../scripts/phases/pdf/pdf-navigation.ts';

async function pdfWithLinks(uris: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage();
  const annots = uris.map((uri) =>
    doc.context.register(doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 10, 10], A: { S: 'URI', URI: PDFString.of(uri) } })),
  );
  page.node.set(PDFName.of('Annots'), doc.context.obj(annots));
  return doc.save({ useObjectStreams: false });
}

async function linksOf(pdf: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(pdf);
  const annots = doc.getPages()[0]!.node.lookup(PDFName.of('Annots'), PDFArray).asArray();
  return annots.map((ref) => doc.context.lookup(ref, PDFDict).lookup(PDFName.of('A'), PDFDict).lookup(PDFName.of('URI'), PDFString).decodeText());
}

it('points the links of the print server at the site, and leaves other links alone', async () => {
  const pdf = await pdfWithLinks(['http://127.0.0.1:41234/report/en/glossary/#term-covid-19', 'https://other.example/x', 'http://127.0.0.1:41234/elsewhere/']);
  const out = await siteLinks(pdf, 'http://127.0.0.1:41234/report/', 'https://example.org/report/');
  expect(await linksOf(out)).toEqual(['https://example.org/report/en/glossary/#term-covid-19', 'https://other.example/x', 'http://127.0.0.1:41234/elsewhere/']);
  const untouched = await pdfWithLinks(['https://other.example/x']);
  expect(await siteLinks(untouched, 'http://127.0.0.1:41234/', 'https://example.org/')).toBe(untouched);
});
