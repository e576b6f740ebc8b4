// A chapter's headings (parts, sections, subsections) for contents lists, read from its MDX source.
import { plainText } from '#core/chapter-doc.ts';
import { smartQuotes } from '#core/text.ts';
import { type ChapterEntry, docOf } from './chapters.ts';

export interface OutlineItem {
  id: string;
  level: 2 | 3 | 4;
  text: string;
  kind?: string;
}

const LEVEL = { Part: 2, Section: 3, Sub: 4 } as const;

export function outline(entry: ChapterEntry): OutlineItem[] {
  return docOf(entry).blocks.flatMap((b) =>
    b.component === 'Part' || b.component === 'Section' || b.component === 'Sub'
      ? [{ id: b.id, level: LEVEL[b.component], text: smartQuotes(plainText(b.inner)), kind: b.attrs.kind }]
      : [],
  );
}
