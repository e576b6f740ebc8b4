// The link checker on small synthetic sites, at the root and under a base path.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks, resolveSitePath } from '../../scripts/checks/link-check.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'links-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const page = (body: string, head = ''): string => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('checkLinks', () => {
  it('accepts pages, assets, anchors and the site origin, and reports nothing on a sound site', () => {
    const dir = site({
      'index.html': page(
        '<a href="zh/">zh</a><a href="zh/ch/#p-1">para</a><img src="/a.svg" alt="">',
        '<link rel="stylesheet" href="/s.css"><link rel="canonical" href="https://ex.org/">',
      ),
      'zh/index.html': page('<a href="ch/">ch</a><a href="#top" id="top">top</a>'),
      'zh/ch/index.html': page('<p id="p-1">x</p><a href="../">up</a><a href="../../a.svg">a</a>'),
      'a.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      's.css': 'body { background: url("a.svg") }',
    });
    const r = checkLinks(dir, { site: 'https://ex.org' });
    expect(r.problems).toEqual([]);
    expect(r.external).toEqual([]);
    expect(r).toMatchObject({ pages: 3, checked: 10, anchors: 2 });
  });

  it('names the file and reference of missing pages, files, anchors and folders without a slash', () => {
    const dir = site({
      'index.html': page(
        '<a href="/nope/">a</a><a href="/zh/#missing">b</a><a href="/zh">c</a><img src="/x.png" alt=""><a href="javascript:void(0)">d</a><a href="#">e</a><a href="/s.css#x">f</a>',
      ),
      'zh/index.html': page('<p id="here">x</p>'),
      's.css': '@font-face { src: url(/fonts/none.woff2) }',
      'sitemap.xml': '<urlset><url><loc>http://site.invalid/zh/</loc><xhtml:link rel="alternate" href="http://site.invalid/en/"/></url></urlset>',
      'robots.txt': 'User-agent: *\nSitemap: http://site.invalid/sitemap-0.xml\n',
    });
    const r = checkLinks(dir);
    expect(r.problems).toEqual([
      { file: 'index.html', ref: '/nope/', message: '<a> names no page' },
      { file: 'index.html', ref: '/zh/#missing', message: '<a> anchor #missing is not an id in zh/index.html' },
      { file: 'index.html', ref: '/zh', message: '<a> names a folder: add the trailing slash' },
      { file: 'index.html', ref: 'javascript:void(0)', message: '<a> has a javascript: URL' },
      { file: 'index.html', ref: '#', message: '<a> has an empty #fragment' },
      { file: 'index.html', ref: '/s.css#x', message: '<a> has a #fragment but names no page' },
      { file: 'index.html', ref: '/x.png', message: '<img> names no file' },
      { file: 'robots.txt', ref: 'http://site.invalid/sitemap-0.xml', message: '<Sitemap> names no file' },
      { file: 's.css', ref: '/fonts/none.woff2', message: '<css url()> names no file' },
      { file: 'sitemap.xml', ref: 'http://site.invalid/en/', message: '<xhtml:link> names no page' },
    ]);
  });

  it('under a base path, a root-absolute link that forgot the base is broken; 404.html is read from a deep path', () => {
    const dir = site({
      'index.html': page('<a href="/report/zh/">ok</a><a href="/zh/">forgot the base</a>'),
      'zh/index.html': page(''),
      '_astro/a.css': 'i { background: url("ok.png") } b { background: url(./missing.png) }',
      '_astro/ok.png': '',
      '404.html': page('<a href="../../../zh/">home</a><a href="zh/">relative to the unknown path</a>'),
    });
    expect(checkLinks(dir, { base: '/report/' }).problems).toEqual([
      { file: '404.html', ref: 'zh/', message: '<a> names no page' },
      { file: '_astro/a.css', ref: './missing.png', message: '<css url()> names no file' },
      { file: 'index.html', ref: '/zh/', message: '<a> is outside the base path /report/' },
    ]);
    expect(resolveSitePath(dir, '/report/zh/', '/report/')).toBe(join(dir, 'zh/index.html'));
    expect(resolveSitePath(dir, '/zh/', '/report/')).toBeUndefined();
  });

  it('lists external links with their rel, and checks the site origin’s own absolute URLs', () => {
    const dir = site({
      'index.html': page(
        '<a href="https://other.example/x" rel="noopener">o</a><a href="//cdn.example/y">p</a><a href="mailto:a@b.c">m</a>',
        '<meta property="og:image" content="https://ex.org/og/none.png">',
      ),
    });
    const r = checkLinks(dir, { site: 'https://ex.org/' });
    expect(r.external).toEqual([
      { file: 'index.html', href: 'https://other.example/x', rel: 'noopener', tag: 'a' },
      { file: 'index.html', href: '//cdn.example/y', rel: '', tag: 'a' },
    ]);
    expect(r.problems).toEqual([{ file: 'index.html', ref: 'https://ex.org/og/none.png', message: '<meta> names no file' }]);
  });
});
