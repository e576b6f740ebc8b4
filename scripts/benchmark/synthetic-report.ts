// A synthetic report `factor` times the size of the real one, for the scale benchmark: the real chapters, then
// copies of them in both languages renumbered as chapters n+1 … n*factor (ids, slugs, key figures follow), so
// that every page type, the search index and the PDFs grow with real text. The copies leave out the attachment
// tables: the site reads them from one chapter only (the data scripts require exactly one), so they stay there.
import { type ChapterDoc, parseChapterDoc, plainText } from '#core/chapter-doc.ts';
import { chapterPrefix, MAX_CHAPTER, slugOrder } from '#core/schema.ts';

export interface ChapterFile {
  lang: 'zh' | 'en';
  /** File name in content/chapters/<lang>/, e.g. "03-riverside-peoples-city.mdx". */
  name: string;
  text: string;
}

interface Figure {
  id: string;
  paragraph: string;
  [field: string]: unknown;
}

export interface SyntheticInput {
  chapters: readonly ChapterFile[];
  /** content/report.json as parsed. */
  report: { slugs: string[]; [field: string]: unknown };
  /** content/key-figures.json as parsed. */
  keyFigures: { figures: Figure[]; [field: string]: unknown };
  factor: number;
}

export interface SyntheticReport {
  /** Path relative to the project root -> new text (new chapter files, report.json, key-figures.json). */
  files: Map<string, string>;
  chapters: number;
}

const TABLE_LINE = /^<(ProjectTable|DoubleTenTable)\b/;

/** Chapter `order`'s file, renumbered as chapter `to`: frontmatter, block ids, tables left out. */
export function renumberChapter(text: string, file: string, to: number): { name: string; text: string } {
  const doc: ChapterDoc = parseChapterDoc(text, file);
  const from = Number(doc.data.order);
  const slug = String(doc.data.slug);
  if (!Number.isInteger(from) || slugOrder(slug) !== from)
    throw new Error(`${file}: frontmatter order ${String(doc.data.order)} and slug "${slug}" do not agree`);
  const newSlug = `${chapterPrefix(to)}-${slug.slice(slug.indexOf('-') + 1)}`;
  const mark = (s: unknown): string => `${String(s)} (${to})`;
  const data: Record<string, unknown> = { ...doc.data, order: to, slug: newSlug, title: mark(doc.data.title), tocTitle: mark(doc.data.tocTitle) };
  // JSON values are valid YAML: the frontmatter reads back exactly, whatever the titles contain.
  const front = ['---', ...Object.entries(data).map(([k, v]) => `${k}: ${JSON.stringify(v)}`), '---'];
  const lines = text.split('\n');
  const body = lines.slice(lines.indexOf('---', 1) + 1);
  const id = new RegExp(`^(<[A-Z][A-Za-z]* id=")(c|p-)${from}-`);
  const renumbered = body.filter((line) => !TABLE_LINE.test(line.trim())).map((line) => line.replace(id, `$1$2${to}-`));
  return { name: `${newSlug}.mdx`, text: [...front, ...renumbered].join('\n') };
}

export function syntheticReport(input: SyntheticInput): SyntheticReport {
  const { chapters, report, keyFigures, factor } = input;
  if (!Number.isInteger(factor) || factor < 2) throw new Error(`the scale factor must be a whole number of at least 2, got ${factor}`);
  const n = report.slugs.length;
  const total = n * factor;
  if (total > MAX_CHAPTER) throw new Error(`${n} chapters x ${factor} = ${total}: more than the ${MAX_CHAPTER} chapters a report may have`);
  const files = new Map<string, string>();
  const slugs = [...report.slugs];
  const figures = [...keyFigures.figures];
  for (let to = n + 1; to <= total; to++) {
    const from = ((to - 1) % n) + 1;
    const source = report.slugs[from - 1]!;
    let slug: string | undefined;
    for (const lang of ['zh', 'en'] as const) {
      const chapter = chapters.find((c) => c.lang === lang && c.name === `${source}.mdx`);
      if (!chapter) continue; // an untranslated chapter stays untranslated in its copies
      const copy = renumberChapter(chapter.text, `content/chapters/${lang}/${chapter.name}`, to);
      files.set(`content/chapters/${lang}/${copy.name}`, copy.text);
      slug = copy.name.replace(/\.mdx$/, '');
    }
    if (!slug) throw new Error(`content/report.json lists "${source}", but there is no content/chapters/zh/${source}.mdx`);
    slugs.push(slug);
    const prefix = `p-${from}-`;
    for (const f of keyFigures.figures.filter((x) => x.paragraph.startsWith(prefix))) {
      figures.push({ ...f, id: `${f.id}-${to}`, paragraph: `p-${to}-${f.paragraph.slice(prefix.length)}` });
    }
  }
  files.set('content/report.json', `${JSON.stringify({ ...report, slugs }, null, 2)}\n`);
  files.set('content/key-figures.json', `${JSON.stringify({ ...keyFigures, figures }, null, 1)}\n`);
  return { files, chapters: total };
}

/** UTF-8 bytes of the text of every block of the given chapter files: what "size of the report" means here. */
export function reportTextBytes(chapters: readonly ChapterFile[]): number {
  return chapters.reduce((sum, c) => sum + parseChapterDoc(c.text, c.name).blocks.reduce((s, b) => s + Buffer.byteLength(plainText(b.inner)), 0), 0);
}
