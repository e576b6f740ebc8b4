// The language-independent structure of the report, as the importer reads it from the raw text.

/** A part of a chapter: the year's work, the plans for the next, an attachment, or another topic. */
export type PartKind = 'intro' | 'work' | 'plans' | 'annex' | 'other';
export const PART_KINDS: readonly PartKind[] = ['intro', 'work', 'plans', 'annex', 'other'];

export type ProjectList = 'new-start' | 'completed' | 'under-construction' | 'preparatory';
export type ProjectCategory = 'infrastructure' | 'social' | 'functional' | 'university';

export const PROJECT_LISTS: readonly ProjectList[] = ['new-start', 'completed', 'under-construction', 'preparatory'];
export const PROJECT_CATEGORIES: readonly ProjectCategory[] = ['infrastructure', 'social', 'functional', 'university'];

/** One row of an attachment table, as printed. */
export interface ProjectRow {
  year: number;
  list: ProjectList;
  category: ProjectCategory;
  /** Printed sequence number; null where the report prints none. */
  seq: number | null;
  nameZh: string;
  /** Sequence number of the numbered row this unnumbered row repeats, if any. */
  repeatOf: number | null;
  /** Line of the name cell (where an erratum would point). */
  line: number;
}

/** A category label cell ("基础设施项目(7项)"), with the count it states. */
export interface ProjectGroup {
  year: number;
  list: ProjectList;
  category: ProjectCategory;
  labelZh: string;
  statedCount: number | null;
  line: number;
}

export interface ProjectTable {
  year: number;
  list: ProjectList;
  groups: ProjectGroup[];
  rows: ProjectRow[];
  /** The closing "共计(29项)" cell, if printed. */
  totalZh: string | null;
  line: number;
}

export interface DoubleTenRow {
  list: 'new-start' | 'completed';
  seq: number;
  nameZh: string;
  line: number;
}

export type Block =
  | { kind: 'part'; partKind: PartKind; key: string; text: string; line: number; year?: number }
  | { kind: 'section'; num: number; text: string; line: number }
  | { kind: 'sub'; num: number; text: string; line: number }
  | { kind: 'para'; text: string; line: number }
  | { kind: 'projects'; table: ProjectTable; line: number }
  | { kind: 'double-ten'; rows: DoubleTenRow[]; line: number };

export interface SourceChapter {
  order: number;
  tocTitle: string;
  title: string;
  lines: [number, number];
  blocks: Block[];
  /** The responsible department, where the compilation names one. */
  department?: string;
}

export interface SourceReport {
  title: string;
  date: string;
  /** The work and plans years, when the title names them. */
  years?: { work: number; plans: number };
  chapters: SourceChapter[];
  /** How the importer read the layout (date line, missing contents, inferred parts…), for its summary. */
  notes: string[];
}

/** An error in the input, with the file and line it concerns. */
export class InputError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  constructor(file: string, line: number | undefined, message: string) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${message}`);
    this.name = 'InputError';
    this.file = file;
    this.line = line;
  }
}

/** content/report.json: the report's metadata (the scripts read it; the site loads it as content). */
export interface Bilingual {
  zh: string;
  en: string;
}

export interface ReportConfig {
  /** A short ASCII name of the publication ("yangpu"): the PDFs' file names and the citation keys start with it. */
  id: string;
  /** Where the site is published (canonical links, share previews, sitemap); SITE_URL overrides it for one build. */
  site: string;
  source: string;
  issuer: Bilingual;
  title: Bilingual;
  shortTitle: Bilingual;
  district: Bilingual;
  published: string;
  /** The year whose work the report reviews, and the year it plans. */
  years: { work: number; plans: number };
  /** For the About page: who revised the English translation, and the licence of the translation and data files. */
  edition: { translator: Bilingual; licence: { name: string; url: string } };
  slugs: string[];
}
