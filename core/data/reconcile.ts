// Every total the report states about its project lists, compared with what the rows give. Pure.
//
// Where the statements come from:
//   - the attachments, read from the Chinese chapter: list headings "一、新开工项目(26项)", the "其中…" sentence
//     under each heading, the closing "共计(29项)" line (the <ProjectTable total> attribute);
//   - the category label cells "基础设施项目(7项)" (content/data/project-groups.csv);
//   - the chapter text, declared in content/data/stated-totals.csv (paragraph, quote as printed, what it counts),
//     because prose ("由年初65项调增至78项") has no fixed form. `uncovered` finds any "N项" the file misses.
// A count is of distinct projects in the scope (see project-summary.ts): the same basis the report uses.
import { type ChapterDoc, type DocBlock, plainText } from '../chapter-doc.ts';
import { readCsv, oneOf } from './csv.ts';
import { InputError, PROJECT_CATEGORIES, PROJECT_LISTS, type ProjectCategory, type ProjectList } from '../model.ts';
import type { DoubleTen, Group, Project } from './project-data.ts';
import { type Scope, tally } from './project-summary.ts';
import { zhNumbers } from '../numbers.ts';

export const STATED_FILE = 'content/data/stated-totals.csv';
export const STATED_COLUMNS = ['id', 'block', 'quote', 'stated', 'unit', 'measure', 'year', 'lists', 'categories', 'note_zh', 'note_en'] as const;

export type StatementKind = 'text' | 'heading' | 'label' | 'summary' | 'total';
export type Unit = 'projects' | 'percent' | 'm2';
/** projects: distinct projects in the scope; growth: % change of the year's projects over the year before;
 *  double-ten: rows of one "double ten" list; uncountable: the rows cannot give it (a note says why). */
export type Measure = 'projects' | 'growth' | 'double-ten' | 'uncountable';

export interface Statement {
  id: string;
  kind: StatementKind;
  /** Id of the chapter block (paragraph, heading or table) the statement is printed in. */
  block: string;
  /** Where to fix it: file and line. */
  file: string;
  line: number;
  /** The words as printed (Chinese). */
  quote: string;
  stated: number;
  unit: Unit;
  measure: Measure;
  scope: Scope;
  /** For measure "double-ten". */
  doubleTenList?: DoubleTen['list'];
  note?: { zh: string; en: string };
}

/** A plain-language reason, as an interface-string key (reconcile.reason.<key>) and its values. */
export interface Reason {
  key: 'match' | 'matchDistinct' | 'more' | 'fewer' | 'area' | 'note' | 'growth';
  values: Record<string, number>;
}

export interface Reconciled extends Statement {
  counted: number | null;
  difference: number | null;
  status: 'match' | 'differs' | 'uncountable';
  reason: Reason;
}

const CATEGORY_WORDS: [RegExp, ProjectCategory][] = [
  [/^(市政)?基础设施$/, 'infrastructure'],
  [/^社会事业$/, 'social'],
  [/^功能性?$/, 'functional'],
  [/^高校$/, 'university'],
];

export function categoryOf(word: string, file: string, line: number): ProjectCategory {
  const hit = CATEGORY_WORDS.find(([re]) => re.test(word));
  if (!hit) throw new InputError(file, line, `"${word}项目" is not a known project category`);
  return hit[1];
}

const list = (value: string): string[] => (value === '' ? [] : value.split('|'));

/** content/data/stated-totals.csv: the totals stated in the chapter text. */
export function parseStated(text: string, doc: ChapterDoc, file: string = STATED_FILE): Statement[] {
  const ids = new Set<string>();
  return readCsv(text, file, STATED_COLUMNS).map(({ line, row }) => {
    const id = row.id!;
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) throw new InputError(file, line, `column "id": "${id}" must be ASCII kebab-case`);
    if (ids.has(id)) throw new InputError(file, line, `column "id": "${id}" is used twice`);
    ids.add(id);
    const block = doc.blocks.find((b) => b.id === row.block);
    if (!block) throw new InputError(file, line, `column "block": ${doc.file} has no block "${row.block}"`);
    const quote = row.quote!;
    if (quote === '' || !plainText(block.inner).includes(quote))
      throw new InputError(file, line, `column "quote": "${quote}" does not occur in ${row.block} (${doc.file}:${block.line})`);
    const unit = oneOf(row.unit!, ['projects', 'percent', 'm2'] as const, file, line, 'unit');
    const measure = oneOf(row.measure!, ['projects', 'growth', 'double-ten', 'uncountable'] as const, file, line, 'measure');
    const stated = Number(row.stated);
    if (row.stated === '' || !Number.isFinite(stated)) throw new InputError(file, line, `column "stated": "${row.stated}" is not a number`);
    if (!zhNumbers(quote).some((n) => n.value === stated))
      throw new InputError(file, line, `column "stated": ${stated} is not a number printed in the quote "${quote}"`);
    if (!/^\d{4}$/.test(row.year!)) throw new InputError(file, line, `column "year": "${row.year}" is not a year`);
    const lists = list(row.lists!);
    const categories = list(row.categories!).map((c) => oneOf(c, PROJECT_CATEGORIES, file, line, 'categories'));
    const note = row.note_zh || row.note_en ? { zh: row.note_zh!, en: row.note_en! } : undefined;
    if (note && (!note.zh || !note.en)) throw new InputError(file, line, 'columns "note_zh" and "note_en": give the note in both languages or in neither');
    if (measure === 'uncountable' && unit !== 'm2' && !note)
      throw new InputError(file, line, 'an uncountable total needs a note (note_zh, note_en) saying why');
    const statement: Statement = { id, kind: 'text', block: block.id, file, line, quote, stated, unit, measure, scope: { year: Number(row.year) }, note };
    if (measure === 'double-ten') {
      if (lists.length !== 1) throw new InputError(file, line, 'column "lists": a double-ten total names exactly one list (new-start or completed)');
      statement.doubleTenList = oneOf(lists[0]!, ['new-start', 'completed'] as const, file, line, 'lists');
    } else {
      if (lists.length > 0) statement.scope.lists = lists.map((l) => oneOf(l, PROJECT_LISTS, file, line, 'lists'));
      if (categories.length > 0) statement.scope.categories = categories;
    }
    return statement;
  });
}

/** The stated number in a heading or total cell: "(26项)", a heading cut short "(19", "共计(29项)". */
function bracketCount(text: string): number | null {
  const m = /[（(]\s*(\d+)\s*(?:项)?\s*(?:[）)]|$)/.exec(text.trim());
  return m ? Number(m[1]) : null;
}

const sicNote = (block: DocBlock | undefined): string | undefined => (block ? /<Sic note=\{"([^"]*)"\}>/.exec(block.inner)?.[1] : undefined);

/**
 * Statements of the attachment tables: heading, "其中" sentence, category labels, closing total.
 * `en` (the English chapter, if any) supplies the English editorial note of a heading printed with an error.
 */
export function annexStatements(doc: ChapterDoc, en: ChapterDoc | undefined, groups: readonly Group[], groupsFile: string): Statement[] {
  const out: Statement[] = [];
  let section: DocBlock | undefined;
  let between: DocBlock[] = [];
  for (const b of doc.blocks) {
    if (b.component === 'Part' || b.component === 'Section') {
      section = b.component === 'Section' ? b : undefined;
      between = [];
      continue;
    }
    if (b.component === 'Para') {
      between.push(b);
      continue;
    }
    if (b.component !== 'ProjectTable') continue;
    const year = Number(b.attrs.year);
    const listName = oneOf(b.attrs.list ?? '', PROJECT_LISTS, doc.file, b.line, 'list');
    const scope: Scope = { year, lists: [listName] };
    const base = { file: doc.file, unit: 'projects' as const, measure: 'projects' as const };
    if (section) {
      const heading = plainText(section.inner);
      const n = bracketCount(heading);
      const zhNote = sicNote(section);
      const note = zhNote ? { zh: zhNote, en: sicNote(en?.blocks.find((x) => x.id === section!.id)) ?? zhNote } : undefined;
      if (n !== null)
        out.push({ ...base, id: `${section.id}-heading`, kind: 'heading', block: section.id, line: section.line, quote: heading, stated: n, scope, note });
    }
    for (const para of between.filter((p) => plainText(p.inner).startsWith('其中'))) {
      const text = plainText(para.inner);
      for (const m of text.matchAll(/([\u4e00-\u9fff]+?)项目\s*(\d+)\s*项/g)) {
        const category = categoryOf(m[1]!, doc.file, para.line);
        out.push({
          ...base,
          id: `${para.id}-${category}`,
          kind: 'summary',
          block: para.id,
          line: para.line,
          quote: m[0],
          stated: Number(m[2]),
          scope: { ...scope, categories: [category] },
        });
      }
      for (const m of text.matchAll(/总建筑面积约?\s*(\d+(?:\.\d+)?)\s*万平方米/g)) {
        out.push({
          ...base,
          id: `${para.id}-area`,
          kind: 'summary',
          block: para.id,
          line: para.line,
          quote: m[0],
          stated: Number(m[1]) * 1e4,
          unit: 'm2',
          measure: 'uncountable',
          scope,
        });
      }
    }
    for (const g of groups.filter((x) => x.year === year && x.list === listName && x.statedCount !== null)) {
      out.push({
        ...base,
        id: `${b.id}-${g.category}`,
        kind: 'label',
        block: b.id,
        file: groupsFile,
        line: g.line,
        quote: g.labelZh,
        stated: g.statedCount!,
        scope: { ...scope, categories: [g.category] },
      });
    }
    if (b.attrs.total) {
      const n = bracketCount(b.attrs.total.replace(/^共计/, ''));
      if (n === null) throw new InputError(doc.file, b.line, `<ProjectTable total="${b.attrs.total}"> states no number`);
      out.push({ ...base, id: `${b.id}-total`, kind: 'total', block: b.id, line: b.line, quote: b.attrs.total, stated: n, scope });
    }
    between = [];
  }
  return out;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

export function reconcile(statements: readonly Statement[], projects: readonly Project[], doubleTen: readonly DoubleTen[]): Reconciled[] {
  return statements.map((s): Reconciled => {
    if (s.measure === 'uncountable') {
      return {
        ...s,
        counted: null,
        difference: null,
        status: 'uncountable',
        reason: s.unit === 'm2' && !s.note ? { key: 'area', values: {} } : { key: 'note', values: {} },
      };
    }
    if (s.measure === 'growth') {
      const now = tally(projects, { year: s.scope.year }).projects;
      const before = tally(projects, { year: s.scope.year - 1 }).projects;
      const counted = round1(((now - before) / before) * 100);
      const difference = round1(counted - s.stated);
      return {
        ...s,
        counted,
        difference,
        status: difference === 0 ? 'match' : 'differs',
        reason: { key: 'growth', values: { now, before, year: s.scope.year, previous: s.scope.year - 1, counted } },
      };
    }
    const t =
      s.measure === 'double-ten'
        ? { rows: doubleTen.filter((d) => d.list === s.doubleTenList).length, projects: doubleTen.filter((d) => d.list === s.doubleTenList).length }
        : tally(projects, s.scope);
    const counted = t.projects;
    const difference = counted - s.stated;
    const values = { stated: s.stated, counted, rows: t.rows, shared: t.rows - t.projects, difference: Math.abs(difference) };
    const key: Reason['key'] = difference > 0 ? 'more' : difference < 0 ? 'fewer' : t.rows !== t.projects ? 'matchDistinct' : 'match';
    return { ...s, counted, difference, status: difference === 0 ? 'match' : 'differs', reason: { key, values } };
  });
}

/** A count the chapter prints ("26项", "10个…项目", "118万平方米", "28.2%") that no statement reconciles. */
export interface Uncovered {
  block: string;
  line: number;
  text: string;
}

const STATED_COUNT = /(\d+(?:\.\d+)?)\s*(?:项|个[^，。；、：,;:]{0,8}项目|万平方米|%)/g;

export function uncovered(doc: ChapterDoc, statements: readonly Statement[]): Uncovered[] {
  const out: Uncovered[] = [];
  for (const b of doc.blocks.filter((x) => x.component === 'Para' || x.component === 'Section')) {
    const mine = statements.filter((s) => s.block === b.id);
    for (const m of plainText(b.inner).matchAll(STATED_COUNT)) {
      const value = zhNumbers(m[0])[0]!.value;
      if (!mine.some((s) => s.quote.includes(m[0]) && s.stated === value)) {
        out.push({ block: b.id, line: b.line, text: m[0] });
      }
    }
  }
  return out;
}
