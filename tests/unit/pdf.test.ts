// The pure parts of printing and the PDF phase: jobs, link sizes, cache keys, running heads, destinations.
import { PDFDocument, PDFHexString, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { cacheKey, localAssets } from '../../scripts/phases/pdf/pdf-cache.ts';
import { destinationPages, outlineTitles, repairOutlineTitles } from '../../scripts/phases/pdf/pdf-navigation.ts';
import { pdfJobs } from '../../scripts/phases/pdf/pdf-jobs.ts';
import { applyPdfLinks, formatBytes, PDF_SIZE_TOKEN } from '#core/pdf-links.ts';
import { chapterPageName, cssString, printPagesCss, runningTitle } from '../../src/lib/print-pages.ts';

describe('PDF jobs', () => {
  it('makes one PDF per chapter per language and one whole report per language, all under distinct names', () => {
    const jobs = pdfJobs('yangpu', ['01-a', '02-b', '03-c']);
    expect(jobs).toHaveLength(3 * 2 + 2);
    expect(new Set(jobs.map((j) => j.file)).size).toBe(jobs.length);
    expect(jobs).toContainEqual({ lang: 'en', slug: '02-b', page: 'en/chapters/02-b/', file: 'pdf/yangpu-report-en-02-b.pdf' });
    expect(jobs.filter((j) => j.slug === undefined).map((j) => [j.page, j.file])).toEqual([
      ['zh/print/', 'pdf/yangpu-report-zh.pdf'],
      ['en/print/', 'pdf/yangpu-report-en.pdf'],
    ]);
  });
});

describe('PDF download links', () => {
  const link = (file: string, label: string) =>
    `<a class="pdf-link" href="/${file}" type="application/pdf" data-pdf="${file}">${label}<span class="pdf-size">（${PDF_SIZE_TOKEN}）</span></a>`;

  it('formats sizes the way file managers do', () => {
    expect([999, 48_213, 999_499, 1_234_567, 17_300_000].map(formatBytes)).toEqual(['999 B', '48 KB', '999 KB', '1.2 MB', '17.3 MB']);
  });

  it('puts each PDF size in its own link and leaves the rest of the page alone', () => {
    const html = `<p class="print-tools"><a href="/zh/print/">全文打印版</a> ${link('pdf/a.pdf', '本章PDF')} ${link('pdf/b.pdf', '全文PDF')}</p>`;
    const sizes: Record<string, number> = { 'pdf/a.pdf': 927_000, 'pdf/b.pdf': 3_300_000 };
    const result = applyPdfLinks(html, (f) => sizes[f]);
    expect(result).toMatchObject({ filled: 2, removed: 0 });
    expect(result.html).toBe(html.replace(PDF_SIZE_TOKEN, '927 KB').replace(PDF_SIZE_TOKEN, '3.3 MB'));
  });

  it('removes a link whose PDF was not made, up to its own closing tag only', () => {
    const html = `<div>${link('pdf/a.pdf', 'PDF')}<a href="/x/">next</a>${link('pdf/b.pdf', 'PDF')}</div>`;
    const result = applyPdfLinks(html, (f) => (f === 'pdf/b.pdf' ? 2000 : undefined));
    expect(result).toMatchObject({ filled: 1, removed: 1 });
    expect(result.html).toBe(`<div><a href="/x/">next</a>${link('pdf/b.pdf', 'PDF').replace(PDF_SIZE_TOKEN, '2 KB')}</div>`);
    expect(applyPdfLinks(html, () => undefined).html).toBe('<div><a href="/x/">next</a></div>');
  });
});

describe('PDF metadata for reference managers', () => {
  const meta = (file: string) => `<meta name="citation_pdf_url" content="https://example.org/${file}" data-pdf="${file}">`;
  it('keeps a citation_pdf_url whose PDF was made and removes one whose PDF was not', () => {
    const html = `<head>${meta('pdf/a.pdf')}<meta name="citation_title" content="T">${meta('pdf/b.pdf')}</head><p>${'<a href="/x/">x</a>'}</p>`;
    const result = applyPdfLinks(html, (f) => (f === 'pdf/a.pdf' ? 1000 : undefined));
    expect(result).toMatchObject({ filled: 1, removed: 1 });
    expect(result.html).toBe(`<head>${meta('pdf/a.pdf')}<meta name="citation_title" content="T"></head><p><a href="/x/">x</a></p>`);
  });
});

describe('PDF cache keys', () => {
  it('lists the local stylesheets, scripts and images a page loads, below the base path', () => {
    const html =
      '<link rel="stylesheet" href="/report/_astro/site.B1x.css"><script src="/report/print.js" defer></script>' +
      '<link rel="icon" href="/report/favicon.svg"><img src="/report/img/a.png?v=2"><a href="https://example.org/x.css">x</a><a href="/report/zh/">home</a>';
    expect(localAssets(html, '/report/')).toEqual(['_astro/site.B1x.css', 'favicon.svg', 'img/a.png', 'print.js']);
  });

  it('changes with any part, with the order of the parts, and with where one part ends', () => {
    const key = cacheKey(['chromium 156', '<html>', new Uint8Array([1, 2])]);
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(cacheKey(['chromium 156', '<html>', new Uint8Array([1, 2])])).toBe(key);
    expect(cacheKey(['chromium 157', '<html>', new Uint8Array([1, 2])])).not.toBe(key);
    expect(cacheKey(['<html>', 'chromium 156', new Uint8Array([1, 2])])).not.toBe(key);
    expect(cacheKey(['ab', 'c'])).not.toBe(cacheKey(['a', 'bc']));
  });
});

describe('running heads', () => {
  it('writes CSS strings that survive quotes, backslashes and line breaks', () => {
    expect(cssString('The "Two Networks"')).toBe('"The \\"Two Networks\\""');
    expect(cssString('a\\b\nc')).toBe('"a\\\\b\\A c"');
  });

  it('shortens long titles at a word break in English and anywhere in Chinese', () => {
    const en = "Chapter 3 Riverside Functions and Image Markedly Enhanced, Striving to Be a Benchmark in Building the People's City";
    expect(runningTitle(en, 64)).toBe('Chapter 3 Riverside Functions and Image Markedly Enhanced…');
    expect(runningTitle('第4章 城区功能布局优化，市区重大工程建设加速推进并取得显著成效', 20)).toBe('第4章 城区功能布局优化，市区重大工程…');
    expect(runningTitle('Chapter 5  Building a\nLaw-Based Government', 64)).toBe('Chapter 5 Building a Law-Based Government');
  });

  it('gives every chapter a named page with both margin titles, and binds elements to it by data-page', () => {
    const css = printPagesCss([{ name: chapterPageName('en', 6), left: 'Yangpu 2020 Work and 2021 Plans', right: 'Chapter 6 Advancing the "Two Networks"' }]);
    expect(css).toContain('@media print {');
    expect(css).toContain(
      '@page en-c6 {\n  @top-left { content: "Yangpu 2020 Work and 2021 Plans"; }\n  @top-right { content: "Chapter 6 Advancing the \\"Two Networks\\""; }\n}',
    );
    expect(css).toContain('[data-page="en-c6"] { page: en-c6; }');
  });
});

describe('named destinations', () => {
  it('maps each destination of a PDF to the page it points at (direct arrays and /D dictionaries)', async () => {
    const doc = await PDFDocument.create();
    const pages = [doc.addPage(), doc.addPage(), doc.addPage()];
    const dest = (k: number) => doc.context.obj([pages[k]!.ref, PDFName.of('XYZ'), 0, 800, null]);
    doc.catalog.set(
      PDFName.of('Dests'),
      doc.context.register(
        doc.context.obj({
          c1: dest(0),
          'c2-2020': doc.context.register(dest(1)),
          'p-2-14': doc.context.obj({ D: dest(2) }),
        }),
      ),
    );
    const found = await destinationPages(await doc.save());
    expect(Object.fromEntries(found)).toEqual({ c1: 1, 'c2-2020': 2, 'p-2-14': 3 });
  });

  it('finds none in a PDF without a /Dests dictionary', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    expect((await destinationPages(await doc.save())).size).toBe(0);
  });
});

describe('outline titles', () => {
  async function withOutline(titles: string[]): Promise<Uint8Array> {
    const doc = await PDFDocument.create();
    doc.addPage();
    const refs = titles.map(() => doc.context.nextRef());
    titles.forEach((title, k) => {
      const item: Record<string, unknown> = { Title: PDFHexString.fromText(title), Parent: refs[0] };
      if (k + 1 < titles.length) item.Next = refs[k + 1];
      doc.context.assign(refs[k]!, doc.context.obj(item as never));
    });
    doc.catalog.set(PDFName.of('Outlines'), doc.context.register(doc.context.obj({ First: refs[0]!, Last: refs.at(-1)!, Count: titles.length })));
    return doc.save();
  }

  it('puts back the spaces Chromium drops where a heading wrapped, and only those', async () => {
    const pdf = await withOutline(['Strong and Effective Epidemic Prevention andControl', '2020年工作情况', 'Work in2021']);
    const repaired = await repairOutlineTitles(pdf, ['Strong and Effective Epidemic\n  Prevention and Control', '2020年工作情况', 'Work in 2020']);
    expect(await outlineTitles(repaired)).toEqual(['Strong and Effective Epidemic Prevention and Control', '2020年工作情况', 'Work in2021']);
  });

  it('returns the same bytes when every title is already right', async () => {
    const pdf = await withOutline(['第1章', 'Work in 2020']);
    expect(await repairOutlineTitles(pdf, ['Work in 2020'])).toBe(pdf);
  });
});
