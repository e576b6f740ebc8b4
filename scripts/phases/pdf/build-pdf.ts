// Build phase "pdf": every chapter and the whole report, in both languages, printed to PDF by Chromium from the
// built site (served on a loopback port), then the pages' download links given their sizes. Unchanged pages are
// copied from a cache instead of printed again. Without Chromium the phase says so, makes no PDFs and removes
// the links to them.
//   node scripts/phases/pdf/build-pdf.ts <built site folder>      (BASE_PATH as for the Astro build)
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CHROME_PATH, launchChromium } from '../../shared/chromium.ts';
import { cacheKey, localAssets } from './pdf-cache.ts';
import { fixPdfDates, renumberStructureIds } from './pdf-reproducible.ts';
import { destinationPages, repairOutlineTitles, siteLinks } from './pdf-navigation.ts';
import { type PdfJob, pdfJobs } from './pdf-jobs.ts';
import { PDF_FONT_PATH, PDF_FONT_STYLESHEET, pdfFontFile, pdfFontStylesheet, pdfFontsKey } from './pdf-fonts.ts';
import { applyPdfLinks, formatBytes } from '#core/pdf-links.ts';
import { ROOT, reportConfig, siteUrl } from '../../shared/project.ts';
import { serveDist, type StaticServer } from '../../shared/static-server.ts';

const PDF_OPTIONS = { format: 'A4', preferCSSPageSize: true, outline: true, tagged: true, printBackground: false } as const;
/** Bump when the way a PDF is made changes in a way the inputs do not show. */
const RECIPE =
  'pdf-7: TrueType CJK fonts, contents numbered from named destinations, outline titles repaired, links to the site, dates fixed, one context per job, structure ids renumbered';
// Outside node_modules, so that npm ci does not throw it away.
const CACHE = join(ROOT, '.cache', 'pdf');
// Two pages at a time: the machine has two cores, and Chromium's layout of one page is single-threaded.
const CONCURRENCY = 2;
const KEEP_BUILDS = 3;

const site = process.argv[2];
if (!site || !existsSync(join(site, 'index.html'))) {
  console.error(`usage: node scripts/phases/pdf/build-pdf.ts <built site folder>${site ? `\n${site}: no index.html there (run the Astro build first)` : ''}`);
  process.exit(2);
}
const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

async function openBrowser(): Promise<Browser | undefined> {
  const skip = 'skipping the PDFs and removing their links from the pages';
  // PDF=off: the same, on purpose (tests whose builds are not about the PDFs spare themselves a minute).
  if (process.env.PDF === 'off') {
    console.warn(`[pdf] PDF=off: ${skip}.`);
    return undefined;
  }
  if (!existsSync(CHROME_PATH)) {
    console.warn(
      `[pdf] no Chromium at ${CHROME_PATH}: ${skip}.\n[pdf] Install it (bash scripts/setup.sh, or apt-get install chromium) or point CHROME_PATH at one.`,
    );
    return undefined;
  }
  try {
    return await launchChromium();
  } catch (error) {
    console.warn(`[pdf] Chromium at ${CHROME_PATH} did not start: ${skip}.\n${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

// Read once: what every printed page gets, and what it adds to every cache key.
const FONT_CSS = pdfFontStylesheet();
const FONTS_KEY = pdfFontsKey(FONT_CSS);

function keyOf(job: PdfJob, chromium: string): string {
  const html = readFileSync(join(site!, job.page, 'index.html'));
  const assets = localAssets(html.toString('utf8'), base).flatMap((path) => {
    const file = join(site!, path);
    return existsSync(file) ? [path, readFileSync(file)] : [path];
  });
  return cacheKey([RECIPE, chromium, FONTS_KEY, JSON.stringify(PDF_OPTIONS), job.page, html, ...assets]);
}

/**
 * The whole report's contents give page numbers, which exist only once the pages are laid out: print, read on
 * which page each contents target landed (Chromium names a destination after every linked id), write the numbers
 * in (their space is reserved, so nothing moves) and print again until the numbers agree with the layout. The
 * first print skips tagging and outline: they change nothing on the page and cost a third of the time.
 */
async function numberedPdf(page: Page): Promise<Buffer> {
  let pdf = await page.pdf({ ...PDF_OPTIONS, tagged: false, outline: false });
  for (let round = 0; round < 3; round++) {
    const pages = Object.fromEntries(await destinationPages(pdf));
    const { changed, missing } = await page.evaluate((found: Record<string, number>) => {
      let changed = 0;
      const missing: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('[data-page-of]')) {
        const id = el.dataset.pageOf ?? '';
        const n = found[id];
        if (n === undefined) missing.push(id);
        else if (el.textContent !== String(n)) {
          el.textContent = String(n);
          changed++;
        }
      }
      return { changed, missing };
    }, pages);
    if (missing.length > 0) throw new Error(`contents entries with no destination in the PDF: ${missing.slice(0, 5).join(', ')}`);
    if (round > 0 && changed === 0) return pdf;
    pdf = await page.pdf(PDF_OPTIONS);
  }
  throw new Error('the contents page numbers did not settle after three layouts');
}

// Each job in a browser context of its own, so in a renderer process of its own: the tagged PDF names its structure
// elements after DOM node ids, which a shared process numbers in whatever order concurrent pages happen to run.
async function print(browser: Browser, server: StaticServer, job: PdfJob): Promise<Buffer> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    // The print fonts (lib/pdf-fonts.ts) come from node_modules, never from the site: a same-origin stylesheet
    // (allowed by the pages' CSP) and its font files, answered here.
    await page.route(`**${PDF_FONT_PATH}**`, async (route) => {
      const { pathname } = new URL(route.request().url());
      if (pathname === PDF_FONT_STYLESHEET) return route.fulfill({ contentType: 'text/css', body: FONT_CSS });
      const file = pdfFontFile(pathname);
      return file ? route.fulfill({ contentType: 'font/woff2', path: file }) : route.fulfill({ status: 404 });
    });
    const response = await page.goto(`${server.url}${job.page}`, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${job.page}: HTTP ${response?.status()}`);
    await page.addStyleTag({ url: new URL(PDF_FONT_STYLESHEET, server.url).href });
    // Laid out for print before waiting, so that the fonts only print uses are loaded too.
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => document.fonts.ready);
    const pdf = job.slug === undefined ? await numberedPdf(page) : await page.pdf(PDF_OPTIONS);
    const headings = await page.$$eval('h1, h2, h3, h4, h5, h6', (hs) => hs.map((h) => h.textContent ?? ''));
    // Links to the site, not to the loopback server it was printed from. Structure ids in tree order and dated as
    // the report, not as the build: two builds of the same sources give the same bytes.
    const linked = await siteLinks(await repairOutlineTitles(pdf, headings), server.url, new URL(base, siteUrl()).href);
    return fixPdfDates(await renumberStructureIds(linked), reportConfig().published);
  } finally {
    await context.close();
  }
}

/** Make (or copy from the cache) every PDF; returns site path -> bytes of each PDF now in the site. */
async function makePdfs(browser: Browser, jobs: PdfJob[]): Promise<Map<string, number>> {
  const server = await serveDist(site!, base);
  const chromium = browser.version();
  const made = new Map<string, number>();
  let next = 0;
  let done = 0;
  let printed = 0;
  mkdirSync(CACHE, { recursive: true });
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      const started = performance.now();
      const key = keyOf(job, chromium);
      const cached = join(CACHE, `${key}.pdf`);
      const hit = existsSync(cached);
      if (hit) utimesSync(cached, new Date(), new Date());
      else {
        writeFileSync(cached, await print(browser, server, job));
        printed++;
      }
      const out = join(site!, job.file);
      mkdirSync(dirname(out), { recursive: true });
      copyFileSync(cached, out);
      const bytes = statSync(out).size;
      made.set(job.file, bytes);
      done++;
      const how = hit ? 'unchanged, from cache' : `printed in ${((performance.now() - started) / 1000).toFixed(1)}s`;
      console.log(`[pdf] ${String(done).padStart(2)}/${jobs.length} ${job.file} (${formatBytes(bytes)}, ${how}); ${jobs.length - done} left`);
    }
  };
  try {
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  } finally {
    await server.close();
  }
  pruneCache(KEEP_BUILDS * jobs.length);
  console.log(`[pdf] ${printed} printed, ${jobs.length - printed} unchanged (cache: ${relative(ROOT, CACHE)})`);
  return made;
}

/** Keep the most recently used PDFs, enough for a few builds (say with and without BASE_PATH); drop the rest. */
function pruneCache(keep: number): void {
  const entries = readdirSync(CACHE).map((name) => ({ name, used: statSync(join(CACHE, name)).mtimeMs }));
  entries.sort((a, b) => b.used - a.used);
  for (const { name } of entries.slice(keep)) rmSync(join(CACHE, name), { force: true });
}

/** Give every download link its PDF's size, or remove it when there is no PDF. */
function updateLinks(made: Map<string, number>): void {
  let filled = 0;
  let removed = 0;
  for (const name of readdirSync(site!, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.html')) continue;
    const file = join(site!, name);
    const html = readFileSync(file, 'utf8');
    const result = applyPdfLinks(html, (pdf) => made.get(pdf));
    if (result.html !== html) writeFileSync(file, result.html);
    filled += result.filled;
    removed += result.removed;
  }
  console.log(`[pdf] download links: ${filled} given their size${removed ? `, ${removed} removed (no PDF)` : ''}`);
}

const jobs = pdfJobs(reportConfig().id, reportConfig().slugs);
const browser = await openBrowser();
let made = new Map<string, number>();
if (browser) {
  try {
    made = await makePdfs(browser, jobs);
  } finally {
    await browser.close();
  }
  const total = [...made.values()].reduce((a, b) => a + b, 0);
  console.log(`[pdf] ${made.size} PDFs, ${formatBytes(total)} in all`);
}
updateLinks(made);
