// npm run bench [-- --runs 3] [--scale 10] [--scale-runs 1] [--no-readme] [--render]
// Builds the site from clean `runs` times (each in a fresh copy of the project: no dist/, no caches), then measures
// the last build in Chromium, builds a synthetic report `scale` times the size the same way (0: skip), and writes
// bench/results.json, the tables on stdout, and the README's performance section between its markers.
// Figures only: what is fast enough is for a reader of the numbers to judge, not for this script.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { type BuildRun, measuredBuild } from './benchmark/bench-build.ts';
import {
  type BenchRecord,
  type BuildRecord,
  type ChapterRecord,
  type Machine,
  type PageRecord,
  pageType,
  renderMarkdown,
  replaceBenchSection,
  type SearchRecord,
  summarizeBench,
} from './benchmark/bench-report.ts';
import { pageType as budgetOf } from './benchmark/budgets.ts';
import { launchChromium } from './shared/chromium.ts';
import { downloadsUntilLoad, firstSearch } from './benchmark/page-downloads.ts';
import { copyProject } from './shared/project-copy.ts';
import { installedVersion as version, ROOT } from './shared/project.ts';
import { chapterText, fileType, gzipSize, indexSizes, siteSizes, totalsBy } from './benchmark/site-sizes.ts';
import { serveDist } from './shared/static-server.ts';
import { type ChapterFile, reportTextBytes, syntheticReport } from './benchmark/synthetic-report.ts';

/** One query per language for the first-search figure, and what shows that its hits have arrived. */
const SEARCHES = [
  { lang: 'zh', query: '一网通办' },
  { lang: 'en', query: 'poverty alleviation' },
];
const SEARCH_HIT = '.search-results a.hit';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: process.env.BENCH_RUNS ?? '3' },
    scale: { type: 'string', default: process.env.BENCH_SCALE ?? '10' },
    'scale-runs': { type: 'string', default: '1' },
    'no-readme': { type: 'boolean', default: false },
    // Only the tables again, from the record in bench/results.json (after a change to how they are drawn).
    render: { type: 'boolean', default: false },
  },
});
const count = (name: string, raw: string, min: number): number => {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) {
    console.error(`bench: --${name} must be a whole number of at least ${min}, got "${raw}"`);
    process.exit(2);
  }
  return n;
};
const runs = count('runs', args.runs, 1);
const scale = count('scale', args.scale, 0);
const scaleRuns = count('scale-runs', args['scale-runs'], 1);
if (scale === 1) {
  console.error('bench: --scale 1 is the real report; give 0 (no scale test) or 2 and up');
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'bench-'));
/** Project copies still on disk: removed at the end, whether the benchmark succeeds or not. */
const copies = new Set<string>();
const removeCopy = (dir: string): void => {
  rmSync(dir, { recursive: true, force: true });
  copies.delete(dir);
};
const log = (s: string): void => console.log(`[bench] ${s}`);

function chapterFiles(root: string): ChapterFile[] {
  return (['zh', 'en'] as const).flatMap((lang) => {
    const dir = join(root, 'content', 'chapters', lang);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .sort()
      .map((name) => ({ lang, name, text: readFileSync(join(dir, name), 'utf8') }));
  });
}

/**
 * `n` clean builds, each in a fresh copy of the project (prepared by `prepare`), sized after each. Returns the
 * folder of the last one (its dist/ for the page measurements) and what was measured.
 */
async function builds(
  label: string,
  n: number,
  options: { prepare?: (dir: string) => void; rebuild?: boolean } = {},
): Promise<{ dir: string; record: BuildRecord }> {
  const record: BuildRecord = { runs: [], output: [], ...(options.rebuild ? { rebuilds: [] } : {}) };
  let dir = '';
  for (let k = 1; k <= n; k++) {
    if (dir) removeCopy(dir);
    dir = copyProject(`bench-${label}-`);
    copies.add(dir);
    options.prepare?.(dir);
    log(`${label} build ${k}/${n} in ${dir} …`);
    const run: BuildRun = await measuredBuild(dir, join(work, `${label}-${k}.log`));
    record.runs.push(run);
    record.output.push(totalsBy(siteSizes(join(dir, 'dist')), (f) => fileType(f.path)));
    log(`${label} build ${k}/${n}: ${describeRun(run)}`);
    if (record.rebuilds) {
      // The same build again in the same folder: what an author waits for when nothing changed (caches warm).
      const again = await measuredBuild(dir, join(work, `${label}-${k}-rebuild.log`));
      record.rebuilds.push(again);
      log(`${label} rebuild ${k}/${n}: ${describeRun(again)}`);
    }
  }
  return { dir, record };
}

const describeRun = (run: BuildRun): string =>
  `${run.seconds.toFixed(1)} s (${run.phases.map((p) => `${p.name} ${p.seconds.toFixed(1)}`).join(', ')}), peak ${(run.peakRss / 2 ** 20).toFixed(0)} MiB`;

const htmlPages = (dist: string): string[] =>
  siteSizes(dist)
    .map((f) => f.path)
    .filter((p) => p.endsWith('.html'));
const pageUrl = (file: string): string => file.replace(/(^|\/)index\.html$/, '$1');

async function measurePages(browser: Browser, dist: string, files: readonly string[]): Promise<PageRecord[]> {
  const server = await serveDist(dist);
  try {
    const pages: PageRecord[] = [];
    for (const file of files) pages.push({ file, downloads: await downloadsUntilLoad(browser, server.url + pageUrl(file)) });
    return pages;
  } finally {
    await server.close();
  }
}

async function measureSearch(browser: Browser, dist: string): Promise<SearchRecord[]> {
  if (!readdirSync(dist).includes('pagefind')) return [];
  const server = await serveDist(dist);
  try {
    const out: SearchRecord[] = [];
    for (const { lang, query } of SEARCHES)
      out.push({ lang, query, ...(await firstSearch(browser, `${server.url}${lang}/search/?q=${encodeURIComponent(query)}`, SEARCH_HIT)) });
    return out;
  } finally {
    await server.close();
  }
}

async function main(): Promise<void> {
  const browser = await launchChromium();
  const machine: Machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memory: totalmem(),
    os: `${type()} ${release()}`,
    node: process.versions.node,
    astro: version('astro'),
    pagefind: version('pagefind'),
    chromium: browser.version(),
    load: loadavg()[0]!,
  };
  await browser.close();
  log(`${machine.cpus} × ${machine.cpuModel}, load ${machine.load.toFixed(1)}; ${runs} run(s), scale ${scale || 'off'}; logs in ${work}`);

  const real = await builds('real', runs, { rebuild: true });
  const dist = join(real.dir, 'dist');
  const realFiles = siteSizes(dist);
  const pageFiles = htmlPages(dist);

  log(`loading ${pageFiles.length} pages in Chromium …`);
  const chromium = await launchChromium();
  let pages: PageRecord[];
  let search: SearchRecord[];
  try {
    pages = await measurePages(chromium, dist, pageFiles);
    search = await measureSearch(chromium, dist);
  } finally {
    await chromium.close();
  }
  const chapters: ChapterRecord[] = pageFiles
    .filter((f) => pageType(f) === 'chapter')
    .map((file) => ({ file, textGzip: gzipSize(chapterText(readFileSync(join(dist, file), 'utf8'), file)) }));
  const record: BenchRecord = { date: new Date().toISOString(), machine, build: real.record, pages, search, chapters };

  if (scale > 0) {
    const realChapters = chapterFiles(real.dir);
    let scaledChapters = 0;
    const scaled = await builds(`scale${scale}`, scaleRuns, {
      prepare: (dir) => {
        const synthetic = syntheticReport({
          chapters: realChapters,
          report: JSON.parse(readFileSync(join(dir, 'content', 'report.json'), 'utf8')) as { slugs: string[] },
          keyFigures: JSON.parse(readFileSync(join(dir, 'content', 'key-figures.json'), 'utf8')) as { figures: { id: string; paragraph: string }[] },
          factor: scale,
        });
        for (const [path, text] of synthetic.files) writeFileSync(join(dir, path), text);
        scaledChapters = synthetic.chapters;
      },
    });
    const scaledDist = join(scaled.dir, 'dist');
    // Every page type of the scaled site, but only the chapter (and other) pages the real site has too: those
    // are copies, and weighing five hundred of them would say nothing new.
    const sample = htmlPages(scaledDist).filter((f) => !['chapter', 'other'].includes(pageType(f)) || pageFiles.includes(f));
    log(`loading ${sample.length} pages of the scaled site in Chromium …`);
    const browser2 = await launchChromium();
    let scaledPages: PageRecord[];
    try {
      scaledPages = await measurePages(browser2, scaledDist, sample);
    } finally {
      await browser2.close();
    }
    record.scale = {
      factor: scale,
      chapters: { real: realChapters.filter((c) => c.lang === 'zh').length, scaled: scaledChapters },
      textBytes: { real: reportTextBytes(realChapters), scaled: reportTextBytes(chapterFiles(scaled.dir)) },
      build: scaled.record,
      index: { real: indexSizes(realFiles), scaled: indexSizes(siteSizes(scaledDist)) },
      pages: scaledPages,
    };
  }
  for (const dir of copies) removeCopy(dir);

  publish(record);
  rmSync(work, { recursive: true, force: true });
}

/** bench/results.json, the tables on stdout and the README section, from a record. */
function publish(record: BenchRecord): void {
  const { machine } = record;
  const summary = summarizeBench(record, budgetOf);
  const markdown = renderMarkdown(record, summary);
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify({ machine, date: record.date, summary, record }, null, 1)}\n`);
  console.log(`\n${markdown}\n`);
  if (!args['no-readme']) {
    const readme = join(ROOT, 'README.md');
    writeFileSync(readme, replaceBenchSection(readFileSync(readme, 'utf8'), markdown));
    log('wrote bench/results.json and the performance section of README.md');
  } else log('wrote bench/results.json');
}

try {
  if (args.render) publish((JSON.parse(readFileSync(join(ROOT, 'bench', 'results.json'), 'utf8')) as { record: BenchRecord }).record);
  else await main();
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}\n(build logs kept in ${work})`);
  process.exitCode = 1;
} finally {
  for (const dir of copies) removeCopy(dir);
}
