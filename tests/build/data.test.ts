// The published data and the data pages in the real dist/: downloads re-parsed and checked against content/,
// charts with their accessible names, PNG and CSV twins, reconciliation, key figures, chapter 4 figures.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HAN } from '#core/chapter-doc.ts';
import { readCsv } from '#core/data/csv.ts';
import { PUBLISHED_DOUBLE_TEN_COLUMNS, PUBLISHED_PROJECT_COLUMNS } from '../../src/lib/published-data.ts';
import { DATA_FILES, parseDoubleTenCsv, parseProjects } from '#core/data/project-data.ts';
import { REPORT_DATA_FILE, type ReportData } from '#core/data/report-data.ts';
import { ROOT, reportConfig } from '../../scripts/shared/project.ts';
import { slugOrder } from '#core/schema.ts';
import { distFile, readPage, resolveHref, scriptsOf } from '../helpers/dist.ts';

const LANGS = ['zh', 'en'] as const;
const content = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const projects = parseProjects(content(DATA_FILES.projects));
const doubleTen = parseDoubleTenCsv(content(DATA_FILES.doubleTen));
const data = JSON.parse(content(REPORT_DATA_FILE)) as ReportData;
const FIGURES = ['projects-2020', 'projects-2021', 'movement-2020-2021'];
const slugs = reportConfig().slugs;

/** A published file as text, failing on any byte sequence that is not UTF-8; a CSV's byte-order mark is stripped
 *  (explicitly: the decoder is told to keep it, so a file without one is not silently shortened). */
const published = (path: string) => {
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(readFileSync(distFile(path)));
  return path.endsWith('.csv') ? text.replace(/^\ufeff/, '') : text;
};
const CSV_FILES = ['major-projects', 'double-ten', 'project-counts', 'movement-2020-2021', 'reconciliation', 'key-figures']
  .map((stem) => `data/${stem}.csv`)
  .concat(FIGURES.map((id) => `data/charts/${id}.csv`));

describe('CSV downloads open in Excel', () => {
  it.each(CSV_FILES)('%s starts with one UTF-8 byte-order mark, then the header', (path) => {
    const bytes = readFileSync(distFile(path));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes[3]).not.toBe(0xef);
    expect(bytes.subarray(3, 4).toString('latin1')).toMatch(/[a-z]/);
  });
});

describe('the Excel workbook', () => {
  const TABLES = ['major-projects', 'double-ten', 'project-counts', 'movement-2020-2021', 'reconciliation', 'key-figures'];
  const path = `data/${reportConfig().id}-data.xlsx`;

  it('has a sheet per published table, each holding its CSV row for row, and is linked from the data pages', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(readFileSync(distFile(path))).buffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(TABLES);
    for (const stem of TABLES) {
      const csv = published(`data/${stem}.csv`).split('\r\n').filter(Boolean);
      const sheet = book.getWorksheet(stem)!;
      expect(sheet.rowCount, stem).toBe(csv.length);
      expect((sheet.getRow(1).values as unknown[]).slice(1), stem).toEqual(csv[0]!.split(','));
    }
    const sheet = book.getWorksheet('major-projects')!;
    const column = (name: string) => (sheet.getRow(1).values as unknown[]).indexOf(name);
    expect(sheet.getRow(2).getCell(column('name_zh')).value).toBe(projects[0]!.nameZh);
    expect(sheet.getRow(2).getCell(column('year')).value).toBe(projects[0]!.year);
    for (const lang of ['zh', 'en']) {
      const link = readPage(`${lang}/data/`).querySelector(`a[href="/${path}"]`);
      expect(link?.hasAttribute('download'), lang).toBe(true);
    }
  });
});

describe('/data/major-projects.csv and .json', () => {
  const text = published('data/major-projects.csv');
  const rows = readCsv(text, 'dist/data/major-projects.csv', PUBLISHED_PROJECT_COLUMNS);

  it('is UTF-8 CSV with RFC 4180 line ends and exactly the published columns', () => {
    expect(text.split('\r\n')[0]).toBe(PUBLISHED_PROJECT_COLUMNS.join(','));
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.startsWith('\ufeff')).toBe(false); // exactly one BOM, stripped by published()
  });

  it('re-parses into every row of content/data/major-projects.csv, in order, field by field', () => {
    expect(rows).toHaveLength(projects.length);
    rows.forEach(({ row }, k) => {
      const p = projects[k]!;
      expect(row, `row ${k + 2}`).toEqual({
        year: String(p.year),
        list: p.list,
        category: p.category,
        seq: p.seq === null ? '' : String(p.seq),
        name_zh: p.nameZh,
        name_en: p.nameEn,
        repeat_of: p.repeatOf === null ? '' : String(p.repeatOf),
        note_zh: p.noteZh,
        note_en: p.noteEn,
      });
    });
  });

  it('has a JSON twin with the same records', () => {
    const json = JSON.parse(published('data/major-projects.json')) as Record<string, string | number | null>[];
    expect(json.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? '' : String(v)])))).toEqual(rows.map((r) => r.row));
    expect(json.every((r) => typeof r.year === 'number')).toBe(true);
  });
});

describe('/data/double-ten.csv and .json', () => {
  it('re-parses into the content rows', () => {
    const text = published('data/double-ten.csv');
    const rows = readCsv(text, 'dist/data/double-ten.csv', PUBLISHED_DOUBLE_TEN_COLUMNS).map((r) => r.row);
    expect(text.split('\r\n')[0]).toBe(PUBLISHED_DOUBLE_TEN_COLUMNS.join(','));
    expect(rows).toEqual(doubleTen.map((d) => ({ list: d.list, seq: String(d.seq), name_zh: d.nameZh, name_en: d.nameEn })));
    expect((JSON.parse(published('data/double-ten.json')) as unknown[]).length).toBe(20);
  });
});

describe('summary tables', () => {
  it.each(['project-counts', 'movement-2020-2021', 'reconciliation', 'key-figures'])('/data/%s.csv and .json hold the same rows', (stem) => {
    const csv = published(`data/${stem}.csv`);
    const header = csv.split('\r\n')[0]!.split(',');
    const rows = readCsv(csv, stem, header);
    const json = JSON.parse(published(`data/${stem}.json`)) as Record<string, unknown>[];
    expect(json).toHaveLength(rows.length);
    expect(Object.keys(json[0]!)).toEqual(header);
  });

  it('publishes the counts and reconciliation of the generated data', () => {
    const counts = readCsv(published('data/project-counts.csv'), 'c', ['year', 'list', 'category', 'rows']).map((r) => r.row);
    expect(counts).toHaveLength(32);
    expect(counts.filter((r) => r.year === '2021').reduce((s, r) => s + Number(r.rows), 0)).toBe(105);
    const rec = readCsv(published('data/reconciliation.csv'), 'r', ['id', 'status', 'reason_zh', 'reason_en']).map((r) => r.row);
    expect(rec.map((r) => r.id)).toEqual(data.reconciliation.map((r) => r.id));
    for (const r of rec.filter((x) => x.status !== 'match')) expect(r.reason_zh && r.reason_en, r.id).toBeTruthy();
  });
});

describe('chart files', () => {
  it.each(LANGS.flatMap((lang) => FIGURES.map((id) => [lang, id] as const)))('%s %s: SVG with name and description, PNG at twice its size', (lang, id) => {
    const svg = published(`data/charts/${lang}/${id}.svg`);
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toMatch(/role="img"/);
    expect(svg).toMatch(/<title id="fig\d-title">[^<]+<\/title><desc id="fig\d-desc">[^<]+<\/desc>/);
    expect(svg).toContain('<style>');
    const width = Number(/<svg[^>]*\swidth="(\d+)"/.exec(svg)![1]);
    const height = Number(/<svg[^>]*\sheight="(\d+(?:\.\d+)?)"/.exec(svg)![1]);
    const png = readFileSync(distFile(`data/charts/${lang}/${id}.png`));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([2 * width, 2 * Math.ceil(height)]);
  });

  it.each(FIGURES)('%s.csv is the data of the chart', (id) => {
    const rows = readCsv(published(`data/charts/${id}.csv`), id, []).map((r) => r.row);
    expect(rows.length).toBeGreaterThan(0);
    if (id === 'movement-2020-2021') expect(rows.filter((r) => r.stage_2021 !== 'none').reduce((s, r) => s + Number(r.projects), 0)).toBe(100);
    else expect(rows.reduce((s, r) => s + Number(r.rows), 0)).toBe(id.endsWith('2020') ? 81 : 105);
  });
});

/** Checks shared by every page that shows figures. */
function expectFigures(doc: ReturnType<typeof readPage>, ids: string[]): void {
  const figures = doc.querySelectorAll('figure.chart-figure');
  expect(figures.map((f) => f.id)).toEqual(ids);
  for (const f of figures) {
    const svg = f.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(doc.querySelector(`#${svg.getAttribute('aria-labelledby')}`)?.tagName).toBe('TITLE');
    expect(doc.querySelector(`#${svg.getAttribute('aria-describedby')}`)?.text.length).toBeGreaterThan(20);
    expect(f.querySelector('figcaption')?.text).toMatch(/^(Figure |图)\d/);
    expect(f.querySelector('.chart-source')?.text.length).toBeGreaterThan(10);
    expect(f.querySelectorAll('table.chart-data tbody tr').length).toBeGreaterThanOrEqual(4);
    const links = f.querySelectorAll('.chart-downloads a').map((a) => a.getAttribute('href')!);
    expect(links.map((l) => l.split('.').pop())).toEqual(['svg', 'png', 'csv']);
    for (const l of links) expect(resolveHref(l), l).toBeDefined();
  }
}

describe.each(LANGS)('/%s/data/', (lang) => {
  const doc = readPage(`${lang}/data/`);

  it('shows the three figures with table, source and downloads, and needs no script to read', () => {
    expectFigures(doc, ['figure-1', 'figure-2', 'figure-3']);
    // Besides the search box's loader, only the project explorer's module (the table reads without it).
    expect(scriptsOf(doc)).toEqual([
      ['module', 'search-loader', ''],
      ['module', expect.stringMatching(/\/_astro\/ProjectExplorer\.[^/]*\.js$/), ''],
    ]);
  });

  it('links every download and every source paragraph to something that exists', () => {
    for (const a of doc.querySelectorAll('#downloads a')) expect(resolveHref(a.getAttribute('href')!), a.getAttribute('href')!).toBeDefined();
    const chapter = readPage(`${lang}/chapters/${data.annexSlug}/`);
    for (const a of doc.querySelectorAll('table.reconciliation a')) {
      const [path, hash] = a.getAttribute('href')!.split('#');
      expect(resolveHref(path!)).toBeDefined();
      expect(chapter.querySelector(`#${hash}`), hash).not.toBeNull();
    }
  });

  it('shows every reconciled total with stated, counted and a result', () => {
    const rows = doc.querySelectorAll('table.reconciliation tbody tr:not(.group)');
    const grouped = ['text', 'heading', 'summary', 'label', 'total'].flatMap((kind) => data.reconciliation.filter((r) => r.kind === kind));
    expect(rows.map((r) => r.id)).toEqual(grouped.map((r) => `rc-${r.id}`));
    const row = doc
      .querySelector('#rc-c4-2020-total')!
      .querySelectorAll('td')
      .map((td) => td.text.trim());
    expect(row.slice(3, 6)).toEqual(['78', '78', '0']);
    expect(row[7]).toContain('81');
  });

  it('lists the 2020 projects and the new 2021 projects with where they are printed', () => {
    const [earlier, added] = doc.querySelectorAll('.movement-list tbody');
    expect(earlier!.querySelectorAll('tr')).toHaveLength(data.movement!.earlier.length);
    expect(added!.querySelectorAll('tr')).toHaveLength(data.movement!.added.length);
  });
});

describe.each(LANGS)('/%s/key-figures/ and the chapter blocks', (lang) => {
  const doc = readPage(`${lang}/key-figures/`);

  it('lists every key figure under its chapter, linked to a paragraph that exists', () => {
    expect(doc.querySelectorAll('.key-figure')).toHaveLength(data.keyFigures.length);
    for (const f of data.keyFigures) {
      const item = doc.querySelector(`#chapter-${f.chapter} #kf-${f.id}`)!;
      const [path, hash] = item.querySelector('a')!.getAttribute('href')!.split('#');
      expect(hash).toBe(f.paragraph);
      expect(readPage(path!.slice(1)).querySelector(`#${hash}`)).not.toBeNull();
    }
  });

  it.each(slugs)('%s shows its key figures under the header', (slug) => {
    const page = readPage(`${lang}/chapters/${slug}/`);
    const order = slugOrder(slug);
    const block = page.querySelector('.chapter-key-figures')!;
    expect(block.previousElementSibling?.classList.contains('chapter-head')).toBe(true);
    expect(block.querySelectorAll('.key-figure').map((li) => li.id)).toEqual(data.keyFigures.filter((f) => f.chapter === order).map((f) => `kf-${f.id}`));
  });
});

describe('figure text', () => {
  it('states the key figure numbers as TRANSLATION.md converts them', () => {
    const en = readPage('en/key-figures/');
    expect(en.querySelector('#kf-quarantined .kf-value')!.text).toBe('more than 20,000 people');
    expect(en.querySelector('#kf-rd-deduction .kf-value')!.text).toBe('RMB 5.599 billion');
    expect(readPage('zh/key-figures/').querySelector('#kf-rd-deduction .kf-value')!.text).toBe('55.99亿元');
  });

  it.each(['en/data/', 'en/key-figures/'])('/%s has no Chinese outside elements marked zh-CN', (path) => {
    const doc = readPage(path);
    for (const el of doc.querySelectorAll('[lang="zh-CN"]')) el.remove();
    const text = doc.querySelector('main')!.text;
    const hit = HAN.exec(text);
    expect(hit ? text.slice(Math.max(0, hit.index - 40), hit.index + 40) : undefined).toBeUndefined();
  });
});

describe.each(LANGS)('/%s/chapters/04-…/', (lang) => {
  const doc = readPage(`${lang}/chapters/${data.annexSlug}/`);

  it('shows each figure right after the tables it is drawn from', () => {
    expectFigures(doc, ['figure-1', 'figure-2', 'figure-3']);
    const order = doc
      .querySelectorAll('.chapter-body [id]')
      .map((e) => e.id)
      .filter((id) => /^(figure-\d|c4-annex-\d-s4-table|c4-annex-\d)$/.test(id));
    expect(order).toEqual(['c4-annex-1', 'c4-annex-1-s4-table', 'figure-1', 'c4-annex-2', 'c4-annex-2-s4-table', 'figure-2', 'figure-3', 'c4-annex-3']);
  });
});
