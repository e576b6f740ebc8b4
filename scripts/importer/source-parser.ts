// Raw compilation text -> chapters of structural blocks. Pure: no file system.
import { parseDoubleTen, parseProjectTable, linkRepeats } from './annex-parser.ts';
import { type Block, InputError, type PartKind, type ProjectList, type SourceChapter, type SourceReport } from '#core/model.ts';
import { chineseNumeral, clean, isBlank, squeeze, textKey } from '#core/text.ts';
import { type Line, toLines } from './source-lines.ts';

const SECTION = /^([一二三四五六七八九十]+)、\s*(.*)$/;
const SUB = /^[((]([一二三四五六七八九十]+)[))]\s*(.*)$/;
const PART_YEAR = /^(\d{4})年?(工作情况|主要工作)$/;
const ANNEX = /^附件\s*(\d+)$/;
const TOC_ENTRY = /^(\d+)\s*、?\s*(.+)$/;
const LIST_NAMES: [RegExp, ProjectList][] = [
  [/新开工/, 'new-start'],
  [/建成|竣工/, 'completed'],
  [/在建/, 'under-construction'],
  [/预备/, 'preparatory'],
];

/** Parse the whole compilation. `file` is only used in error messages. */
export function parseSource(text: string, file: string): SourceReport {
  const lines = toLines(text);
  const first = lines.find((l) => !isBlank(l.raw));
  if (!first) throw new InputError(file, 1, 'the source is empty');
  const head = /^(.*?)\s*(\d{4}-\d{2}-\d{2})$/.exec(clean(first.raw));
  if (!head) throw new InputError(file, first.n, 'the first line must be the report title followed by its date (YYYY-MM-DD)');

  const tocAt = lines.findIndex((l) => textKey(l.raw) === '目录');
  if (tocAt < 0) throw new InputError(file, undefined, 'no table of contents ("目录") found');
  const toc: { order: number; title: string; n: number }[] = [];
  let i = tocAt + 1;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line.raw)) continue;
    const m = TOC_ENTRY.exec(clean(line.raw));
    if (!m) break;
    const order = Number(m[1]);
    if (order !== toc.length + 1) throw new InputError(file, line.n, `table of contents entry ${order} out of order (expected ${toc.length + 1})`);
    toc.push({ order, title: squeeze(m[2]!), n: line.n });
  }
  if (toc.length === 0) throw new InputError(file, lines[tocAt]!.n, 'the table of contents lists no chapters');

  // Locate each chapter's title line in order; a chapter runs to the line before the next title.
  const starts: { at: number; title: string; titleLines: number }[] = [];
  let from = i;
  for (const entry of toc) {
    const found = findTitle(lines, from, entry.title);
    if (!found)
      throw new InputError(file, entry.n, `chapter ${entry.order} "${entry.title}" is listed in the contents but its title was not found in the body`);
    starts.push(found);
    from = found.at + found.titleLines;
  }

  const chapters: SourceChapter[] = toc.map((entry, k) => {
    const start = starts[k]!;
    const end = k + 1 < starts.length ? starts[k + 1]!.at : lines.length;
    const body = lines.slice(start.at + start.titleLines, end);
    const lastText = [...body].reverse().find((l) => !isBlank(l.raw));
    return {
      order: entry.order,
      tocTitle: entry.title,
      title: start.title,
      lines: [lines[start.at]!.n, (lastText ?? lines[start.at]!).n],
      blocks: parseChapterBody(body, file),
    };
  });
  return { title: head[1]!, date: head[2]!, chapters };
}

/** Find a chapter title at or after `from`: equal to the contents entry, or extending it ("…报告"), or split over two lines. */
function findTitle(lines: Line[], from: number, tocTitle: string): { at: number; title: string; titleLines: number } | undefined {
  const want = textKey(tocTitle);
  for (let i = from; i < lines.length; i++) {
    const raw = lines[i]!.raw;
    if (isBlank(raw)) continue;
    const key = textKey(raw);
    if (key === want || (key.startsWith(want) && key.length - want.length <= 4)) {
      return { at: i, title: squeeze(raw), titleLines: 1 };
    }
    if (want.startsWith(key) && key.length >= 4) {
      const nextAt = nextNonBlank(lines, i + 1);
      if (nextAt !== undefined && textKey(raw + lines[nextAt]!.raw) === want) {
        return { at: i, title: `${squeeze(raw)} ${squeeze(lines[nextAt]!.raw)}`, titleLines: nextAt - i + 1 };
      }
    }
  }
  return undefined;
}

function nextNonBlank(lines: Line[], from: number): number | undefined {
  for (let i = from; i < lines.length; i++) if (!isBlank(lines[i]!.raw)) return i;
  return undefined;
}

const isTableHeader = (t: string): boolean => t === '分类' || t === '序号';

/** Classify the lines of one chapter body into blocks. */
export function parseChapterBody(body: Line[], file: string): Block[] {
  const blocks: Block[] = [];
  let otherParts = 0;
  let annex: { year: number; doubleTen: boolean } | null = null;
  let list: ProjectList | null = null;
  for (let i = 0; i < body.length; i++) {
    const line = body[i]!;
    if (isBlank(line.raw)) continue;
    const t = squeeze(line.raw);

    const year = PART_YEAR.exec(t);
    if (year) {
      const partKind: PartKind = year[2] === '工作情况' ? 'work' : 'plans';
      blocks.push({ kind: 'part', partKind, key: year[1]!, text: t, line: line.n, year: Number(year[1]) });
      annex = null;
      continue;
    }
    const annexNo = ANNEX.exec(t);
    if (annexNo) {
      const titleAt = body.findIndex((l, k) => k > i && !isBlank(l.raw));
      if (titleAt < 0) throw new InputError(file, line.n, `"${t}" has no title line after it`);
      const title = squeeze(body[titleAt]!.raw);
      const y = /(\d{4})年/.exec(title);
      if (!y) throw new InputError(file, body[titleAt]!.n, `attachment title "${title}" names no year`);
      blocks.push({ kind: 'part', partKind: 'annex', key: `annex-${annexNo[1]}`, text: `${t} ${title}`, line: line.n });
      annex = { year: Number(y[1]), doubleTen: /双十/.test(title) };
      list = null;
      i = titleAt;
      continue;
    }

    const section = SECTION.exec(t);
    if (section && !t.includes('。')) {
      blocks.push({ kind: 'section', num: chineseNumeral(section[1]!), text: t, line: line.n });
      if (annex) list = LIST_NAMES.find(([re]) => re.test(section[2]!))?.[1] ?? null;
      continue;
    }
    const sub = SUB.exec(t);
    if (sub && !t.includes('。')) {
      blocks.push({ kind: 'sub', num: chineseNumeral(sub[1]!), text: t, line: line.n });
      continue;
    }

    if (annex && isTableHeader(t)) {
      // The table runs to the next heading line (section, part, attachment) or the end of the chapter.
      let end = i + 1;
      while (end < body.length && !endsTable(squeeze(body[end]!.raw))) end++;
      const region = body.slice(i, end);
      if (annex.doubleTen) {
        blocks.push({ kind: 'double-ten', rows: parseDoubleTen(region, file), line: line.n });
      } else {
        if (!list) throw new InputError(file, line.n, 'a project table must follow a list heading such as "一、新开工项目(26项)"');
        blocks.push({ kind: 'projects', table: parseProjectTable(region, annex.year, list, file), line: line.n });
      }
      i = end - 1;
      continue;
    }

    const next = nextNonBlank(body, i + 1);
    if (isPartTitle(t) && next !== undefined && /^一、/.test(squeeze(body[next]!.raw))) {
      otherParts++;
      blocks.push({ kind: 'part', partKind: 'other', key: `part-${otherParts}`, text: t, line: line.n });
      annex = null;
      continue;
    }
    blocks.push({ kind: 'para', text: t, line: line.n });
  }
  linkRepeats(blocks);
  return blocks;
}

function endsTable(t: string): boolean {
  return SECTION.test(t) || ANNEX.test(t) || PART_YEAR.test(t);
}

/** An unnumbered short line with no sentence punctuation, like "重大工程推进情况及项目安排". */
function isPartTitle(t: string): boolean {
  return t.length <= 40 && !/[。,,:;;:]/.test(t) && !SECTION.test(t) && !SUB.test(t) && !/^\d/.test(t);
}
