// The summary tables the site reads (src/generated/report-data.json), computed from content/. Pure: the
// caller (scripts/data.ts) gives a file reader. Every check that fails here stops the build with file and line.
import type { ChapterDoc } from '../chapter-doc.ts';
import { type Bilingual, InputError, type ProjectList } from '../model.ts';
import { DATA_FILES, type DoubleTen, type Group, parseDoubleTenCsv, parseGroups, parseProjects, type Project } from './project-data.ts';
import { KEY_FIGURES_FILE, type KeyFigure, parseKeyFigures, type ResolvedKeyFigure, resolveKeyFigures } from './key-figures.ts';
import { type MatchBasis, type Movement, type MovementCell, movement, parseRenames, type Rename, RENAMES_FILE } from './project-movement.ts';
import { checkRepeats, countTable, type DistinctProject, type YearCounts } from './project-summary.ts';
import { annexStatements, parseStated, type Reconciled, reconcile, STATED_FILE, type Statement, uncovered } from './reconcile.ts';

/** Where the generated summary lives (gitignored; written by `npm run data`). */
export const REPORT_DATA_FILE = 'src/generated/report-data.json';

/** A project as the summary tables show it: its name and where it is printed. */
export interface ProjectRef {
  name: Bilingual;
  stage: ProjectList;
  printed: { list: ProjectList; seq: number | null }[];
}

export interface MovementData {
  fromYear: number;
  toYear: number;
  cells: MovementCell[];
  splits: number;
  earlier: { project: ProjectRef; next: { project: ProjectRef; basis: MatchBasis; note?: Bilingual }[] }[];
  /** Later-year projects that continue no earlier project. */
  added: ProjectRef[];
}

/** An attachment part of the chapter that prints the project tables, numbered as printed (附件1 -> 1). */
export interface Annex {
  id: string;
  n: number;
  /** Its project tables: the block id (the table's anchor on the chapter page), year and list. */
  tables: { id: string; year: number; list: ProjectList }[];
  doubleTen: boolean;
}

/**
 * Everything but the key figures is optional: a report without attachment tables has no counts, no movement, no
 * "double ten" lists and no reconciliation (empty lists, null), and the site leaves those sections out.
 */
export interface ReportData {
  counts: YearCounts[];
  /** From the earlier to the later year: only when the tables cover two years. */
  movement: MovementData | null;
  doubleTen: { list: DoubleTen['list']; seq: number; name: Bilingual }[];
  /** Slug of the chapter that prints the attachments (where reconciliation rows link to), or null if none does. */
  annexSlug: string | null;
  annexes: Annex[];
  reconciliation: Reconciled[];
  keyFigures: ResolvedKeyFigure[];
}

export interface ReportInputs {
  projects: Project[];
  groups: Group[];
  doubleTen: DoubleTen[];
  renames: Rename[];
  /** Totals stated in the chapter text (content/data/stated-totals.csv, already parsed). */
  stated: Statement[];
  keyFigures: KeyFigure[];
  zh: ReadonlyMap<number, ChapterDoc>;
  en: ReadonlyMap<number, ChapterDoc>;
  groupsFile: string;
}

export function ref(p: DistinctProject): ProjectRef {
  const first = p.rows[0]!;
  return { name: { zh: first.nameZh, en: first.nameEn }, stage: p.stage, printed: p.rows.map((r) => ({ list: r.list, seq: r.seq })) };
}

function movementData(m: Movement): MovementData {
  return {
    fromYear: m.fromYear,
    toYear: m.toYear,
    cells: m.cells,
    splits: m.splits,
    earlier: m.earlier.map((e) => ({
      project: ref(e.project),
      next: e.next.map((c) => ({ project: ref(c.to), basis: c.basis, ...(c.rename ? { note: c.rename.note } : {}) })),
    })),
    added: m.later.filter((l) => !l.previous).map((l) => ref(l.project)),
  };
}

/** The chapter that prints the project tables, if any does. */
export function annexChapter(zh: ReadonlyMap<number, ChapterDoc>): ChapterDoc | undefined {
  const docs = [...zh.values()].filter((d) => d.blocks.some((b) => b.component === 'ProjectTable'));
  if (docs.length > 1)
    throw new InputError(
      docs[1]!.file,
      undefined,
      `<ProjectTable> blocks in ${docs.length} chapters (${docs.map((d) => d.file).join(', ')}); keep them in one`,
    );
  return docs[0];
}

/** The attachment parts of a chapter, with the tables each holds. */
export function annexesOf(doc: ChapterDoc): Annex[] {
  const out: Annex[] = [];
  for (const b of doc.blocks) {
    if (b.component === 'Part') {
      if (b.attrs.kind === 'annex') out.push({ id: b.id, n: out.length + 1, tables: [], doubleTen: false });
      continue;
    }
    const current = out[out.length - 1];
    if (!current) continue;
    // The content check has made sure that every <ProjectTable> names its year and list.
    if (b.component === 'ProjectTable') current.tables.push({ id: b.id, year: Number(b.attrs.year), list: b.attrs.list as ProjectList });
    if (b.component === 'DoubleTenTable') current.doubleTen = true;
  }
  return out;
}

/** The report data from the data files (read through `read`, a path relative to the project -> its text) and the chapters by number. */
export function reportDataFromFiles(read: (path: string) => string, zh: ReadonlyMap<number, ChapterDoc>, en: ReadonlyMap<number, ChapterDoc>): ReportData {
  return buildReportData({
    projects: parseProjects(read(DATA_FILES.projects)),
    groups: parseGroups(read(DATA_FILES.groups)),
    doubleTen: parseDoubleTenCsv(read(DATA_FILES.doubleTen)),
    renames: parseRenames(read(RENAMES_FILE)),
    stated: statedTotals(read(STATED_FILE), annexChapter(zh)),
    keyFigures: parseKeyFigures(read(KEY_FIGURES_FILE)),
    zh,
    en,
    groupsFile: DATA_FILES.groups,
  });
}

/** The totals stated in the text: they are checked against the project tables, so they need the chapter printing them. */
function statedTotals(text: string, annex: ChapterDoc | undefined): Statement[] {
  if (annex) return parseStated(text, annex);
  if (text.split(/\r?\n/).filter((l) => l.trim() !== '').length > 1)
    throw new InputError(STATED_FILE, 2, 'stated totals are checked against the project tables, but no chapter prints a <ProjectTable>: remove the rows');
  return [];
}

/** A report with no project tables: no rows in the data files either. */
function withoutTables(input: ReportInputs): ReportData {
  if (input.projects.length > 0)
    throw new InputError(
      DATA_FILES.projects,
      2,
      'project rows are given but no chapter prints a <ProjectTable>: import the attachment tables, or leave only the header row',
    );
  if (input.doubleTen.length > 0)
    throw new InputError(DATA_FILES.doubleTen, 2, '"double ten" rows are given but no chapter prints the project tables: leave only the header row');
  const figures = resolveKeyFigures(input.keyFigures, input.zh, input.en);
  if (figures.problems.length > 0)
    throw new InputError('content/key-figures.json', undefined, `${figures.problems.length} problem(s):\n  ${figures.problems.join('\n  ')}`);
  return { counts: [], movement: null, doubleTen: [], annexSlug: null, annexes: [], reconciliation: [], keyFigures: figures.figures };
}

export function buildReportData(input: ReportInputs): ReportData {
  const annex = annexChapter(input.zh);
  if (!annex) return withoutTables(input);
  checkRepeats(input.projects);
  const years = [...new Set(input.projects.map((p) => p.year))].sort();
  if (years.length === 0 || years.length > 2)
    throw new InputError(DATA_FILES.projects, undefined, `expected rows for one or two years, found ${years.join(', ') || 'none'}`);
  const annexEn = input.en.get(Number(annex.data.order));
  const statements = [...input.stated, ...annexStatements(annex, annexEn, input.groups, input.groupsFile)];
  const missed = uncovered(annex, statements);
  if (missed.length > 0) {
    const first = missed[0]!;
    throw new InputError(
      annex.file,
      first.line,
      `the total "${first.text}" in ${first.block} is reconciled nowhere (add it to content/data/stated-totals.csv)${
        missed.length > 1
          ? `; ${missed.length - 1} more: ${missed
              .slice(1)
              .map((m) => `${m.block} "${m.text}"`)
              .join(', ')}`
          : ''
      }`,
    );
  }
  const figures = resolveKeyFigures(input.keyFigures, input.zh, input.en);
  if (figures.problems.length > 0)
    throw new InputError('content/key-figures.json', undefined, `${figures.problems.length} problem(s):\n  ${figures.problems.join('\n  ')}`);
  return {
    counts: countTable(input.projects),
    movement: years.length === 2 ? movementData(movement(input.projects, input.renames, years[0]!, years[1]!)) : null,
    doubleTen: input.doubleTen.map((d) => ({ list: d.list, seq: d.seq, name: { zh: d.nameZh, en: d.nameEn } })),
    annexSlug: String(annex.data.slug),
    annexes: annexesOf(annex),
    reconciliation: reconcile(statements, input.projects, input.doubleTen),
    keyFigures: figures.figures,
  };
}
