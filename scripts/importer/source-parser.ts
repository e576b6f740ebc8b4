// Raw compilation text -> chapters of structural blocks. Pure: no file system.
import { parseDoubleTen, parseProjectTable, linkRepeats } from './annex-parser.ts';
import { type Block, InputError, type PartKind, type ProjectList, type SourceChapter, type SourceReport } from '#core/model.ts';
import { chineseNumeral, isBlank, squeeze } from '#core/text.ts';
import { type Line, toLines } from './source-lines.ts';
import { isWorkHeading, locateChapters, nextNonBlank, PART_YEAR, readHead } from './title-block.ts';
import { inferYearParts } from './year-parts.ts';

const SECTION = /^([一二三四五六七八九十]+)、\s*(.*)$/;
const SUB = /^[((]([一二三四五六七八九十]+)[))]\s*(.*)$/;
const ANNEX = /^附件\s*(\d+)$/;
const LIST_NAMES: [RegExp, ProjectList][] = [
  [/新开工/, 'new-start'],
  [/建成|竣工/, 'completed'],
  [/在建/, 'under-construction'],
  [/预备/, 'preparatory'],
];

/** Parse the whole compilation. `file` is only used in error messages. */
export function parseSource(text: string, file: string): SourceReport {
  const lines = toLines(text);
  const notes: string[] = [];
  const head = readHead(lines, file, notes);
  const starts = locateChapters(lines, head.end, file, notes);
  const chapters: SourceChapter[] = starts.map((start, k) => {
    const end = k + 1 < starts.length ? starts[k + 1]!.at : lines.length;
    const body = lines.slice(start.bodyAt, end);
    const lastText = [...body].reverse().find((l) => !isBlank(l.raw));
    const blocks = parseChapterBody(body, file);
    const inferred = inferYearParts(blocks, head.years);
    if (inferred.length) notes.push(`chapter ${start.order}: no part headings; parts taken from the year in section titles at lines ${inferred.join(', ')}`);
    return {
      order: start.order,
      tocTitle: start.tocTitle,
      title: start.title,
      lines: [lines[start.at]!.n, (lastText ?? lines[start.at]!).n],
      blocks,
      ...(start.department ? { department: start.department } : {}),
    };
  });
  if (!lines.slice(head.end, -1).some((l) => isBlank(l.raw))) notes.push('no blank lines: every line is read as a paragraph of its own');
  return { title: head.title, date: head.date, ...(head.years ? { years: head.years } : {}), chapters, notes };
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
      const partKind: PartKind = isWorkHeading(year[2]!) ? 'work' : 'plans';
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
