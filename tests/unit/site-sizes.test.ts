import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  chapterText,
  downloadTotals,
  fileType,
  indexSizes,
  isCompressible,
  resourceKind,
  siteSizes,
  total,
  totalsBy,
  wireBytes,
} from '../../scripts/benchmark/site-sizes.ts';

describe('bytes over the wire', () => {
  it('gzips text formats at level 9 and sends compressed formats as they are', () => {
    const text = Buffer.from('<p>hello hello hello hello hello</p>'.repeat(50));
    expect(wireBytes('zh/index.html', text)).toBe(gzipSync(text, { level: 9 }).byteLength);
    expect(wireBytes('zh/index.html', text)).toBeLessThan(text.byteLength / 10);
    expect(wireBytes('og/zh/home.png', text)).toBe(text.byteLength);
    expect(wireBytes('pagefind/zh/index/zh_1a2b.pf_index', text)).toBe(text.byteLength);
  });

  it('judges by the extension of the path, ignoring a query string', () => {
    expect(isCompressible('/_astro/site.abc.css?v=1')).toBe(true);
    expect(isCompressible('/pagefind/en/wasm.en.pagefind')).toBe(false);
    expect(isCompressible('/pdf/report.pdf')).toBe(false);
  });
});

describe('sizes by file type', () => {
  it('counts the search index as one type and everything else by extension', () => {
    expect(fileType('pagefind/zh/fragment/zh_1.pf_fragment')).toBe('pagefind');
    expect(fileType('pagefind/en/pagefind.js')).toBe('pagefind');
    expect(fileType('_astro/site.abc.css')).toBe('css');
    expect(fileType('data/charts/zh/counts.SVG')).toBe('svg');
    expect(fileType('.nojekyll')).toBe('(none)');
  });

  it('sums files, bytes and gzip bytes per group, largest first', () => {
    const files = [
      { path: 'a.html', bytes: 100, gzip: 40 },
      { path: 'b.html', bytes: 300, gzip: 90 },
      { path: 'c.css', bytes: 1000, gzip: 200 },
    ];
    const byType = totalsBy(files, (f) => fileType(f.path));
    expect(byType).toEqual({ css: { files: 1, bytes: 1000, gzip: 200 }, html: { files: 2, bytes: 400, gzip: 130 } });
    expect(Object.keys(byType)).toEqual(['css', 'html']);
    expect(total(files)).toEqual({ files: 3, bytes: 1400, gzip: 330 });
  });

  it('sizes every file of a folder, and each language of the search index', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sizes-'));
    try {
      mkdirSync(join(dir, 'pagefind', 'zh', 'index'), { recursive: true });
      mkdirSync(join(dir, 'pagefind', 'en'), { recursive: true });
      writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>');
      writeFileSync(join(dir, '.nojekyll'), '');
      writeFileSync(join(dir, 'pagefind', 'zh', 'index', 'zh_1.pf_index'), Buffer.alloc(500));
      writeFileSync(join(dir, 'pagefind', 'zh', 'pagefind.js'), 'x'.repeat(200));
      writeFileSync(join(dir, 'pagefind', 'en', 'pagefind-entry.json'), '{}');
      const files = siteSizes(dir);
      expect(files.map((f) => f.path)).toEqual([
        '.nojekyll',
        'index.html',
        'pagefind/en/pagefind-entry.json',
        'pagefind/zh/index/zh_1.pf_index',
        'pagefind/zh/pagefind.js',
      ]);
      expect(files.find((f) => f.path === 'index.html')).toMatchObject({ bytes: 31 });
      const index = indexSizes(files);
      expect(index.zh).toEqual({ files: 2, bytes: 700, gzip: 500 + gzipSync('x'.repeat(200), { level: 9 }).byteLength });
      expect(index.en).toMatchObject({ files: 1, bytes: 2 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('what a page downloads', () => {
  it('sorts Chromium resource types into kinds', () => {
    expect(['document', 'stylesheet', 'script', 'font', 'image', 'fetch', 'xhr', 'manifest'].map(resourceKind)).toEqual([
      'html',
      'css',
      'js',
      'font',
      'image',
      'data',
      'data',
      'other',
    ]);
  });

  it('sums downloads per kind, with every kind present', () => {
    const t = downloadTotals([
      { url: '/zh/', kind: 'html', bytes: 1000, gzip: 300 },
      { url: '/_astro/a.css', kind: 'css', bytes: 400, gzip: 100 },
      { url: '/_astro/b.css', kind: 'css', bytes: 600, gzip: 150 },
    ]);
    expect(t.byKind.css).toEqual({ files: 2, bytes: 1000, gzip: 250 });
    expect(t.byKind.js).toEqual({ files: 0, bytes: 0, gzip: 0 });
    expect(t.total).toEqual({ files: 3, bytes: 2000, gzip: 550 });
  });
});

describe('the text of a chapter page', () => {
  const page = (body: string): string =>
    `<html><body><header>Site name<nav>Contents</nav></header><article class="chapter"><header><p>Chapter 3</p><h1>The  river<button>Copy link</button></h1></header>` +
    `<nav class="toc">On this page</nav><div class="chapter-body">${body}</div></article><footer>Footer</footer></body></html>`;

  it('is the title and the body as plain text, without navigation, controls or markup', () => {
    const html = page(
      '<h2 id="c3-2020">2020 work</h2>\n<p id="p-3-1">One &amp; two<button>Copy</button></p><table><tr><td>Bridge</td></tr></table><script>x()</script>',
    );
    expect(chapterText(html, 'f.html')).toBe('The river 2020 work One & two Bridge');
  });

  it('names the file when the page has no chapter body', () => {
    expect(() => chapterText('<html><body><h1>x</h1></body></html>', 'zh/chapters/03-x/index.html')).toThrow(
      /zh\/chapters\/03-x\/index.html: no chapter title and body/,
    );
  });
});
