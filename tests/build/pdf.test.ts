// The PDFs in the real dist/, read with poppler (pdfinfo, pdffonts, pdftotext, pdftoppm) and pdf-lib: A4, title,
// language, outline, embedded fonts that carry the Chinese text, sane page counts, contents page numbers that
// are right, and download links that name their real sizes.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { outlineTitles } from '../../scripts/phases/pdf/pdf-navigation.ts';
import { describe, expect, it } from 'vitest';
import { pdfJobs } from '../../scripts/phases/pdf/pdf-jobs.ts';
import { formatBytes, PDF_SIZE_TOKEN } from '#core/pdf-links.ts';
import { reportConfig } from '../../scripts/shared/project.ts';
import { distFile, htmlFiles, readPage, resolveHref } from '../helpers/dist.ts';

const jobs = pdfJobs(reportConfig().id, reportConfig().slugs);
const chapterJobs = jobs.filter((j) => j.slug !== undefined);
const reportJobs = jobs.filter((j) => j.slug === undefined);
const run = (cmd: string, ...args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
const squash = (s: string) => s.replace(/\s+/g, '');

function info(file: string): Record<string, string> {
  return Object.fromEntries(
    run('pdfinfo', distFile(file))
      .split('\n')
      .map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]),
  );
}
const pages = (file: string) => Number(info(file).Pages);
const text = (file: string, page?: number, layout = false) =>
  run('pdftotext', ...(page ? ['-f', String(page), '-l', String(page)] : []), ...(layout ? ['-layout'] : []), '-enc', 'UTF-8', distFile(file), '-');

async function language(file: string): Promise<string | undefined> {
  const doc = await PDFDocument.load(readFileSync(distFile(file)), { updateMetadata: false });
  const lang = doc.catalog.lookup(PDFName.of('Lang'));
  return lang instanceof PDFString || lang instanceof PDFHexString ? lang.decodeText() : undefined;
}

describe('every PDF', () => {
  it('is there: one per chapter per language and a whole report per language', () => {
    expect(jobs).toHaveLength(reportConfig().slugs.length * 2 + 2);
    expect(jobs.filter((j) => !existsSync(distFile(j.file))).map((j) => j.file)).toEqual([]);
  });

  it.each(jobs)('$file: A4, tagged, titled like its page, in its language, with an outline of its headings', async ({ file, page, lang, slug }) => {
    const meta = info(file);
    expect(meta['Page size']).toMatch(/^59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(meta.Tagged).toBe('yes');
    const html = readPage(page);
    expect(meta.Title).toBe(html.querySelector('title')!.text);
    expect(await language(file)).toBe(lang === 'zh' ? 'zh-CN' : 'en');
    // Every heading on paper, in order: the cover title and contents first in a whole report.
    const printed = slug ? 'article.chapter :is(h1, h2, h3, h4)' : '.print-cover h1, .print-contents h2, article.chapter :is(h1, h2, h3, h4)';
    const headings = html
      .querySelectorAll(printed)
      .filter((h) => !h.classList.contains('toc-title'))
      .map((h) => h.text.replace(/\s+/g, ' ').trim());
    expect(await outlineTitles(readFileSync(distFile(file)))).toEqual(headings);
  });

  it.each(jobs)('$file: every font embedded, and the text (Chinese included) comes back out', ({ file, page }) => {
    const fonts = run('pdffonts', distFile(file)).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    // Columns: name, type, encoding, emb, sub, uni, object ID.
    expect(fonts.filter((line) => line.trim().split(/\s+/).at(-5) !== 'yes')).toEqual([]);
    const html = readPage(page);
    const got = squash(text(file));
    for (const h of html.querySelectorAll('article.chapter h1')) expect(got).toContain(squash(h.text));
    // A paragraph without notes (editorial or glossary), whose text on paper is exactly its text in the page.
    const plain = html.querySelectorAll('p.para').find((p) => !p.querySelector('.sic, .gloss'))!;
    plain.querySelector('.pnum')?.remove();
    expect(got).toContain(squash(plain.text).slice(0, 40));
  });
});

describe('fonts on paper', () => {
  const type3 = (fonts: string) => fonts.split('\n').filter((l) => / Type 3 /.test(l)).length;

  // The Chinese is set in Noto Serif SC / Sans SC with TrueType outlines, embedded as subset CID fonts
  // (scripts/phases/pdf/pdf-fonts.ts); the system's CFF Noto CJK would go in as a Type 3 drawing per glyph subset (243 of
  // them in chapter 1 alone, 1 MB). What may remain as Type 3: numbers drawn with a halo in the charts, and a
  // character no embedded font has (μ in μg/m³).
  it.each(jobs.filter((j) => j.lang === 'zh'))('$file: the Chinese text in embedded TrueType subsets', ({ file }) => {
    const fonts = run('pdffonts', distFile(file));
    expect(fonts).toMatch(/\+NotoSerifSC\S*\s+CID TrueType/);
    expect(fonts).toMatch(/\+NotoSansSC\S*\s+CID TrueType/);
    expect(type3(fonts)).toBeLessThanOrEqual(4);
  });

  it.each(jobs.filter((j) => j.lang === 'en'))('$file: at most a few Type 3 fonts', ({ file }) => {
    expect(type3(run('pdffonts', distFile(file)))).toBeLessThanOrEqual(2);
  });
});

describe('page counts', () => {
  const count = Object.fromEntries(jobs.map((j) => [j.file, pages(j.file)]));

  it.each(chapterJobs)('$file has 2 to 40 pages', ({ file }) => {
    expect(count[file]).toBeGreaterThanOrEqual(2);
    expect(count[file]).toBeLessThanOrEqual(40);
  });

  it.each(reportJobs)("$file has its chapters' pages plus a cover and a contents of one to three pages", ({ file, lang }) => {
    const chapters = chapterJobs.filter((j) => j.lang === lang).reduce((sum, j) => sum + count[j.file]!, 0);
    expect(count[file]! - chapters).toBeGreaterThanOrEqual(2);
    expect(count[file]! - chapters).toBeLessThanOrEqual(4);
  });
});

describe.each(reportJobs)('$file contents', ({ file, page, lang }) => {
  it('gives each chapter the page it starts on', () => {
    const html = readPage(page);
    const titles = html.querySelectorAll('article.chapter h1').map((h) => squash(h.text).slice(0, 12));
    // The contents follow the cover; laid out as on paper, a chapter entry's page number ends its last line.
    const lines = [2, 3, 4]
      .flatMap((p) => text(file, p, true).split('\n'))
      .map((l) => l.trim())
      .filter(Boolean);
    const label = (n: number) => (lang === 'zh' ? `第${n}章` : `Chapter ${n} `);
    titles.forEach((title, k) => {
      const at = lines.findIndex((l) => l.startsWith(label(k + 1)));
      expect(at, `contents entry for chapter ${k + 1}`).toBeGreaterThanOrEqual(0);
      const n = Number(/\s(\d+)$/.exec(lines.slice(at).find((l) => /\s\d+$/.test(l))!)![1]);
      expect(squash(text(file, n)), `chapter ${k + 1} on page ${n}`).toContain(title);
      expect(squash(text(file, n - 1)), `chapter ${k + 1} not yet on page ${n - 1}`).not.toContain(title);
    });
  });
});

describe('tables on paper', () => {
  const withTables = jobs.filter((j) => j.slug === undefined || j.slug.startsWith('04-'));
  it.each(withTables)('$file: no table header is left alone at the foot of a page', ({ file, lang }) => {
    const ui = JSON.parse(readFileSync(`src/i18n/${lang}.json`, 'utf8')) as { table: { category: string } };
    // pdftotext ends each page with a form feed; on each page, the last line above the page number.
    const stranded = text(file, undefined, true)
      .split('\f')
      .flatMap((page, k) => {
        const lines = page
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean);
        return lines.at(-2)?.startsWith(`${ui.table.category} `) ? [k + 1] : [];
      });
    expect(stranded).toEqual([]);
  });
});

describe('rendered pages', () => {
  // Share of dark pixels on a page rendered at 30 dpi in greyscale (PGM): a blank page is 0.
  function ink(file: string, page: number): number {
    const pgm = execFileSync('pdftoppm', ['-gray', '-r', '30', '-f', String(page), '-l', String(page), distFile(file)]);
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
    const pixels = pgm.subarray(header[0].length);
    return pixels.filter((v) => v < 128).length / pixels.length;
  }

  it.each(reportJobs)('$file: cover, contents and a chapter page render with ink on them', ({ file }) => {
    for (const p of [1, 2, 4]) {
      const share = ink(file, p);
      expect(share, `page ${p}`).toBeGreaterThan(0.002);
      expect(share, `page ${p}`).toBeLessThan(0.3);
    }
  });
});

describe('download links', () => {
  const pagesWithLinks = ['zh/', 'en/', ...chapterJobs.map((j) => j.page), ...reportJobs.map((j) => j.page)];

  it.each(pagesWithLinks)('%s links its PDFs with their real size', (path) => {
    const links = readPage(path).querySelectorAll('a[data-pdf]');
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      const file = resolveHref(a.getAttribute('href')!);
      expect(file, a.getAttribute('href')).toBeDefined();
      expect(a.querySelector('.pdf-size')?.text).toContain(formatBytes(statSync(file!).size));
    }
  });

  it('chapter pages link their own chapter and the whole report; the home pages link every PDF of their language', () => {
    for (const job of chapterJobs) {
      const hrefs = readPage(job.page)
        .querySelectorAll('a[data-pdf]')
        .map((a) => a.getAttribute('data-pdf'));
      expect(hrefs).toEqual([job.file, reportJobs.find((r) => r.lang === job.lang)!.file]);
    }
    for (const lang of ['zh', 'en']) {
      const hrefs = readPage(`${lang}/`)
        .querySelectorAll('a[data-pdf]')
        .map((a) => a.getAttribute('data-pdf'));
      expect(hrefs.sort()).toEqual(
        jobs
          .filter((j) => j.lang === lang)
          .map((j) => j.file)
          .sort(),
      );
    }
  });

  it('leaves no size placeholder in any page', () => {
    expect(htmlFiles().filter((f) => readFileSync(distFile(f), 'utf8').includes(PDF_SIZE_TOKEN))).toEqual([]);
  });
});
