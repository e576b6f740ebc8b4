// Fidelity to the source: every non-blank line of each chapter's source range shows on its Chinese chapter page,
// in order (punctuation and spacing aside). Shared by the tests of the real build and of new-report builds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isBlank, textKey } from '#core/text.ts';
import { parseSource } from '../../scripts/importer/source-parser.ts';
import { readPage } from './dist.ts';

export interface ChapterLines {
  order: number;
  slug: string;
  from: number;
  to: number;
}

/** The chapters of the project's source with their line ranges and slugs. */
export function sourceChapters(
  root: string,
  config: { source: string; slugs: string[] },
): { chapters: ChapterLines[]; lines: string[]; title: string; tocTitles: string[] } {
  const text = readFileSync(join(root, config.source), 'utf8');
  const report = parseSource(text, config.source);
  return {
    chapters: report.chapters.map((c) => ({ order: c.order, from: c.lines[0], to: c.lines[1], slug: config.slugs[c.order - 1]! })),
    lines: text.split('\n'),
    title: report.title,
    tocTitles: report.chapters.map((c) => c.tocTitle),
  };
}

/** The source lines of one chapter missing from its Chinese page (or out of order), as "line: text". */
export function lostLines(chapter: ChapterLines, lines: readonly string[], dist: string): string[] {
  const doc = readPage(`zh/chapters/${chapter.slug}/`, dist);
  for (const el of doc.querySelectorAll('.pnum, .sic-note, .gloss-tip, .repeat, caption')) el.remove();
  const head = ['h1', '.chapter-department'].map((s) => doc.querySelector(s)?.text ?? '').join('\n');
  const page = textKey(`${head}\n${doc.querySelector('.chapter-body')!.text}`);
  let at = 0;
  const lost: string[] = [];
  for (let n = chapter.from; n <= chapter.to; n++) {
    const line = lines[n - 1]!;
    if (isBlank(line)) continue;
    const key = textKey(line);
    const found = page.indexOf(key, at);
    if (found < 0) lost.push(`${n}: ${line.trim().slice(0, 50)}`);
    else at = found + key.length;
  }
  return lost;
}
