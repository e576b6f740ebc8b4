// The generator, tried as an editor would: for each synthetic compilation in tests/fixtures/compilations/ (later
// layouts: departments, no part headings, no tables, dense line breaks, GB18030 with CRLF, no contents, 5, 15 and 6
// chapters), `npm run new-report -- <file>` then `npm run build` (PDF=off) on a clean copy of the project, with no
// code change. The site must be complete in Chinese, say "not yet translated" in English, carry the report's own
// years, search in both languages and pass its own link check.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/shared/project-copy.ts';
import { useBrowser } from '../helpers/browser.ts';
import { buildEnv } from '../helpers/builds.ts';
import { htmlFiles, parseHtml, readPage } from '../helpers/dist.ts';
import { lostLines, sourceChapters } from '../helpers/fidelity.ts';
import { serveDist, type StaticServer } from '../helpers/browser.ts';

interface Fixture {
  file: string;
  chapters: number;
  years: { work: number; plans: number };
  published: string;
  /** A phrase of the fixture's text a reader would search for, and the chapter it is in. */
  query: [string, number];
  /** The editor's step 3: English slugs and a short name set in report.json, then `npm run import`. */
  rename?: { id: string; slugs: string[] };
}

const FIXTURES: Fixture[] = [
  {
    file: 'dept-2024.zh.txt',
    chapters: 5,
    years: { work: 2024, plans: 2025 },
    published: '2025-01-08',
    query: ['数字经济', 1],
    rename: { id: 'minhang', slugs: ['01-digital-economy', '02-business', '03-construction', '04-innovation', '05-rule-of-law'] },
  },
  { file: 'dense-gb18030.zh.txt', chapters: 15, years: { work: 2022, plans: 2023 }, published: '2023-01-10', query: ['养老', 11] },
  { file: 'no-contents-bom.zh.txt', chapters: 6, years: { work: 2023, plans: 2024 }, published: '2024-01-12', query: ['垃圾分类', 0] },
];

interface Built {
  fixture: Fixture;
  project: string;
  dist: string;
  config: { source: string; slugs: string[]; years: { work: number; plans: number }; published: string; title: { zh: string } };
  newReport: string;
  build: string;
}

function run(cwd: string, args: string[], env: Record<string, string> = {}): { status: number; output: string } {
  const r = spawnSync('node', args, { cwd, encoding: 'utf8', env: buildEnv(env), maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status ?? 1, output: `${r.stdout}${r.stderr}` };
}

const built = new Map<string, Built>();

beforeAll(() => {
  for (const fixture of FIXTURES) {
    const project = copyProject('new-report-');
    const newReport = run(project, ['scripts/new-report.ts', `tests/fixtures/compilations/${fixture.file}`]);
    if (newReport.status !== 0) throw new Error(`new-report ${fixture.file} failed:\n${newReport.output}`);
    if (fixture.rename) {
      const path = join(project, 'content/report.json');
      writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync(path, 'utf8')), ...fixture.rename }, null, 2));
      const reimport = run(project, ['scripts/import.ts']);
      if (reimport.status !== 0) throw new Error(`import after renaming failed:\n${reimport.output}`);
    }
    const build = run(project, ['scripts/build.ts'], { PDF: 'off' });
    if (build.status !== 0) throw new Error(`the build of ${fixture.file} failed:\n${build.output.slice(-4000)}`);
    const config = JSON.parse(readFileSync(join(project, 'content/report.json'), 'utf8')) as Built['config'];
    built.set(fixture.file, { fixture, project, dist: join(project, 'dist'), config, newReport: newReport.output, build: build.output });
  }
}, 900_000);

afterAll(() => {
  for (const b of built.values()) rmSync(b.project, { recursive: true, force: true });
});

const get = (file: string): Built => built.get(file)!;

describe.each(FIXTURES.map((f) => f.file))('new report from %s', (file) => {
  it('reads the layout: chapters, years and date from the text, no code changed', () => {
    const { fixture, config, newReport, build } = get(file);
    expect(config.slugs).toHaveLength(fixture.chapters);
    expect(config.years).toEqual(fixture.years);
    expect(config.published).toBe(fixture.published);
    expect(newReport).toContain(`${fixture.chapters} chapters`);
    expect(build).toMatch(/links ok: \d+ internal references resolve/);
    expect(build).toContain('[build] published');
  });

  it('every chapter has a Chinese page with every source line, in order, and an English page saying it is untranslated', () => {
    const { project, dist, config } = get(file);
    const source = sourceChapters(project, config);
    expect(source.chapters).toHaveLength(config.slugs.length);
    for (const chapter of source.chapters) {
      expect(lostLines(chapter, source.lines, dist), `chapter ${chapter.order}`).toEqual([]);
      const en = readPage(`en/chapters/${chapter.slug}/`, dist);
      expect(en.querySelector('html')?.getAttribute('lang')).toBe('en');
      expect(en.querySelector('.notice')?.text).toMatch(/not been translated/);
      expect(en.querySelector('.chapter-body')?.getAttribute('lang')).toBe('zh-CN');
      // Same ids in both languages, so a link keeps its place when the language changes.
      const ids = (lang: string) =>
        readPage(`${lang}/chapters/${chapter.slug}/`, dist)
          .querySelectorAll('.chapter-body [id]')
          .map((e) => e.id);
      expect(ids('en')).toEqual(ids('zh'));
      expect(ids('zh').length).toBeGreaterThan(2);
    }
  });

  it("names the report's own years and no other report's, and leaves no placeholder unfilled", () => {
    const { dist, config } = get(file);
    const { work, plans } = config.years;
    const search = readPage('zh/search/', dist);
    const labels = search.querySelectorAll('select[name="part"] option').map((o) => o.text);
    expect(labels).toEqual(expect.arrayContaining([`${work}年工作`, `${plans}年安排`]));
    const enLabels = readPage('en/search/', dist)
      .querySelectorAll('select[name="part"] option')
      .map((o) => o.text);
    expect(enLabels).toEqual(expect.arrayContaining([`Work in ${work}`, `Plans for ${plans}`]));
    expect(readPage('en/', dist).querySelector('title')?.text).toContain(String(work));
    for (const f of htmlFiles(dist)) {
      const doc = parseHtml(readFileSync(join(dist, f), 'utf8'));
      for (const el of doc.querySelectorAll('script, style, template')) el.remove();
      expect(doc.text, f).not.toMatch(/\{\{\w+\}\}/);
      // The report in this repository is about 2020 and 2021; a fixture's pages never say so in their interface.
      const chrome = doc.querySelectorAll('header, nav, footer, title, .chapter-no, label, option').map((e) => e.text);
      for (const text of chrome) expect(text, f).not.toMatch(/2020年工作|2021年安排|Work in 2020|Plans for 2021|杨浦|Yangpu/);
    }
  });

  it("uses the editor's slugs and short name once set, and shows each chapter's department", () => {
    const { fixture, dist, project, config } = get(file);
    if (!fixture.rename) return;
    expect(config.slugs).toEqual(fixture.rename.slugs);
    expect(readdirSync(join(project, 'content/chapters/zh')).sort()).toEqual(fixture.rename.slugs.map((s) => `${s}.mdx`));
    const chapter = readPage(`zh/chapters/${fixture.rename.slugs[0]}/`, dist);
    expect(chapter.querySelector('.chapter-department')?.text).toBe('示例区发展改革委');
    // The citation names the department with the issuer.
    expect(chapter.querySelector('details.cite')?.text).toContain('上海市示例区人民政府（示例区发展改革委）');
  });

  it('lists for the editors, on the status page, the glossary terms carried over that the new text does not use', () => {
    const { dist, project } = get(file);
    const glossary = (JSON.parse(readFileSync(join(project, 'content/glossary.json'), 'utf8')) as { terms: unknown[] }).terms.length;
    const unused = readPage('zh/status/', dist).querySelectorAll('ul.unused-terms li').length;
    expect(unused).toBeGreaterThan(0);
    // Together with the terms on the glossary page, every term of the carried-over glossary.
    expect(readPage('zh/glossary/', dist).querySelectorAll('.term').length + unused).toBe(glossary);
  });

  it('has no data pages when the text has no tables or key figures, and links none', () => {
    const { dist } = get(file);
    const files = htmlFiles(dist);
    expect(files.filter((f) => /\/(data|key-figures)\//.test(f))).toEqual([]);
    expect(readdirSync(dist)).not.toContain('data');
    expect(readPage('zh/', dist).querySelectorAll('a[href*="/data/"], a[href*="/key-figures/"]')).toHaveLength(0);
  });

  it('indexes every Chinese chapter for search, and no English fallback page', () => {
    const { dist, config } = get(file);
    // Pagefind's fragments are gzip with a 12-byte signature before the JSON; one per record (a page's anchored units).
    const pages = (lang: string) => {
      const dir = join(dist, `pagefind/${lang}/fragment`);
      const urls = readdirSync(dir).map(
        (f) =>
          (
            JSON.parse(
              gunzipSync(readFileSync(join(dir, f)))
                .subarray(12)
                .toString('utf8'),
            ) as { url: string }
          ).url,
      );
      return [...new Set(urls.map((u) => u.replace(/#.*/, '')))].sort();
    };
    expect(pages('zh')).toEqual([...config.slugs.map((s) => `/zh/chapters/${s}/`), '/zh/glossary/'].sort());
    expect(pages('en')).toEqual(['/en/glossary/']);
  });
});

describe('searching a new report in Chromium', () => {
  const { browser } = useBrowser();
  const servers: StaticServer[] = [];
  afterAll(async () => {
    for (const s of servers) await s.close();
  });

  async function results(page: Page, url: string, query: string): Promise<{ chapters: number[]; other: string | null }> {
    await page.goto(`${url}?q=${encodeURIComponent(query)}`);
    await page.waitForFunction((q) => document.querySelector<HTMLElement>('.search-results')?.dataset.query === q, query);
    const chapters = await page.$$eval('.search-results a.hit', (as) => as.map((a) => Number.parseInt((a as HTMLElement).dataset.chapter ?? '', 10)));
    // The English page points a Chinese query to the Chinese edition's hits (the chapters are not translated yet).
    const other = await page
      .waitForSelector('.search-other', { timeout: 5000 })
      .then((el) => el.textContent())
      .catch(() => null);
    return { chapters, other };
  }

  it.each(FIXTURES.map((f) => f.file))('%s: a Chinese query finds its chapter; the English search page points to those hits', async (file) => {
    const { dist, fixture } = get(file);
    const server = await serveDist(dist);
    servers.push(server);
    const page = await browser().newPage();
    const [query, chapter] = fixture.query;
    const zh = await results(page, `${server.url}zh/search/`, query);
    expect(zh.chapters.length).toBeGreaterThan(0);
    if (chapter > 0) expect(zh.chapters.slice(0, 3)).toContain(chapter);
    const en = await results(page, `${server.url}en/search/`, query);
    expect(en.other).toMatch(/中文也有：\d+ 条结果/);
    await page.close();
  });
});
