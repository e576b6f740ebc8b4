// The compilation's front: title and date, the contents, and where each chapter starts in the body.
// Compilations of this genre lay these out in several ways; each way read is recorded in `notes`.
import { InputError } from '#core/model.ts';
import { chineseNumeral, clean, isBlank, squeeze, textKey } from '#core/text.ts';
import type { Line } from './source-lines.ts';

export interface Head {
  title: string;
  date: string;
  /** The work and plans years the title names ("2020年…和2021年主要工作"), when it names two. */
  years?: { work: number; plans: number };
  /** Index of the first line after the title block. */
  end: number;
}

export interface ChapterStart {
  order: number;
  tocTitle: string;
  title: string;
  /** Index of the title line, and of the first body line after the title (and department line). */
  at: number;
  bodyAt: number;
  department?: string;
  /** The contents entry's line, for errors about the entry. */
  entryLine: number;
}

const ISO_DATE = /^(.*?)\s*(\d{4}-\d{2}-\d{2})$/;
const CHINESE_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
/** A contents entry: "1、title", "1.title", "1 title", "一、title" or "第一章 title". */
const TOC_ENTRY = /^(?:(\d+)\s*[、.．]?|([一二三四五六七八九十]+)、|第([一二三四五六七八九十]+|\d+)章)\s*(.+)$/;
const entryNumber = (m: RegExpExecArray): number => (m[1] ? Number(m[1]) : /^\d+$/.test(m[3] ?? '') ? Number(m[3]) : chineseNumeral((m[2] ?? m[3])!));
/** A department in parentheses: after a contents entry ("… (区发改委)") or on a line of its own under the title. */
const DEPARTMENT = /^[(（]([^()（）]{2,40})[)）]$/;
const TRAILING_DEPARTMENT = /\s*[(（]([^()（）]{2,40})[)）]$/;
/**
 * A part heading, which the chapter title precedes when there is no contents: "2020年工作情况" / "2021年主要工作",
 * and the other wordings of the genre ("2024年工作完成情况", "2025年工作打算", "2025年主要工作安排", …).
 * Numbered headings ("二、2025年工作打算") are sections; year-parts.ts turns those into parts.
 */
const WORK_HEADING = '工作完成情况|主要工作完成情况|主要工作情况|工作情况|工作回顾|工作总结';
const PLANS_HEADING = '主要工作安排|主要工作计划|主要工作打算|主要工作|工作打算|工作安排|工作计划|工作思路|工作目标';
export const PART_YEAR = new RegExp(`^(\\d{4})年?(${WORK_HEADING}|${PLANS_HEADING})[:：]?$`);
/** Whether a part heading's words (PART_YEAR's second group) are about the year's work or the plans. */
export const isWorkHeading = (words: string): boolean => new RegExp(`^(${WORK_HEADING})$`).test(words);

/** Title and date: "title 2021-01-06" on one line, or the title then a date line ("2025年1月8日" or ISO). */
export function readHead(lines: Line[], file: string, notes: string[]): Head {
  const firstAt = lines.findIndex((l) => !isBlank(l.raw));
  if (firstAt < 0) throw new InputError(file, 1, 'the source is empty');
  const first = clean(lines[firstAt]!.raw);
  const inline = ISO_DATE.exec(first);
  if (inline?.[1]) return { title: inline[1], date: inline[2]!, years: titleYears(inline[1]), end: firstAt + 1 };
  let seen = 0;
  for (let i = firstAt + 1; i < lines.length && seen < 3; i++) {
    const t = clean(lines[i]!.raw);
    if (t === '') continue;
    seen++;
    const iso = /^\d{4}-\d{2}-\d{2}$/.test(t) ? t : undefined;
    const zh = CHINESE_DATE.exec(t);
    const date = iso ?? (zh ? `${zh[1]}-${zh[2]!.padStart(2, '0')}-${zh[3]!.padStart(2, '0')}` : undefined);
    if (date) {
      notes.push(`date ${date} read from line ${lines[i]!.n}`);
      return { title: first, date, years: titleYears(first), end: i + 1 };
    }
  }
  throw new InputError(
    file,
    lines[firstAt]!.n,
    'no publication date after the title: end the title line with the date ("… 2021-01-06") or put it on a line of its own under the title ("2021年1月6日")',
  );
}

function titleYears(title: string): Head['years'] {
  const y = [...title.matchAll(/(\d{4})年/g)].map((m) => Number(m[1]));
  return y.length >= 2 ? { work: y[0]!, plans: y[1]! } : undefined;
}

/** The chapters, from the contents ("目录") when there is one, else from the body. */
export function locateChapters(lines: Line[], from: number, file: string, notes: string[]): ChapterStart[] {
  const tocAt = lines.findIndex((l, k) => k >= from && textKey(l.raw) === '目录');
  const starts = tocAt < 0 ? chaptersFromBody(lines, from, file, notes) : chaptersFromContents(lines, tocAt, file, notes);
  return starts.map((s) => withDepartment(lines, s, notes));
}

function chaptersFromContents(lines: Line[], tocAt: number, file: string, notes: string[]): ChapterStart[] {
  const toc: { order: number; title: string; department?: string; n: number }[] = [];
  let i = tocAt + 1;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line.raw)) continue;
    const m = TOC_ENTRY.exec(clean(line.raw));
    if (!m) break;
    const order = entryNumber(m);
    // Numbering that starts again is the body's first chapter title ("第一章 …" after a contents of the same form).
    if (order === 1 && toc.length > 0) break;
    if (order !== toc.length + 1) throw new InputError(file, line.n, `table of contents entry ${order} out of order (expected ${toc.length + 1})`);
    const text = m[4]!;
    const dept = TRAILING_DEPARTMENT.exec(text);
    const title = squeeze(dept ? text.slice(0, dept.index) : text);
    toc.push({ order, title, n: line.n, ...(dept ? { department: squeeze(dept[1]!) } : {}) });
  }
  if (toc.length === 0) throw new InputError(file, lines[tocAt]!.n, 'the table of contents lists no chapters');
  const withDept = toc.filter((e) => e.department).length;
  if (withDept) notes.push(`${withDept} contents entries name their department in parentheses`);

  // Locate each chapter's title line in order; a chapter runs to the line before the next title.
  let from = i;
  return toc.map((entry) => {
    const found = findTitle(lines, from, entry.title);
    if (!found)
      throw new InputError(
        file,
        entry.n,
        `chapter ${entry.order} "${entry.title}" is listed in the contents but its title was not found in the body: make the title line in the body read like the entry`,
      );
    from = found.bodyAt;
    return { order: entry.order, tocTitle: entry.title, ...found, entryLine: entry.n, ...(entry.department ? { department: entry.department } : {}) };
  });
}

/** Without contents: a chapter title follows each separator line (spaces only, NBSP included), or else precedes a part heading. */
function chaptersFromBody(lines: Line[], from: number, file: string, notes: string[]): ChapterStart[] {
  const isSeparator = (l: Line): boolean => l.raw !== '' && isBlank(l.raw) && /[\u00a0\u3000]/.test(l.raw);
  const titles: number[] = [];
  for (let i = from; i < lines.length; i++) {
    if (!isSeparator(lines[i]!)) continue;
    const next = nextNonBlank(lines, i + 1);
    if (next !== undefined && !titles.includes(next)) titles.push(next);
  }
  let how = 'the first line after each separator line (a line of spaces)';
  if (titles.length === 0) {
    how = 'the line before each "YYYY年工作情况" (or "工作完成情况", …) heading';
    for (let i = from; i < lines.length; i++) {
      const next = nextNonBlank(lines, i + 1);
      const t = squeeze(lines[i]!.raw);
      const heading = next === undefined ? null : PART_YEAR.exec(squeeze(lines[next]!.raw));
      if (t && heading && isWorkHeading(heading[2]!)) titles.push(i);
    }
  }
  if (titles.length === 0)
    throw new InputError(
      file,
      undefined,
      'no table of contents ("目录") and no chapter titles found in the body: add a "目录" line after the title with one "N、chapter title" line per chapter',
    );
  notes.push(`no table of contents: ${titles.length} chapters found as ${how}`);
  return titles.map((at, k) => {
    const title = squeeze(lines[at]!.raw);
    return { order: k + 1, tocTitle: title, title, at, bodyAt: at + 1, entryLine: lines[at]!.n };
  });
}

/** A line "(杨浦区发展改革委)" under the chapter title names the department in full; it wins over the contents' short name. */
function withDepartment(lines: Line[], start: ChapterStart, notes: string[]): ChapterStart {
  const next = nextNonBlank(lines, start.bodyAt);
  const m = next === undefined ? null : DEPARTMENT.exec(clean(lines[next]!.raw));
  if (!m || next === undefined) return start;
  notes.push(`chapter ${start.order}: department line ${lines[next]!.n} "${squeeze(m[1]!)}" shown with the chapter title`);
  return { ...start, department: squeeze(m[1]!), bodyAt: next + 1 };
}

/** Find a chapter title at or after `from`: equal to the contents entry, or extending it ("…报告"), or split over two lines. */
function findTitle(lines: Line[], from: number, tocTitle: string): { at: number; bodyAt: number; title: string } | undefined {
  const want = textKey(tocTitle);
  for (let i = from; i < lines.length; i++) {
    const raw = lines[i]!.raw;
    if (isBlank(raw)) continue;
    const key = textKey(raw);
    if (key === want || (key.startsWith(want) && key.length - want.length <= 4)) {
      return { at: i, bodyAt: i + 1, title: squeeze(raw) };
    }
    if (want.startsWith(key) && key.length >= 4) {
      const nextAt = nextNonBlank(lines, i + 1);
      if (nextAt !== undefined && textKey(raw + lines[nextAt]!.raw) === want) {
        return { at: i, bodyAt: nextAt + 1, title: `${squeeze(raw)} ${squeeze(lines[nextAt]!.raw)}` };
      }
    }
  }
  return undefined;
}

export function nextNonBlank(lines: Line[], from: number): number | undefined {
  for (let i = from; i < lines.length; i++) if (!isBlank(lines[i]!.raw)) return i;
  return undefined;
}
