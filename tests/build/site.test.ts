// Build-output tests on the real dist/: pages, languages, canonical URLs, language switch, fidelity to the source.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HAN } from '#core/chapter-doc.ts';
import { checkContent } from '../../scripts/checks/content-check.ts';
import { diskTree } from '../../scripts/checks/fs-tree.ts';
import { ROOT, reportConfig } from '../../scripts/shared/project.ts';
import { textKey } from '#core/text.ts';
import { DIST, distFile, htmlFiles, readPage, resolveHref, SITE } from '../helpers/dist.ts';
import { lostLines, sourceChapters } from '../helpers/fidelity.ts';
import { formatDate } from '#core/translator.ts';

const config = reportConfig();
const { content } = checkContent(diskTree(ROOT));
const translated = new Set([...content.en.values()].filter((d) => d.data.translated).map((d) => String(d.data.slug)));
const pages = ['zh', 'en'].flatMap((lang) => config.slugs.map((slug) => ({ lang, slug, path: `${lang}/chapters/${slug}/` })));

describe('pages', () => {
  it('builds the chooser, both home pages, the 404 page and all 24 chapter pages', () => {
    for (const p of ['', 'zh/', 'en/', '404.html', ...pages.map((x) => x.path)]) expect(() => readPage(p), p).not.toThrow();
  });

  it.each(pages)('$path: lang, title, description, canonical, language switch', ({ lang, slug, path }) => {
    const doc = readPage(path);
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe(lang === 'zh' ? 'zh-CN' : 'en');
    expect(doc.querySelector('title')?.text.length).toBeGreaterThan(5);
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')?.length).toBeGreaterThan(5);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE}/${path}`);
    const sw = doc.querySelector('a[data-lang-switch]');
    const other = lang === 'zh' ? 'en' : 'zh';
    expect(sw?.getAttribute('hreflang')).toBe(other === 'zh' ? 'zh-CN' : 'en');
    expect(sw?.getAttribute('href')).toBe(`/${other}/chapters/${slug}/`);
    expect(resolveHref(sw!.getAttribute('href')!)).toBeDefined();
    // No inline code: besides JSON-LD data, only external, deferred module scripts (progressive enhancement).
    for (const script of doc.querySelectorAll('script:not([type="application/ld+json"])')) {
      expect(script.getAttribute('type')).toBe('module');
      expect(script.getAttribute('src')).toMatch(/^\/_astro\/[\w.-]+\.js$/);
      expect(script.text.trim()).toBe('');
    }
  });

  it.each(pages)('$path: hreflang pair and indexing follow the translation status', ({ lang, slug, path }) => {
    const doc = readPage(path);
    const alternates = doc.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => l.getAttribute('hreflang'));
    const robots = doc.querySelector('meta[name="robots"]')?.getAttribute('content');
    const notice = doc.querySelector('.notice');
    if (translated.has(slug)) {
      expect(alternates).toEqual(['zh-CN', 'en', 'x-default']);
      expect(robots).toBeUndefined();
      expect(notice).toBeNull();
    } else {
      expect(alternates).toEqual([]);
      expect(robots).toBe(lang === 'en' ? 'noindex' : undefined);
      expect(notice === null).toBe(lang === 'zh');
    }
  });

  it.each(pages)('$path: the paragraph and heading ids are those of the content', ({ lang, slug, path }) => {
    const doc = readPage(path);
    const source = lang === 'en' && translated.has(slug) ? content.en : content.zh;
    const want = source.get(`${slug}.mdx`)!.blocks.map((b) => b.id);
    // Figures drawn from the tables (chapter 4) carry ids of their own; the content's ids are the rest.
    const got = doc
      .querySelectorAll('.chapter-body > [id], .chapter-body > .heading > [id]')
      .filter((e) => !e.classList.contains('chart-figure'))
      .map((e) => e.id);
    expect(got).toEqual(want);
    const paras = doc.querySelectorAll('.chapter-body p.para');
    for (const p of paras) expect(p.querySelector('a.pnum')?.getAttribute('href')).toBe(`#${p.id}`);
  });
});

describe('English pages', () => {
  it.each(pages.filter((p) => p.lang === 'en' && translated.has(p.slug)))('$path: no Chinese outside elements marked zh-CN', ({ path }) => {
    const doc = readPage(path);
    for (const el of doc.querySelectorAll('[lang="zh-CN"], .sic-note')) el.remove();
    const text = doc.querySelector('main')!.text;
    expect(HAN.exec(text)?.input.slice(Math.max(0, (HAN.exec(text)?.index ?? 0) - 40), (HAN.exec(text)?.index ?? 0) + 40)).toBeUndefined();
  });
});

describe('Chinese fidelity', () => {
  const source = sourceChapters(ROOT, config);

  it.each(source.chapters)('chapter $order shows every source line $from-$to, in order', (chapter) => {
    expect(lostLines(chapter, source.lines, DIST)).toEqual([]);
  });

  it('the Chinese home page carries the title block and every contents entry', () => {
    const home = textKey(readPage('zh/').querySelector('main')!.text);
    expect(home).toContain(textKey(source.title));
    for (const t of source.tocTitles) expect(home).toContain(textKey(t));
  });
});

describe('the language chooser at /', () => {
  it('has one <h1>, the report title in both languages (the English marked lang="en"), and the site name in <title>', () => {
    const doc = readPage('');
    const h1 = doc.querySelectorAll('h1');
    expect(h1).toHaveLength(1);
    expect(h1[0]!.classList.contains('visually-hidden')).toBe(false);
    const parts = h1[0]!.querySelectorAll('span');
    expect(parts.map((p) => p.text)).toEqual([config.title.zh, config.title.en]);
    expect(parts.map((p) => p.getAttribute('lang') ?? doc.querySelector('html')!.getAttribute('lang'))).toEqual(['zh-CN', 'en']);
    const title = doc.querySelector('title')!.text;
    expect(title).toContain(config.shortTitle.zh);
    expect(title).toContain(config.shortTitle.en);
    // The choice itself is a labelled navigation list, one link per language.
    const nav = doc.querySelector('nav[aria-labelledby]')!;
    expect(doc.querySelector(`#${nav.getAttribute('aria-labelledby')}`)?.tagName).toBe('H2');
    expect(nav.querySelectorAll('a[hreflang]').map((a) => a.getAttribute('href'))).toEqual(['/zh/', '/en/']);
  });
});

describe('About this edition', () => {
  const ui = (lang: string) => JSON.parse(readFileSync(join(ROOT, `src/i18n/${lang}.json`), 'utf8')) as { site: { about: string } };

  it.each(['zh', 'en'] as const)('/%s/about/ says what the text is, who translated it, that it is not official, and the reuse terms', (lang) => {
    const doc = readPage(`${lang}/about/`);
    const text = doc.querySelector('main')!.text;
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    // The government's own publication, its issuer and date, from content/report.json.
    for (const fact of [config.title[lang], config.issuer[lang], formatDate(config.published, lang), config.edition.translator[lang]])
      expect(text).toContain(fact);
    expect(text).toContain(lang === 'en' ? 'not an official translation' : '不是官方译本');
    expect(text).toContain(lang === 'en' ? 'machine-assisted' : '机器辅助');
    // The licence of the translation and the data, linked; the Chinese text stays the government's; the code is MIT.
    const licence = doc.querySelector('.about-licence a[rel~="license"]')!;
    expect(licence.getAttribute('href')).toBe(config.edition.licence.url);
    expect(licence.getAttribute('rel')).toContain('noopener');
    expect(licence.text).toBe(config.edition.licence.name);
    expect(doc.querySelector(`.about-licence a[href="/${lang}/data/"]`)).not.toBeNull();
    expect(text).toContain('MIT');
    expect(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(`${SITE}/${lang}/about/`);
  });

  it("is linked from the footer of every page, in the page's language (both from the chooser and the 404 page)", () => {
    const files = htmlFiles();
    expect(files).toEqual(expect.arrayContaining(['zh/about/index.html', 'en/about/index.html']));
    for (const file of files) {
      const doc = readPage(file);
      const links = doc.querySelectorAll('footer a[href$="/about/"]');
      const lang = /^(zh|en)\//.exec(file)?.[1];
      if (lang) {
        expect(
          links.map((a) => [a.getAttribute('href'), a.text]),
          file,
        ).toEqual([[`/${lang}/about/`, ui(lang).site.about]]);
      } else
        expect(
          links.map((a) => a.getAttribute('href')),
          file,
        ).toEqual(['/zh/about/', '/en/about/']);
    }
  });

  it('is in the sitemap, with its language pair', () => {
    const sitemap = readFileSync(distFile('sitemap.xml'), 'utf8');
    for (const lang of ['zh', 'en']) expect(sitemap).toContain(`<loc>${SITE}/${lang}/about/</loc>`);
  });

  it('the code has an MIT LICENSE at the top level, and package.json says so', () => {
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n[\s\S]*Permission is hereby granted, free of charge/);
    expect((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { license: string }).license).toBe('MIT');
  });
});

describe('glossary pages', () => {
  it('/en/glossary/ counts each term\'s uses in words that agree with the numbers ("Used once in 1 chapter")', () => {
    const doc = readPage('en/glossary/');
    const summaries = doc.querySelectorAll('details.uses');
    expect(summaries.length).toBeGreaterThan(0);
    const seen = new Set<string>();
    for (const d of summaries) {
      const items = d.querySelectorAll('li');
      const uses = items.reduce(
        (sum, li) => sum + li.querySelectorAll('a').length + li.querySelectorAll('.times').reduce((s, x) => s + Number(x.text.replace(/\D/g, '')) - 1, 0),
        0,
      );
      const expected = `Used ${uses === 1 ? 'once' : `${uses} times`} in ${items.length} chapter${items.length === 1 ? '' : 's'}`;
      expect(d.querySelector('summary')!.text).toBe(expected);
      seen.add(`${uses === 1 ? 'once' : 'many'}/${items.length === 1 ? 'one' : 'many'}`);
    }
    // The real glossary has terms used once, several times in one chapter, and in many chapters.
    expect([...seen].sort()).toEqual(expect.arrayContaining(['many/many', 'many/one']));
  });

  it('/zh/glossary/ counts in Chinese, which has one form', () => {
    for (const s of readPage('zh/glossary/').querySelectorAll('details.uses summary')) expect(s.text).toMatch(/^出现\d+次，见\d+章$/);
  });

  it.each(['zh', 'en'])('/%s/glossary/ lists every term with its rendering and a linkable id', (lang) => {
    const doc = readPage(`${lang}/glossary/`);
    const ids = doc.querySelectorAll('.term').map((e) => e.id);
    expect(ids.sort()).toEqual(content.glossary.map((g) => `term-${g.id}`).sort());
    const first = content.glossary[0]!;
    const entry = doc.querySelector(`#term-${first.id}`)!;
    expect(entry.querySelector('.term-zh')?.text).toBe(first.zh);
    expect(entry.querySelector('.term-en')?.text).toBe(first.en);
  });
});

describe('translation status page', () => {
  it.each(['zh', 'en'])('/%s/status/ has one row per chapter with its block counts', (lang) => {
    const rows = readPage(`${lang}/status/`).querySelectorAll('.status-table tbody tr');
    expect(rows).toHaveLength(12);
    rows.forEach((row, k) => {
      const total = content.zh.get(`${config.slugs[k]}.mdx`)!.blocks.length;
      expect(row.querySelectorAll('td')[1]!.text).toMatch(new RegExp(`/ ${total}$`));
    });
  });

  it.each(['zh', 'en'])("/%s/status/ gives each chapter's source lines, which the chapter pages no longer show", (lang) => {
    const rows = readPage(`${lang}/status/`).querySelectorAll('.status-table tbody tr');
    rows.forEach((row, k) => {
      const [from, to] = content.zh.get(`${config.slugs[k]}.mdx`)!.data.sourceLines as [number, number];
      expect(row.querySelectorAll('td')[0]!.text).toBe(lang === 'zh' ? `第${from}–${to}行` : `${from}–${to}`);
      const chapter = readPage(`${lang}/chapters/${config.slugs[k]}/`);
      expect(chapter.querySelector('.chapter-meta')).toBeNull();
      expect(chapter.querySelector('article.chapter')!.text).not.toMatch(lang === 'zh' ? /原文第\d+/ : /Source lines/);
    });
    expect(readPage(`${lang}/status/`).querySelector('main code')?.text).toBe(config.source);
  });
});
