// The project explorer on the data page (src/components/ProjectExplorer.astro, src/scripts/project-explorer.ts):
// in the built HTML every project row with its anchor id, both names and a link to its attachment table; in real
// Chromium the filters (year, list, category, names in either language), the live count, sorting by a column, the
// filters kept in and restored from the URL, and the links between a chapter table's row and its explorer row.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { DATA_FILES, parseProjects, type Project } from '#core/data/project-data.ts';
import { REPORT_DATA_FILE, type ReportData } from '#core/data/report-data.ts';
import { projectRowIds } from '#core/ids.ts';
import { ROOT } from '../../scripts/shared/project.ts';
import { useBrowser } from '../helpers/browser.ts';
import { EXPLORER_STOPS, type FocusStop, focusStop } from '../helpers/keyboard.ts';
import { readPage, resolveHref } from '../helpers/dist.ts';

const LANGS = ['zh', 'en'] as const;
const projects = parseProjects(readFileSync(join(ROOT, DATA_FILES.projects), 'utf8'));
const ids = projectRowIds(projects);
const data = JSON.parse(readFileSync(join(ROOT, REPORT_DATA_FILE), 'utf8')) as ReportData;
const idOf = (p: Project) => ids[projects.indexOf(p)]!;
const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
/** Rows whose names (either language) hold every word of a query. */
const matching = (q: string) =>
  projects.filter((p) =>
    norm(q)
      .split(' ')
      .every((w) => norm(`${p.nameZh} ${p.nameEn}`).includes(w)),
  );
/** The attachment table printing a row, as the chapter page's anchor. */
const tableId = (p: Project) => data.annexes.flatMap((a) => a.tables).find((t) => t.year === p.year && t.list === p.list)!.id;
const chapterPath = (lang: string) => `${lang}/chapters/${data.annexSlug}/`;

describe('the explorer in the built pages (no JavaScript needed)', () => {
  it('has rows to show', () => {
    expect(projects.length).toBeGreaterThan(10);
    expect(new Set(ids).size).toBe(projects.length);
    for (const id of ids) expect(id).toMatch(/^project-\d{4}-[a-z-]+-[a-z0-9-]+$/);
  });

  it.each(LANGS)('/%s/data/: the table has every row, in order, with its id, both names and its table link', (lang) => {
    const page = readPage(`${lang}/data/`);
    const rows = page.querySelectorAll('table.explorer tbody tr');
    expect(rows.map((r) => r.id)).toEqual(ids);
    rows.forEach((r, k) => {
      const p = projects[k]!;
      const names = r.querySelectorAll('.nm').map((c) => c.text);
      expect(names.join(' '), r.id).toContain(p.nameZh);
      if (p.nameEn) expect(names.join(' '), r.id).toContain(p.nameEn);
      expect(r.getAttribute('data-year')).toBe(String(p.year));
      expect(r.getAttribute('data-list')).toBe(p.list);
      expect(r.getAttribute('data-category')).toBe(p.category);
      const back = r.querySelector('a')!.getAttribute('href')!;
      expect(back, r.id).toBe(`/${chapterPath(lang)}#${tableId(p)}`);
    });
    expect(page.querySelector('table.explorer caption')?.text.trim()).toBeTruthy();
    expect(page.querySelector('fieldset[data-explorer]')?.hasAttribute('hidden')).toBe(true);
    expect(page.querySelector('[data-explorer-count]')?.getAttribute('role')).toBe('status');
    for (const control of page.querySelectorAll('fieldset[data-explorer] :is(select, input)'))
      expect(page.querySelector(`label[for="${control.id}"]`)?.text.trim(), control.id).toBeTruthy();
    expect(page.querySelector('.page-toc a[href="#explorer"]')).not.toBeNull();
  });

  it.each(LANGS)('/%s/chapters/…: every name in the attachment tables links to its explorer row', (lang) => {
    const page = readPage(chapterPath(lang));
    const links = page.querySelectorAll('table.projects a[href*="#project-"]').map((a) => a.getAttribute('href')!);
    expect(links).toHaveLength(projects.length);
    expect(new Set(links.map((h) => h.split('#')[1]))).toEqual(new Set(ids));
    for (const h of links) expect(resolveHref(h), h).toMatch(new RegExp(`${lang}/data/index\\.html$`));
  });
});

const chromium = useBrowser();

let errors: string[] = [];
afterEach(() => {
  expect(errors, 'errors in the pages').toEqual([]);
  errors = [];
});

async function open(path: string, javaScriptEnabled = true): Promise<Page> {
  const context = await chromium.browser().newContext({ javaScriptEnabled, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  await page.goto(chromium.server().url + path);
  return page;
}

/** Ids of the rows that show, in the order they show, and the announced count. */
const shown = (page: Page) =>
  page.evaluate(() => ({
    ids: [...document.querySelectorAll<HTMLTableRowElement>('table.explorer tbody tr')].filter((r) => r.checkVisibility()).map((r) => r.id),
    count: document.querySelector('[data-explorer-count]')!.textContent!.trim(),
  }));

const countText = (lang: string, n: number) => (lang === 'zh' ? `共${projects.length}行，显示${n}行` : `Project rows shown: ${n} of ${projects.length}`);
const years = [...new Set(projects.map((p) => p.year))];
// A year and a list with rows, and a category that narrows them further (all read from the data).
const year = years.at(-1)!;
const list = projects.find((p) => p.year === year && p.list !== projects[0]!.list)?.list ?? projects[0]!.list;
const category = projects.find((p) => p.year === year && p.list === list)!.category;

describe('the explorer in Chromium', () => {
  it('without JavaScript shows every row and no filters', async () => {
    const page = await open('en/data/', false);
    expect((await shown(page)).ids).toEqual(ids);
    expect(await page.locator('fieldset[data-explorer]').isVisible()).toBe(false);
    await page.context().close();
  });

  it.each(LANGS)('/%s/data/: filters by year and list, counts, and keeps the filters in the URL', async (lang) => {
    const page = await open(`${lang}/data/`);
    expect(await page.locator('fieldset[data-explorer]').isVisible()).toBe(true);
    await page.selectOption('#explorer-year', String(year));
    let want = projects.filter((p) => p.year === year);
    expect(await shown(page)).toEqual({ ids: want.map(idOf), count: countText(lang, want.length) });
    await page.selectOption('#explorer-list', list);
    want = want.filter((p) => p.list === list);
    expect(await shown(page)).toEqual({ ids: want.map(idOf), count: countText(lang, want.length) });
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(projects.length);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({ year: String(year), list });
    await page.getByRole('button', { name: lang === 'zh' ? '显示全部' : 'Show all' }).click();
    expect((await shown(page)).ids).toEqual(ids);
    expect(new URL(page.url()).search).toBe('');
    await page.context().close();
  });

  it.each(LANGS)('/%s/data/: a name typed in either language finds its rows', async (lang) => {
    const page = await open(`${lang}/data/`);
    const target = projects.find((p) => p.nameEn && p.repeatOf === null && p.year === year)!;
    for (const name of [target.nameZh, target.nameEn]) {
      const words = norm(name).slice(0, 12).trim();
      await page.fill('#explorer-q', words);
      const want = matching(words);
      const got = await shown(page);
      expect(got.ids).toContain(idOf(target));
      expect(got.ids).toEqual(want.map(idOf));
      expect(got.count).toBe(countText(lang, want.length));
      expect(new URL(page.url()).searchParams.get('q')).toBe(words);
    }
    await page.fill('#explorer-q', 'no such project 无此项目');
    expect(await shown(page)).toEqual({ ids: [], count: countText(lang, 0) });
    await page.context().close();
  });

  it.each(LANGS)('/%s/data/: the name column sorts (zh by pinyin, en by name) both ways, with aria-sort', async (lang) => {
    const page = await open(`${lang}/data/`);
    const head = page.locator('table.explorer thead th').nth(4);
    expect(await head.getAttribute('aria-sort')).toBeNull();
    // The name cells as built (a repeated row's name carries its note), in the collation of the page's language.
    const names = readPage(`${lang}/data/`)
      .querySelectorAll('table.explorer tbody th')
      .map((c) => c.text);
    const collator = new Intl.Collator(lang === 'zh' ? 'zh-u-co-pinyin' : 'en');
    const order = (dir: number) =>
      names
        .map((name, k) => ({ k, name }))
        .sort((a, b) => dir * collator.compare(a.name, b.name) || a.k - b.k)
        .map((r) => ids[r.k]);
    await head.getByRole('button').click();
    expect(await head.getAttribute('aria-sort')).toBe('ascending');
    const asc = (await shown(page)).ids;
    // Names that compare equal keep the printed order, so the ids follow the Node collation exactly.
    expect(asc).toEqual(order(1));
    await head.getByRole('button').press('Enter');
    expect(await head.getAttribute('aria-sort')).toBe('descending');
    expect((await shown(page)).ids).toEqual(order(-1));
    // Sorting by year puts the other header back to unsorted.
    await page.locator('table.explorer thead th').nth(0).getByRole('button').click();
    expect(await head.getAttribute('aria-sort')).toBeNull();
    expect(await page.locator('table.explorer thead th').nth(0).getAttribute('aria-sort')).toBe('ascending');
    await page.context().close();
  });

  it('a shared URL restores its filters', async () => {
    const target = projects.find((p) => p.year === year && p.list === list && p.category === category)!;
    const q = target.nameEn.split(' ')[0]!;
    const page = await open(`en/data/?year=${year}&list=${list}&category=${category}&q=${encodeURIComponent(q)}`);
    await expect.poll(async () => (await shown(page)).count).not.toBe(countText('en', projects.length));
    expect(await page.inputValue('#explorer-year')).toBe(String(year));
    expect(await page.inputValue('#explorer-list')).toBe(list);
    expect(await page.inputValue('#explorer-category')).toBe(category);
    expect(await page.inputValue('#explorer-q')).toBe(q);
    const want = matching(q).filter((p) => p.year === year && p.list === list && p.category === category);
    expect(await shown(page)).toEqual({ ids: want.map(idOf), count: countText('en', want.length) });
    await page.reload();
    expect((await shown(page)).ids).toEqual(want.map(idOf));
    // A value that is no option is ignored.
    await page.goto(`${chromium.server().url}en/data/?year=1900`);
    expect(await page.inputValue('#explorer-year')).toBe('');
    expect((await shown(page)).ids).toHaveLength(projects.length);
    await page.context().close();
  });

  it.each(LANGS)('/%s: a chapter table row leads to its explorer row and back to its table', async (lang) => {
    const row = projects.find((p) => p.year === year && p.list === list && p.seq !== null)!;
    const id = idOf(row);
    const page = await open(chapterPath(lang));
    await Promise.all([page.waitForURL(`**/${lang}/data/#${id}`), page.locator(`table.projects a[href$="#${id}"]`).click()]);
    const target = page.locator(`#${id}`);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(id);
    await expect.poll(() => target.isVisible()).toBe(true);
    expect(await target.evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
    await Promise.all([page.waitForURL(`**/${chapterPath(lang)}#${tableId(row)}`), target.locator('a').click()]);
    expect(await page.locator(`#${tableId(row)} a[href$="#${id}"]`).count()).toBe(1);
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)('works from the keyboard (%s): every control in tab order, focus visible, arrows filter', async (scheme) => {
    const page = await open('zh/data/');
    await page.emulateMedia({ colorScheme: scheme });
    await page.focus('#explorer-year');
    const walk: FocusStop[] = [(await focusStop(page, EXPLORER_STOPS))!];
    const sortable = await page.locator('table.explorer th[data-sort]').count();
    for (let k = 0; k < 5 + sortable + 1; k++) {
      await page.keyboard.press('Tab');
      walk.push((await focusStop(page, EXPLORER_STOPS))!);
    }
    const names = EXPLORER_STOPS.map((s) => s.name);
    expect(walk.map((s) => s.names[0])).toEqual([...names.slice(0, 6), ...Array(sortable).fill('explorer sort'), 'explorer table link']);
    expect(walk.filter((s) => !s.indicator || !s.visible).map((s) => s.label)).toEqual([]);
    // Arrow keys on a select filter at once; Enter on a sort button sorts.
    await page.focus('#explorer-year');
    await page.keyboard.press('ArrowDown');
    expect((await shown(page)).ids).toEqual(projects.filter((p) => p.year === years[0]).map(idOf));
    await page.focus('table.explorer th button');
    await page.keyboard.press('Enter');
    expect(await page.locator('table.explorer th').first().getAttribute('aria-sort')).toBe('ascending');
    await page.context().close();
  });
});
