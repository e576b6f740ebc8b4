// Head metadata in the built site: Open Graph and Twitter cards with current share images, JSON-LD,
// and a sitemap whose language alternates are exactly the hreflang pairs of the pages themselves.
import { existsSync, readFileSync } from 'node:fs';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { pngSize, pngText } from '../../scripts/phases/png.ts';
import { readJson, reportConfig } from '../../scripts/shared/project.ts';
import { CARD_HEIGHT, CARD_WIDTH, pdfPath } from '#core/paths.ts';
import { CARD_HASH_KEY, cardChapters, cardHash, shareCards } from '../../scripts/phases/share-card.ts';
import { createTranslator } from '#core/translator.ts';
import { BASE_DIST, BASE_PATH, ensureBaseBuild } from '../helpers/builds.ts';
import { builtFiles, DIST, distFile, htmlFiles, readPage, resolveHref, SITE } from '../helpers/dist.ts';

const config = reportConfig();
const ui = createTranslator({ zh: readJson('src/i18n/zh.json'), en: readJson('src/i18n/en.json') });
const cards = shareCards(config, cardChapters(config.slugs), ui.t);
const pages = htmlFiles()
  .filter((p) => p !== '404.html')
  .map((p) => p.replace(/index\.html$/, ''));
const meta = (doc: HTMLElement, key: string) => doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
type Alternates = [hreflang: string, href: string][];
const hreflangs = (doc: HTMLElement): Alternates =>
  doc.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang')!, l.getAttribute('href')!]);
const jsonLd = (doc: HTMLElement) => doc.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.text) as Record<string, unknown>);

describe('Open Graph and Twitter cards', () => {
  it.each(pages)('/%s: title, description, URL, locale and a 1200x630 share image', (path) => {
    const doc = readPage(path);
    const canonical = doc.querySelector('link[rel="canonical"]')!.getAttribute('href');
    expect(canonical).toBe(`${SITE}/${path}`);
    expect(meta(doc, 'og:url')).toBe(canonical);
    expect(meta(doc, 'og:title')).toBe(doc.querySelector('title')!.text);
    expect(meta(doc, 'og:description')).toBe(meta(doc, 'description'));
    expect(meta(doc, 'og:description')!.length).toBeGreaterThan(10);
    expect(meta(doc, 'og:locale')).toBe(path.startsWith('en/') ? 'en_US' : 'zh_CN');
    expect(meta(doc, 'og:locale:alternate') !== undefined).toBe(hreflangs(doc).length > 0);
    expect(meta(doc, 'twitter:card')).toBe('summary_large_image');
    const image = meta(doc, 'og:image')!;
    expect(meta(doc, 'twitter:image')).toBe(image);
    expect(meta(doc, 'og:image:alt')!.length).toBeGreaterThan(10);
    expect([meta(doc, 'og:image:width'), meta(doc, 'og:image:height')]).toEqual([String(CARD_WIDTH), String(CARD_HEIGHT)]);
    // A chapter and its views show the chapter's card; the chooser its own; every other page its language's home card.
    const slug = /^(?:zh|en)\/chapters\/([^/]+)\//.exec(path)?.[1];
    const want = path === '' ? 'og/report.png' : `og/${path.slice(0, 2)}/${slug ?? 'home'}.png`;
    expect(image).toBe(`${SITE}/${want}`);
    const file = resolveHref(new URL(image).pathname);
    expect(file, image).toBeDefined();
    expect(pngSize(readFileSync(file!), image)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
  });

  it('every share image shows its current card (title, report, district), and no other images are published', () => {
    const published = builtFiles('.png', distFile('og'))
      .map((f) => `og/${f}`)
      .sort();
    expect(published).toEqual(cards.map((c) => c.path).sort());
    for (const card of cards) expect(pngText(readFileSync(distFile(card.path)), card.path)[CARD_HASH_KEY], card.path).toBe(cardHash(card));
  });
});

describe('citation metadata for reference managers (Highwire citation_*, Dublin Core)', () => {
  const LANGS = ['zh', 'en'] as const;
  const chapterPages = LANGS.flatMap((lang) => config.slugs.map((slug) => ({ lang, slug: slug as string | undefined, path: `${lang}/chapters/${slug}/` })));
  const citable = [...LANGS.map((lang) => ({ lang, slug: undefined as string | undefined, path: `${lang}/` })), ...chapterPages];
  // PDF=off builds make no PDFs, and then the tag pointing at one is removed with the download links.
  const pdfsBuilt = existsSync(distFile('pdf'));

  it.each(citable)('/$path: title, issuing government as author, date, language, PDF', ({ lang, slug, path }) => {
    const doc = readPage(path);
    const title = slug ? doc.querySelector('article.chapter h1')!.text : config.title[lang];
    expect(meta(doc, 'citation_title')).toBe(title);
    expect(meta(doc, 'citation_author')).toBe(config.issuer[lang]);
    expect(meta(doc, 'citation_publication_date')).toBe(config.published.replaceAll('-', '/'));
    expect(meta(doc, 'citation_language')).toBe(lang);
    expect(meta(doc, 'citation_inbook_title')).toBe(slug ? config.title[lang] : undefined);
    expect(meta(doc, 'citation_public_url')).toBe(`${SITE}/${path}`);
    expect(meta(doc, 'DC.title')).toBe(title);
    expect(meta(doc, 'DC.creator')).toBe(config.issuer[lang]);
    expect(meta(doc, 'DC.date')).toBe(config.published);
    expect(meta(doc, 'DC.language')).toBe(lang === 'zh' ? 'zh-CN' : 'en');
    expect(doc.querySelectorAll('meta[name="citation_title"]')).toHaveLength(1);
    const pdf = meta(doc, 'citation_pdf_url');
    if (pdfsBuilt) {
      expect(pdf).toBe(`${SITE}/${pdfPath(reportConfig().id, lang, slug)}`);
      expect(resolveHref(new URL(pdf!).pathname), pdf).toBeDefined();
    } else expect(pdf).toBeUndefined();
  });

  it.each(pages.filter((p) => !citable.some((c) => c.path === p) && !/\/chapters\/[^/]+\/$/.test(p)))(
    '/%s is not itself a citable text and has none',
    (path) => {
      const doc = readPage(path);
      expect(doc.querySelectorAll('meta[name^="citation_"], meta[name^="DC."]')).toHaveLength(0);
    },
  );
});

describe('JSON-LD', () => {
  it.each(['zh', 'en'])('%s/: the report with its 12 chapters', (lang) => {
    const [ld] = jsonLd(readPage(`${lang}/`));
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Report',
      '@id': `${SITE}/${lang}/#report`,
      url: `${SITE}/${lang}/`,
      datePublished: config.published,
    });
    expect(ld!.name).toBe(config.title[lang as 'zh' | 'en']);
    const parts = ld!.hasPart as { url: string; position: number }[];
    expect(parts.map((p) => p.url)).toEqual(config.slugs.map((s) => `${SITE}/${lang}/chapters/${s}/`));
    expect(parts.map((p) => p.position)).toEqual(config.slugs.map((_, k) => k + 1));
    if (lang === 'en') expect(ld!.translationOfWork).toEqual({ '@id': `${SITE}/zh/#report` });
  });

  it.each(pages.filter((p) => /^(zh|en)\/chapters\/[^/]+\/$/.test(p)))('/%s: the chapter, part of its report', (path) => {
    const doc = readPage(path);
    const [ld] = jsonLd(doc);
    const lang = path.slice(0, 2);
    const slug = path.split('/')[2]!;
    expect(ld).toMatchObject({ '@type': 'Chapter', '@id': `${SITE}/${path}`, url: `${SITE}/${path}`, position: config.slugs.indexOf(slug) + 1 });
    expect(ld!.name).toBe(doc.querySelector('h1')!.text);
    expect(ld!.image).toBe(meta(doc, 'og:image'));
    expect(ld!.isPartOf).toMatchObject({ '@type': 'Report', '@id': `${SITE}/${lang}/#report` });
    const translated = hreflangs(doc).length > 0;
    expect(ld!.inLanguage).toBe(lang === 'en' && translated ? 'en' : 'zh-CN');
    if (lang === 'en' && translated) expect(ld!.translationOfWork).toEqual({ '@id': `${SITE}/zh/chapters/${slug}/` });
  });
});

/** url -> its hreflang alternates, from sitemap.xml. */
function sitemap(dir: string): Map<string, Alternates> {
  const xml = readFileSync(distFile('sitemap.xml', dir), 'utf8');
  expect(xml).toMatch(
    /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9" xmlns:xhtml="http:\/\/www.w3.org\/1999\/xhtml">/,
  );
  return new Map(
    [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map((m) => [
      m[1]!,
      [...m[2]!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((l): [string, string] => [l[1]!, l[2]!]),
    ]),
  );
}

describe('sitemap.xml and robots.txt', () => {
  beforeAll(() => ensureBaseBuild(), 600_000);

  it('lists exactly the indexable pages, each with the same language alternates as its <head>', () => {
    const entries = sitemap(DIST);
    const indexable = pages.filter((p) => meta(readPage(p), 'robots') !== 'noindex');
    expect([...entries.keys()].sort()).toEqual(indexable.map((p) => `${SITE}/${p}`).sort());
    for (const path of indexable) expect(entries.get(`${SITE}/${path}`), path).toEqual(hreflangs(readPage(path)));
  });

  it('pairs only pages that exist in both languages, and every pair points both ways', () => {
    const entries = sitemap(DIST);
    for (const [url, alternates] of entries) {
      if (alternates.length === 0) continue;
      expect(alternates.map(([h]) => h)).toEqual(['zh-CN', 'en', 'x-default']);
      for (const [, other] of alternates) expect(entries.get(other), `${url} -> ${other}`).toEqual(alternates);
    }
  });

  it('robots.txt allows crawling and names the sitemap; both follow the base path', () => {
    expect(readFileSync(distFile('robots.txt'), 'utf8')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap.xml\n`);
    expect(readFileSync(distFile('robots.txt', BASE_DIST), 'utf8')).toContain(`Sitemap: ${SITE}${BASE_PATH}sitemap.xml\n`);
    const base = sitemap(BASE_DIST);
    expect(base.size).toBe(sitemap(DIST).size);
    for (const [url, alternates] of base) {
      expect(url.startsWith(`${SITE}${BASE_PATH}`)).toBe(true);
      for (const [, href] of alternates) expect(href.startsWith(`${SITE}${BASE_PATH}`)).toBe(true);
    }
  });
});
