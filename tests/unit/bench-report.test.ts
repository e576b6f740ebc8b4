// npm run bench's pure half: summaries of the raw record, the tables, and the README section they replace.
import { describe, expect, it } from 'vitest';
import type { BuildRun } from '../../scripts/benchmark/bench-build.ts';
import {
  type BenchRecord,
  budgetChecks,
  buildSummary,
  chapterSummary,
  pageType,
  pageTypeSummaries,
  phaseSummaries,
  README_END,
  README_START,
  renderMarkdown,
  replaceBenchSection,
  scaleRows,
  searchSummaries,
  summarizeBench,
} from '../../scripts/benchmark/bench-report.ts';
import type { Download } from '../../scripts/benchmark/site-sizes.ts';

const MiB = 2 ** 20;
const run = (seconds: number[], names = ['content checks', 'astro', 'search index']): BuildRun => ({
  seconds: seconds.reduce((a, b) => a + b, 0) + 0.5,
  cpu: seconds.reduce((a, b) => a + b, 0) * 1.5,
  phases: names.map((name, k) => ({ name, seconds: seconds[k]!, peakRss: (k + 1) * 100 * MiB, cpu: seconds[k]! * 1.5 })),
  peakRss: 300 * MiB,
  largest: { command: 'node astro build', hwm: 250 * MiB },
});
const dl = (url: string, kind: Download['kind'], bytes: number, gzip: number): Download => ({ url, kind, bytes, gzip });
const page = (file: string, html: number, css = 2000): { file: string; downloads: Download[] } => ({
  file,
  downloads: [dl(`/${file}`, 'html', html * 3, html), dl('/_astro/site.css', 'css', css * 4, css)],
});

const record: BenchRecord = {
  date: '2026-11-27T03:00:00.000Z',
  machine: {
    cpus: 2,
    cpuModel: 'AMD EPYC',
    memory: 24 * 2 ** 30,
    os: 'Linux 6',
    node: '24.9.0',
    astro: '7.3.5',
    pagefind: '1.6.0',
    chromium: '156',
    load: 1.5,
  },
  build: {
    runs: [run([1, 20, 5]), run([1.2, 24, 6]), run([0.8, 22, 4])],
    output: [0, 1, 2].map(() => ({ html: { files: 60, bytes: 2_000_000, gzip: 600_000 }, css: { files: 3, bytes: 14_000, gzip: 4000 } })),
    rebuilds: [run([1, 5, 1]), run([1, 7, 1]), run([1, 6, 1])],
  },
  pages: [
    page('zh/index.html', 7000),
    page('index.html', 3000),
    page('zh/chapters/01-a/index.html', 20000),
    page('en/chapters/01-a/index.html', 30000),
    page('zh/chapters/01-a/parallel/index.html', 40000),
    page('zh/print/index.html', 200000),
  ],
  search: [
    {
      lang: 'zh',
      query: '一网通办',
      page: [dl('/zh/search/', 'html', 9000, 3000), dl('/_astro/search.js', 'js', 30000, 10000)],
      search: [
        dl('/pagefind/zh/pagefind.js', 'js', 40000, 12000),
        dl('/pagefind/zh/wasm.zh.pagefind', 'data', 60000, 60000),
        dl('/_astro/engine.js', 'js', 5000, 2000),
      ],
    },
  ],
  chapters: [
    { file: 'zh/chapters/01-a/index.html', textGzip: 5000 },
    { file: 'en/chapters/01-a/index.html', textGzip: 6000 },
  ],
};

describe('summaries', () => {
  it('gives each phase, in build order, its median time, range and peak memory', () => {
    const phases = phaseSummaries(record.build.runs);
    expect(phases.map((p) => p.name)).toEqual(['content checks', 'astro', 'search index']);
    expect(phases[1]!.seconds).toEqual({ n: 3, median: 22, min: 20, max: 24, spread: 4 });
    expect(phases[2]!.peakRss.median).toBe(300 * MiB);
  });

  it('reads phase names from the runs, so a phase added to the build needs no change here', () => {
    const phases = phaseSummaries([run([1, 2], ['a', 'pdf']), run([1, 2, 3], ['a', 'pdf', 'share images'])]);
    expect(phases.map((p) => [p.name, p.seconds.n])).toEqual([
      ['a', 2],
      ['pdf', 2],
      ['share images', 1],
    ]);
  });

  it('summarizes output sizes by type and in total', () => {
    const s = buildSummary(record.build);
    expect(s.runs).toBe(3);
    expect(s.seconds.median).toBeCloseTo(27.3, 10);
    expect(s.largest).toEqual({ command: 'node astro build', hwm: { n: 3, median: 250 * MiB, min: 250 * MiB, max: 250 * MiB, spread: 0 } });
    expect(s.output.map((o) => [o.type, o.files, o.bytes.median])).toEqual([
      ['html', 60, 2_000_000],
      ['css', 3, 14_000],
    ]);
    expect(s.outputTotal).toMatchObject({ files: 63, bytes: { median: 2_014_000, spread: 0 } });
    expect(s.rebuild?.phases.map((p) => p.seconds.median)).toEqual([1, 6, 1]);
    expect(buildSummary({ runs: record.build.runs, output: record.build.output }).rebuild).toBeUndefined();
  });

  it('sorts pages into the types a reader meets', () => {
    expect(
      [
        'index.html',
        'en/index.html',
        'zh/chapters/03-x/index.html',
        'zh/chapters/03-x/parallel/index.html',
        'en/key-figures/index.html',
        'en/data/index.html',
        'zh/search/index.html',
        'zh/glossary/index.html',
        'en/print/index.html',
        '404.html',
      ].map(pageType),
    ).toEqual(['home', 'home', 'chapter', 'other', 'data', 'data', 'search', 'glossary', 'print', 'other']);
  });

  it('takes the median download of each page type and names its heaviest page', () => {
    const types = pageTypeSummaries(record.pages);
    expect(types.map((t) => [t.type, t.pages])).toEqual([
      ['home', 2],
      ['chapter', 2],
      ['print', 1],
      ['other', 1],
    ]);
    const chapter = types.find((t) => t.type === 'chapter')!;
    expect(chapter.median.html).toEqual({ files: 1, bytes: 75000, gzip: 25000 });
    expect(chapter.median.total.gzip).toBe(27000);
    expect(chapter.median.js.files).toBe(0);
    expect(chapter.heaviest.file).toBe('en/chapters/01-a/index.html');
  });

  it('counts Pagefind files for the first search wherever they were fetched, and everything after load', () => {
    expect(searchSummaries(record.search)).toEqual([
      { lang: 'zh', query: '一网通办', pagefind: { files: 2, bytes: 100000, gzip: 72000 }, afterLoad: { files: 3, bytes: 105000, gzip: 74000 } },
    ]);
  });

  it('divides each chapter page download by its text alone, with the median and the worst', () => {
    const s = chapterSummary(record.chapters, record.pages)!;
    expect(s.chapters.map((c) => c.ratio)).toEqual([22000 / 5000, 32000 / 6000]);
    expect(s.worst.file).toBe('en/chapters/01-a/index.html');
    expect(s.median).toBeCloseTo((4.4 + 32000 / 6000) / 2, 10);
    expect(chapterSummary([], record.pages)).toBeUndefined();
  });
});

describe('size budgets', () => {
  const budgetOf = (file: string) => ({ type: file.includes('/chapters/') ? 'chapter' : 'other', pages: '.', html: 21000, css: 2000, js: 0 });

  it("weighs each page as fetched until load and names what is over its type's budget", () => {
    const checks = budgetChecks(record.pages, budgetOf);
    expect(checks.find((c) => c.file === 'zh/chapters/01-a/index.html')).toEqual({
      file: 'zh/chapters/01-a/index.html',
      type: 'chapter',
      weights: { html: 20000, css: 2000, js: 0 },
      over: [],
    });
    expect(checks.find((c) => c.file === 'en/chapters/01-a/index.html')!.over).toEqual(['html']);
  });

  it('lists the pages over budget in the tables, or says that all are within', () => {
    const md = renderMarkdown(record, summarizeBench(record, budgetOf));
    expect(md).toContain('3 of 6 pages over:');
    expect(md).toContain('- en/chapters/01-a/ (chapter): html 30000 B > 21000 B');
    expect(md).toContain('- zh/print/ (other): html 200000 B > 21000 B');
    const roomy = () => ({ type: 'any', pages: '.', html: 1e6, css: 1e6, js: 1e6 });
    expect(renderMarkdown(record, summarizeBench(record, roomy))).toContain('all 6 pages within');
  });
});

describe('scale rows', () => {
  const scaled = {
    factor: 10,
    chapters: { real: 12, scaled: 120 },
    textBytes: { real: 1000, scaled: 10000 },
    build: { runs: [run([10, 200, 500])], output: [{ html: { files: 600, bytes: 20_000_000, gzip: 6_000_000 } }] },
    index: { real: { zh: { files: 10, bytes: 100_000, gzip: 100_000 } }, scaled: { zh: { files: 40, bytes: 400_000, gzip: 400_000 } } },
    pages: [page('zh/index.html', 70000), page('zh/chapters/01-a/index.html', 20000)],
  };
  const rows = scaleRows(buildSummary(record.build), scaled.index.real, record.pages, scaled);
  const row = (what: string) => rows.find((r) => r.what === what)!;

  it('compares each phase, the index and the page weights with the text factor', () => {
    expect(row('phase: content checks, CPU').fit.growth).toBe('linear');
    expect(row('phase: astro, CPU').fit.growth).toBe('linear');
    expect(row('build, CPU').real).toBeCloseTo(1.5 * 26.8, 10);
    expect(row('build, CPU').scaled).toBeCloseTo(1.5 * 710, 10);
    expect(row('phase: search index, CPU').fit.growth).toBe('superlinear');
    expect(row('search index zh').fit.growth).toBe('sublinear');
    expect(row('home page, gzip on load (median)').fit.ratio).toBeCloseTo(72000 / 7000, 10);
    expect(row('chapter page, gzip on load (median)').fit.growth).toBe('constant');
    expect(row('pages (HTML files)')).toMatchObject({ real: 60, scaled: 600 });
  });

  it('leaves out what only one side has', () => {
    expect(rows.some((r) => r.what.startsWith('print page'))).toBe(false);
  });
});

describe('markdown and the README', () => {
  it('renders every section with the figures of the record', () => {
    const md = renderMarkdown(record);
    expect(md).toContain('3 clean builds');
    expect(md).toContain('| astro | 22.0 s | 20.0–24.0 | 81 % | 33.0 s | 200 MiB | 6.00 s |');
    expect(md).toContain('| **whole build** | **27.3 s** | 26.5–31.7 | 100 % | 40.2 s | **300 MiB** | **8.50 s** |');
    expect(md).toContain('node astro build');
    expect(md).toMatch(/\| chapter \| 2 \|/);
    expect(md).toContain('“一网通办”');
    expect(md).toContain('worst **5.33** (en/chapters/01-a/)');
    expect(md).not.toContain('Scale:');
  });

  it('keeps the summaries it prints in the JSON', () => {
    const s = summarizeBench(record);
    expect(s.build.phases).toHaveLength(3);
    expect(s.scale).toBeUndefined();
  });

  it('replaces only what stands between the markers, and refuses a README without them', () => {
    const readme = `# Title\n\n## Performance\n\n${README_START}\nold figures\n${README_END}\n\n## After\n`;
    const next = replaceBenchSection(readme, 'new figures');
    expect(next).toBe(`# Title\n\n## Performance\n\n${README_START}\nnew figures\n${README_END}\n\n## After\n`);
    expect(replaceBenchSection(next, 'new figures')).toBe(next);
    expect(() => replaceBenchSection('# no markers', 'x')).toThrow(/markers/);
  });
});
