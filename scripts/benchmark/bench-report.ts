// npm run bench, the pure half: what was measured (the raw record), the medians and spreads drawn from it, and the
// Markdown tables printed and written into the README between its markers.
import type { BuildRun } from './bench-build.ts';
import { type PageType as BudgetType, type Weight, WEIGHTS, type Weights } from './budgets.ts';
import { type Download, downloadTotals, type DownloadTotals, RESOURCE_KINDS, type ResourceKind, type Total, total } from './site-sizes.ts';
import { growth, type GrowthFit, median, type Summary, summarize } from './stats.ts';

export interface Machine {
  cpus: number;
  cpuModel: string;
  /** Bytes. */
  memory: number;
  os: string;
  node: string;
  astro: string;
  pagefind: string;
  chromium: string;
  /** 1-minute load average when the benchmark started: the machine may be shared. */
  load: number;
}

/** Page types a reader meets, by path below the site root; the first match wins, anything else is "other". */
export const PAGE_TYPES: readonly { type: string; pattern: RegExp }[] = [
  { type: 'home', pattern: /^((zh|en)\/)?index\.html$/ },
  { type: 'chapter', pattern: /^(zh|en)\/chapters\/[^/]+\/index\.html$/ },
  { type: 'data', pattern: /^(zh|en)\/(data|key-figures)\/index\.html$/ },
  { type: 'search', pattern: /^(zh|en)\/search\/index\.html$/ },
  { type: 'glossary', pattern: /^(zh|en)\/glossary\/index\.html$/ },
  { type: 'print', pattern: /^(zh|en)\/print\/index\.html$/ },
];

export const pageType = (file: string): string => PAGE_TYPES.find((t) => t.pattern.test(file))?.type ?? 'other';

export interface PageRecord {
  /** Built file, e.g. "zh/chapters/03-x/index.html". */
  file: string;
  downloads: Download[];
}

export interface SearchRecord {
  lang: string;
  query: string;
  page: Download[];
  search: Download[];
}

export interface ChapterRecord {
  file: string;
  /** Gzip bytes of the chapter's text alone (title and body as plain text): the floor for reading it. */
  textGzip: number;
}

export interface BuildRecord {
  runs: BuildRun[];
  /** Output totals by file type, per run. */
  output: Record<string, Total>[];
  /** A second build in the folder of each clean one, nothing changed (caches warm). */
  rebuilds?: BuildRun[];
}

export interface ScaleRecord {
  factor: number;
  chapters: { real: number; scaled: number };
  /** UTF-8 bytes of the chapters' text, both languages. */
  textBytes: { real: number; scaled: number };
  build: BuildRecord;
  /** Search index per language (pagefind/<lang>/) of the real and of the scaled build. */
  index: { real: Record<string, Total>; scaled: Record<string, Total> };
  pages: PageRecord[];
}

export interface BenchRecord {
  date: string;
  machine: Machine;
  build: BuildRecord;
  pages: PageRecord[];
  search: SearchRecord[];
  chapters: ChapterRecord[];
  scale?: ScaleRecord;
}

// ---------------------------------------------------------------------------------------------------------------
// Summaries

export interface PhaseSummary {
  name: string;
  seconds: Summary;
  cpu: Summary;
  peakRss: Summary;
}

/** Phases in the order the build ran them (a phase missing from a run is left out of that run's figures). */
export function phaseSummaries(runs: readonly BuildRun[]): PhaseSummary[] {
  const names = [...new Set(runs.flatMap((r) => r.phases.map((p) => p.name)))];
  return names.map((name) => {
    const of = runs.flatMap((r) => r.phases.filter((p) => p.name === name));
    return { name, seconds: summarize(of.map((p) => p.seconds)), cpu: summarize(of.map((p) => p.cpu)), peakRss: summarize(of.map((p) => p.peakRss)) };
  });
}

const mostCommon = (values: readonly string[]): string =>
  [...values].sort((a, b) => values.filter((v) => v === b).length - values.filter((v) => v === a).length)[0] ?? '';

export interface BuildSummary {
  runs: number;
  phases: PhaseSummary[];
  seconds: Summary;
  cpu: Summary;
  peakRss: Summary;
  largest: { command: string; hwm: Summary };
  output: { type: string; files: number; bytes: Summary; gzip: Summary }[];
  outputTotal: { files: number; bytes: Summary; gzip: Summary };
  rebuild?: { phases: PhaseSummary[]; seconds: Summary };
}

export function buildSummary(build: BuildRecord): BuildSummary {
  const { runs, output } = build;
  const types = [...new Set(output.flatMap((o) => Object.keys(o)))];
  const per = (type: string, field: keyof Total): number[] => output.map((o) => o[type]?.[field] ?? 0);
  const totals = output.map((o) => total(Object.values(o)));
  const commands = runs.map((r) => r.largest.command);
  return {
    runs: runs.length,
    phases: phaseSummaries(runs),
    seconds: summarize(runs.map((r) => r.seconds)),
    cpu: summarize(runs.map((r) => r.cpu)),
    peakRss: summarize(runs.map((r) => r.peakRss)),
    largest: { command: mostCommon(commands), hwm: summarize(runs.map((r) => r.largest.hwm)) },
    output: types.map((type) => ({ type, files: median(per(type, 'files')), bytes: summarize(per(type, 'bytes')), gzip: summarize(per(type, 'gzip')) })),
    outputTotal: {
      files: median(output.map((o) => Object.values(o).reduce((n, t) => n + t.files, 0))),
      bytes: summarize(totals.map((t) => t.bytes)),
      gzip: summarize(totals.map((t) => t.gzip)),
    },
    ...(build.rebuilds?.length ? { rebuild: { phases: phaseSummaries(build.rebuilds), seconds: summarize(build.rebuilds.map((r) => r.seconds)) } } : {}),
  };
}

export interface PageTypeSummary {
  type: string;
  pages: number;
  /** Median over the pages of the type, per kind of resource and in total. */
  median: Record<ResourceKind | 'total', Total>;
  /** The page of the type that downloads the most (gzip). */
  heaviest: { file: string; totals: DownloadTotals };
}

export function pageTypeSummaries(pages: readonly PageRecord[]): PageTypeSummary[] {
  const types = [...PAGE_TYPES.map((t) => t.type), 'other'];
  return types.flatMap((type) => {
    const of = pages.filter((p) => pageType(p.file) === type).map((p) => ({ file: p.file, totals: downloadTotals(p.downloads) }));
    if (of.length === 0) return [];
    const med = (pick: (t: DownloadTotals) => Total): Total => ({
      files: median(of.map((p) => pick(p.totals).files)),
      bytes: median(of.map((p) => pick(p.totals).bytes)),
      gzip: median(of.map((p) => pick(p.totals).gzip)),
    });
    const heaviest = of.reduce((a, b) => (b.totals.total.gzip > a.totals.total.gzip ? b : a));
    return [
      {
        type,
        pages: of.length,
        median: { ...(Object.fromEntries(RESOURCE_KINDS.map((k) => [k, med((t) => t.byKind[k])])) as Record<ResourceKind, Total>), total: med((t) => t.total) },
        heaviest,
      },
    ];
  });
}

export interface BudgetCheck {
  file: string;
  /** The budget type of budgets.json the page falls under. */
  type: string;
  weights: Weights;
  over: Weight[];
}

/** Each page's HTML, CSS and JavaScript (gzip, as fetched until load) against the budget of its type in budgets.json. */
export function budgetChecks(pages: readonly PageRecord[], budgetOf: (file: string) => BudgetType): BudgetCheck[] {
  return pages.map((p) => {
    const { byKind } = downloadTotals(p.downloads);
    const weights: Weights = { html: byKind.html.gzip, css: byKind.css.gzip, js: byKind.js.gzip };
    const budget = budgetOf(p.file);
    return { file: p.file, type: budget.type, weights, over: WEIGHTS.filter((w) => weights[w] > budget[w]) };
  });
}

export interface SearchSummary {
  lang: string;
  query: string;
  /** Pagefind's files (its script, WebAssembly, index chunks, fragments) fetched for the first query. */
  pagefind: Total;
  /** Everything fetched after the page's load event until the hits show (search code, Pagefind files). */
  afterLoad: Total;
}

/** Pagefind's own files are everything under a pagefind/ folder. */
const isPagefind = (d: Download): boolean => /\/pagefind\//.test(d.url);

export function searchSummaries(search: readonly SearchRecord[]): SearchSummary[] {
  return search.map((s) => ({ lang: s.lang, query: s.query, pagefind: total([...s.page, ...s.search].filter(isPagefind)), afterLoad: total(s.search) }));
}

export interface ChapterRatio {
  file: string;
  downloadGzip: number;
  textGzip: number;
  /** Gzip bytes downloaded before load / gzip bytes of the chapter's text alone. */
  ratio: number;
}

export interface ChapterSummary {
  chapters: ChapterRatio[];
  median: number;
  worst: ChapterRatio;
}

export function chapterSummary(chapters: readonly ChapterRecord[], pages: readonly PageRecord[]): ChapterSummary | undefined {
  const ratios = chapters.flatMap((c) => {
    const page = pages.find((p) => p.file === c.file);
    if (!page) return [];
    const downloadGzip = total(page.downloads).gzip;
    return [{ file: c.file, downloadGzip, textGzip: c.textGzip, ratio: downloadGzip / c.textGzip }];
  });
  if (ratios.length === 0) return undefined;
  return { chapters: ratios, median: median(ratios.map((r) => r.ratio)), worst: ratios.reduce((a, b) => (b.ratio > a.ratio ? b : a)) };
}

export interface ScaleRow {
  what: string;
  unit: 's' | 'B' | 'n';
  real: number;
  scaled: number;
  fit: GrowthFit;
}

/** Real against scaled: each build phase, the whole build, memory, output and search index, page weights. */
export function scaleRows(real: BuildSummary, realIndex: Record<string, Total>, realPages: readonly PageRecord[], scale: ScaleRecord): ScaleRow[] {
  const scaled = buildSummary(scale.build);
  const factor = scale.textBytes.scaled / scale.textBytes.real;
  const row = (what: string, unit: ScaleRow['unit'], a: number, b: number): ScaleRow[] =>
    a > 0 && b > 0 ? [{ what, unit, real: a, scaled: b, fit: growth(a, b, factor) }] : [];
  const realTypes = pageTypeSummaries(realPages);
  const scaledTypes = pageTypeSummaries(scale.pages);
  return [
    ...row('report text (both languages)', 'B', scale.textBytes.real, scale.textBytes.scaled),
    ...row('pages (HTML files)', 'n', real.output.find((o) => o.type === 'html')?.files ?? 0, scaled.output.find((o) => o.type === 'html')?.files ?? 0),
    // Processor time, not wall time: the real and the large builds run minutes apart, and on a shared machine the
    // load can change in between; CPU seconds hardly notice it.
    ...real.phases.flatMap((p) => row(`phase: ${p.name}, CPU`, 's', p.cpu.median, scaled.phases.find((q) => q.name === p.name)?.cpu.median ?? 0)),
    ...row('build, CPU', 's', real.cpu.median, scaled.cpu.median),
    ...row('build, wall time (machine load may differ)', 's', real.seconds.median, scaled.seconds.median),
    ...row('peak memory (process tree)', 'B', real.peakRss.median, scaled.peakRss.median),
    ...row('output, all files', 'B', real.outputTotal.bytes.median, scaled.outputTotal.bytes.median),
    ...Object.keys(realIndex).flatMap((lang) => row(`search index ${lang}`, 'B', realIndex[lang]!.bytes, scale.index.scaled[lang]?.bytes ?? 0)),
    ...realTypes.flatMap((t) =>
      row(`${t.type} page, gzip on load (median)`, 'B', t.median.total.gzip, scaledTypes.find((s) => s.type === t.type)?.median.total.gzip ?? 0),
    ),
  ];
}

export interface BenchSummary {
  build: BuildSummary;
  pageTypes: PageTypeSummary[];
  /** Pages over their size budget (budgets.json), and how many were checked. */
  budgets: { checked: number; over: (BudgetCheck & { budget: Weights })[] } | undefined;
  search: SearchSummary[];
  chapters: ChapterSummary | undefined;
  scale: { factor: number; textFactor: number; rows: ScaleRow[] } | undefined;
}

/** Every median, spread and ratio the tables show, for bench/results.json. */
export function summarizeBench(record: BenchRecord, budgetOf?: (file: string) => BudgetType): BenchSummary {
  const build = buildSummary(record.build);
  const scale = record.scale;
  const checks = budgetOf && budgetChecks(record.pages, budgetOf);
  return {
    build,
    pageTypes: pageTypeSummaries(record.pages),
    budgets: checks && { checked: checks.length, over: checks.filter((c) => c.over.length > 0).map((c) => ({ ...c, budget: budgetOf!(c.file) })) },
    search: searchSummaries(record.search),
    chapters: chapterSummary(record.chapters, record.pages),
    scale: scale && {
      factor: scale.factor,
      textFactor: scale.textBytes.scaled / scale.textBytes.real,
      rows: scaleRows(build, scale.index.real, record.pages, scale),
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Markdown

const kib = (b: number): string => (b / 1024).toFixed(b < 10 * 1024 ? 1 : 0);
/** KiB up to 10 MiB, then MiB. */
const bytes = (b: number): string => (b < 10 * 2 ** 20 ? `${kib(b)} KiB` : `${(b / 2 ** 20).toFixed(1)} MiB`);
const mib = (b: number): string => (b / 1024 / 1024).toFixed(0);
const sec = (s: number): string => s.toFixed(s < 10 ? 2 : 1);
const range = (s: Summary, f: (n: number) => string): string => (s.n > 1 ? `${f(s.min)}–${f(s.max)}` : '–');
const table = (head: string[], rows: string[][]): string =>
  [`| ${head.join(' | ')} |`, `|${head.map((_, k) => (k === 0 ? '---' : '---:')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const value = (unit: ScaleRow['unit'], n: number): string => (unit === 's' ? `${sec(n)} s` : unit === 'B' ? bytes(n) : String(n));

function describeGrowth(r: ScaleRow): string {
  const { fit } = r;
  if (fit.growth === 'sublinear' && r.unit === 's') return `sublinear: ${sec(fit.fixed)} s fixed + ${sec(fit.perUnit)} s per report`;
  return fit.growth === 'linear' || fit.growth === 'constant' ? fit.growth : `${fit.growth} (exponent ${fit.exponent.toFixed(2)})`;
}

export function renderMarkdown(record: BenchRecord, summary: BenchSummary = summarizeBench(record)): string {
  const { machine } = record;
  const { build } = summary;
  const { rebuild } = build;
  const out: string[] = [];
  out.push(
    `Measured by \`npm run bench\` on ${record.date.slice(0, 10)}: ${build.runs} clean build${build.runs === 1 ? '' : 's'} of the real report; median, with the range over the runs. ` +
      `Machine: ${machine.cpus} × ${machine.cpuModel}, ${(machine.memory / 2 ** 30).toFixed(0)} GiB, load ${machine.load.toFixed(1)} at the start (shared); ` +
      `${machine.os}; Node ${machine.node}, Astro ${machine.astro}, Pagefind ${machine.pagefind}, Chromium ${machine.chromium}. Raw figures: \`bench/results.json\`.`,
  );
  out.push(
    '#### Build time and memory',
    table(
      ['phase', 'time', 'range', 'share', 'CPU', 'peak memory', ...(rebuild ? ['rebuild'] : [])],
      [
        ...build.phases.map((p) => {
          const again = rebuild?.phases.find((q) => q.name === p.name);
          return [
            p.name,
            `${sec(p.seconds.median)} s`,
            range(p.seconds, sec),
            `${((100 * p.seconds.median) / build.seconds.median).toFixed(0)} %`,
            `${sec(p.cpu.median)} s`,
            `${mib(p.peakRss.median)} MiB`,
            ...(rebuild ? [again ? `${sec(again.seconds.median)} s` : '–'] : []),
          ];
        }),
        [
          '**whole build**',
          `**${sec(build.seconds.median)} s**`,
          range(build.seconds, sec),
          '100 %',
          `${sec(build.cpu.median)} s`,
          `**${mib(build.peakRss.median)} MiB**`,
          ...(rebuild ? [`**${sec(rebuild.seconds.median)} s**`] : []),
        ],
      ],
    ),
    ...(rebuild ? ['"rebuild": the build run again in the same folder with nothing changed, so the caches of the phases that keep one are warm.'] : []),
    `CPU: seconds of processor time the build's whole process tree used (all cores; less sensitive to a busy machine than the wall time). ` +
      `Peak memory: the sum of the resident memory of the tree. Both are read from /proc every 100 ms; the largest single process was \`${build.largest.command}\` at ${mib(build.largest.hwm.median)} MiB (VmHWM).`,
  );
  out.push(
    '#### Output by file type',
    table(
      ['type', 'files', 'bytes', 'gzip'],
      [
        ...build.output.map((o) => [o.type, String(o.files), `${kib(o.bytes.median)} KiB`, `${kib(o.gzip.median)} KiB`]),
        ['**all**', String(build.outputTotal.files), `**${kib(build.outputTotal.bytes.median)} KiB**`, `${kib(build.outputTotal.gzip.median)} KiB`],
      ],
    ),
    'gzip: level 9 for text formats; PNG, PDF and the Pagefind index (compressed already) count as they are.',
  );
  const types = summary.pageTypes;
  // What makes a page readable always has a column (a 0 says "none"); the rest only where a page fetched any.
  const kinds = RESOURCE_KINDS.filter((k) => ['html', 'css', 'js', 'font'].includes(k) || types.some((t) => t.median[k].bytes > 0));
  out.push(
    '#### What a reader downloads before the page is readable',
    table(
      ['page type', 'pages', ...kinds, 'total gzip', 'total raw', 'heaviest page'],
      types.map((t) => [
        t.type,
        String(t.pages),
        ...kinds.map((k) => kib(t.median[k].gzip)),
        `**${kib(t.median.total.gzip)}**`,
        kib(t.median.total.bytes),
        `${t.heaviest.file.replace(/index\.html$/, '')} ${kib(t.heaviest.totals.total.gzip)}`,
      ]),
    ),
    'KiB, median over the pages of each type, gzip; everything Chromium fetched from a cold cache until the load event.',
  );
  const { budgets } = summary;
  if (budgets) {
    const miss = (c: BudgetCheck & { budget: Weights }): string =>
      `${c.file.replace(/index\.html$/, '')} (${c.type}): ${c.over.map((w) => `${w} ${c.weights[w]} B > ${c.budget[w]} B`).join(', ')}`;
    out.push(
      budgets.over.length === 0
        ? `Size budgets (\`budgets.json\`, gzip HTML, CSS and JavaScript per page): all ${budgets.checked} pages within.`
        : `Size budgets (\`budgets.json\`, gzip HTML, CSS and JavaScript per page): ${budgets.over.length} of ${budgets.checked} pages over:\n\n${budgets.over.map((c) => `- ${miss(c)}`).join('\n')}`,
    );
  }
  const search = summary.search;
  if (search.length > 0) {
    out.push(
      '#### First search',
      table(
        ['language', 'query', 'Pagefind files', 'Pagefind gzip', 'everything after load, gzip'],
        search.map((s) => [
          s.lang,
          `“${s.query}”`,
          String(s.pagefind.files),
          `${kib(s.pagefind.gzip)} KiB`,
          `${kib(s.afterLoad.gzip)} KiB in ${s.afterLoad.files} files`,
        ]),
      ),
      'The search page opened with the query in its URL, from a cold cache, until the first hit shows and the network is idle.',
    );
  }
  const chapters = summary.chapters;
  if (chapters) {
    const byChapter = new Map<string, Partial<Record<string, ChapterRatio>>>();
    for (const c of chapters.chapters) {
      const [lang, , slug] = c.file.split('/') as [string, string, string];
      byChapter.set(slug, { ...byChapter.get(slug), [lang]: c });
    }
    const cell = (c: ChapterRatio | undefined): string => (c ? `${c.ratio.toFixed(2)} (${kib(c.downloadGzip)} / ${kib(c.textGzip)})` : '–');
    out.push(
      '#### Chapter pages against their text alone',
      `Gzip bytes downloaded until load, divided by the gzip size of the chapter's text alone (title and body as plain text, the physical floor): median **${chapters.median.toFixed(2)}**, worst **${chapters.worst.ratio.toFixed(2)}** (${chapters.worst.file.replace(/index\.html$/, '')}).`,
      table(
        ['chapter', 'zh: ratio (KiB / KiB)', 'en: ratio (KiB / KiB)'],
        [...byChapter].map(([slug, c]) => [slug, cell(c.zh), cell(c.en)]),
      ),
    );
  }
  if (record.scale && summary.scale) {
    const { rows, textFactor: factor } = summary.scale;
    out.push(
      `#### Scale: a report ${record.scale.factor}× the size`,
      `${record.scale.chapters.scaled} chapters instead of ${record.scale.chapters.real}: copies of the real chapters in both languages (without the attachment tables), built the same way (${record.scale.build.runs.length} run${record.scale.build.runs.length === 1 ? '' : 's'}). ` +
        `The text is ${factor.toFixed(2)}× the real text; a cost that grows linearly has that ratio. Times are CPU seconds of the phase's processes (the wall time depends on the machine's load, which can change between the runs); "fixed + per report" splits a time into what any build pays and what one report's worth of text adds.`,
      table(
        ['', 'real', 'scaled', 'ratio', 'growth'],
        rows.map((r) => [r.what, value(r.unit, r.real), value(r.unit, r.scaled), `${r.fit.ratio.toFixed(2)}×`, describeGrowth(r)]),
      ),
    );
  }
  return out.join('\n\n');
}

export const README_START = '<!-- bench:start (npm run bench writes this section; do not edit by hand) -->';
export const README_END = '<!-- bench:end -->';

/** The README with the text between the bench markers replaced; throws if the markers are missing or out of order. */
export function replaceBenchSection(readme: string, markdown: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`README.md: the markers ${README_START} and ${README_END} are missing or out of order`);
  return `${readme.slice(0, start + README_START.length)}\n${markdown}\n${readme.slice(end)}`;
}
