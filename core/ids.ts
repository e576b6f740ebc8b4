// Structural ids: ASCII, derived from position in the structure, identical in every language.
import type { Block } from './model.ts';

/** A block together with the id the site uses for it (anchor, parity, search deep links). */
export type IdentifiedBlock = Block & { id: string };

export const paraId = (chapter: number, k: number): string => `p-${chapter}-${k}`;

/** "p-3-12" -> "3.12", the number readers cite. */
export function paraNumber(id: string): string {
  const m = /^p-(\d+)-(\d+)$/.exec(id);
  if (!m) throw new Error(`not a paragraph id: ${id}`);
  return `${m[1]}.${m[2]}`;
}

/**
 * Assign ids. A duplicate means the source numbers two headings alike ("二、" twice): the later one gets
 * a letter ("…-s2b", "…-s2c"), deterministically, and `onDuplicate` is told so it can warn.
 */
export function assignIds(chapter: number, blocks: Block[], onDuplicate: (id: string, line: number, replacement: string) => void): IdentifiedBlock[] {
  const seen = new Set<string>();
  let part = `c${chapter}`;
  let section = part;
  let paragraphs = 0;
  return blocks.map((block) => {
    let id: string;
    switch (block.kind) {
      case 'part':
        part = section = id = `c${chapter}-${block.key}`;
        break;
      case 'section':
        section = id = `${part}-s${block.num}`;
        break;
      case 'sub':
        id = `${section}-${block.num}`;
        break;
      case 'para':
        id = paraId(chapter, ++paragraphs);
        break;
      case 'projects':
      case 'double-ten':
        id = `${section}-table`;
        break;
    }
    if (seen.has(id)) {
      let letter = 1;
      while (seen.has(`${id}${String.fromCharCode(97 + letter)}`)) letter++;
      const replacement = `${id}${String.fromCharCode(97 + letter)}`;
      onDuplicate(id, block.line, replacement);
      if (block.kind === 'part') part = section = replacement;
      else if (block.kind === 'section') section = replacement;
      id = replacement;
    }
    seen.add(id);
    return { ...block, id };
  });
}
