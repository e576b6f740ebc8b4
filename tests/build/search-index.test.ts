// The search bundles in the real dist/: one per language, holding exactly the translated chapter text,
// cut into records whose deep links resolve to an element of the built page.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/checks/content-check.ts';
import { diskTree } from '../../scripts/checks/fs-tree.ts';
import { ROOT, reportConfig } from '../../scripts/shared/project.ts';
import { PART_FILTERS } from '../../src/lib/search/filters.ts';
import { distFile, htmlFiles, readPage, resolveHref } from '../helpers/dist.ts';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Pagefind's files are gzip with a 12-byte signature ("pagefind_dcd") before the payload. */
function readPagefind(path: string): Buffer {
  const data = gunzipSync(readFileSync(path));
  expect(data.subarray(0, 12).toString()).toBe('pagefind_dcd');
  return data.subarray(12);
}

function fragments(lang: string): Fragment[] {
  const dir = distFile(`pagefind/${lang}/fragment`);
  return readdirSync(dir).map((f) => JSON.parse(readPagefind(join(dir, f)).toString('utf8')) as Fragment);
}

const { content } = checkContent(diskTree(ROOT));
const translated = new Set([...content.en.values()].filter((d) => d.data.translated).map((d) => String(d.data.slug)));
const slugs = reportConfig().slugs;

describe.each(['zh', 'en'])('the %s search bundle', (lang) => {
  const records = fragments(lang);

  it('holds one language, with only the files the site loads', () => {
    const entry = JSON.parse(readFileSync(distFile(`pagefind/${lang}/pagefind-entry.json`), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual([lang]);
    expect(entry.languages[lang]!.page_count).toBe(records.length);
    const top = readdirSync(distFile(`pagefind/${lang}`)).sort();
    expect(top.filter((f) => !/^(fragment|index|filter|pagefind\.js|pagefind-entry\.json|pagefind\..+\.pf_meta|wasm\..+\.pagefind)$/.test(f))).toEqual([]);
    expect(top).toContain('pagefind.js');
  });

  const indexed = htmlFiles().filter((f) => f.startsWith(`${lang}/`) && readPage(f).querySelector('[data-pagefind-body]'));
  const siteUrl = (file: string) => `/${file.replace(/index\.html$/, '')}`;

  it('indexes the chapters in this language, the data, key-figures and glossary pages, and nothing else', () => {
    const chapters = slugs.filter((s) => lang === 'zh' || translated.has(s)).map((s) => `/${lang}/chapters/${s}/`);
    const want = [...chapters, ...['data', 'glossary', 'key-figures'].map((p) => `/${lang}/${p}/`)].sort();
    expect([...new Set(records.map((r) => r.url.replace(/#.*/, '')))].sort()).toEqual(want);
    // The built pages agree: data-pagefind-body exactly there (not on home, search, parallel, status or fallback pages).
    expect(indexed.map(siteUrl).sort()).toEqual(want);
  });

  it('has a record for every anchored unit (paragraph, heading, table, figure, term, section), linking to its id', () => {
    const anchors = indexed.flatMap((f) =>
      readPage(f)
        .querySelectorAll('[data-pagefind-body] [data-pagefind-meta^="anchor:"]')
        .filter((el) => !el.parentNode?.closest('[data-pagefind-meta^="anchor:"]')) // a unit inside a unit is part of it
        .map((el) => `${siteUrl(f)}#${el.id}`),
    );
    const urls = records.map((r) => r.url).filter((u) => u.includes('#'));
    expect(urls.sort()).toEqual(anchors.sort());
    for (const r of records) {
      const [path, id] = r.url.split('#');
      const file = resolveHref(path!);
      expect(file, r.url).toBeDefined();
      if (id) expect(readFileSync(file!, 'utf8')).toContain(`id="${id}"`);
    }
  });

  it('files chapter text under its chapter, and every unit under a part', () => {
    for (const r of records) {
      const chapter = /\/chapters\/([^/]+)\//.exec(r.url)?.[1];
      if (chapter) expect(r.filters.chapter).toEqual([chapter]);
      if (r.url.includes('#')) expect(PART_FILTERS, r.url).toContain(r.filters.part?.[0]);
      if (!chapter && r.url.includes('#')) expect(r.filters.part, r.url).toEqual(['data']);
      expect(r.meta.title?.length).toBeGreaterThan(1);
    }
  });

  it('keeps navigation, paragraph numbers and source-line notes out of the text', () => {
    const text = records.map((r) => r.content.replace(/\u200B/g, '')).join('\n');
    expect(text).not.toMatch(lang === 'zh' ? /原文第\d+/ : /Source lines \d+/);
    expect(records.find((r) => r.url.endsWith('#p-3-12'))?.content.replace(/\u200B/g, '')).not.toMatch(/^3\.12/);
  });

  it(lang === 'zh' ? 'segments Chinese into words (zero-width spaces between them)' : 'is plain English text', () => {
    const sample = records.find((r) => r.url.endsWith('#p-1-1'))!;
    expect(sample.content.includes('\u200B')).toBe(lang === 'zh');
  });
});

describe('search pages', () => {
  it.each(['zh', 'en'])('/%s/search/ is a GET form with the query field, the filters and a message for readers without JavaScript', (lang) => {
    const doc = readPage(`${lang}/search/`);
    const form = doc.querySelector('main form[role="search"]')!;
    expect(form.getAttribute('method')).toBe('get');
    expect(form.getAttribute('action')).toBe(`/${lang}/search/`);
    expect(form.querySelectorAll('[name]').map((el) => el.getAttribute('name'))).toEqual(['q', 'chapter', 'part']);
    expect(form.querySelectorAll('select[name="chapter"] option').length).toBe(1 + slugs.filter((s) => lang === 'zh' || translated.has(s)).length);
    expect(doc.querySelector('[data-search-nojs]')?.text).toMatch(/JavaScript/);
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  it.each(['zh/', 'en/chapters/03-riverside-peoples-city/', 'zh/search/'])("%s has the header search box, a GET form to its language's search page", (path) => {
    const lang = path.slice(0, 2);
    const box = readPage(path).querySelector('header form[data-search-box]')!;
    expect(box.getAttribute('action')).toBe(`/${lang}/search/`);
    expect(box.getAttribute('method')).toBe('get');
    expect(box.querySelector('input[name="q"]')?.getAttribute('type')).toBe('search');
    expect(existsSync(distFile(`${lang}/search/index.html`))).toBe(true);
  });
});
