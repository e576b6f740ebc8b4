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

/** What a project row's id is made of: its table (year and list) and its printed number. */
export interface ProjectRowKey {
  year: number;
  list: string;
  seq: number | null;
  repeatOf: number | null;
}

/**
 * Anchor ids of project rows, in the rows' order: "project-2021-new-start-12" from year, list and printed number.
 * An unnumbered row that repeats a numbered one is "…-14-repeat" (14: the number it repeats); any other unnumbered
 * row is "…-u1", "…-u2" in the order of its table. Should two rows still coincide, the later gets "-b", "-c".
 */
export function projectRowIds(rows: readonly ProjectRowKey[]): string[] {
  const seen = new Set<string>();
  const unnumbered = new Map<string, number>();
  return rows.map((row) => {
    const table = `project-${row.year}-${row.list}`;
    let id: string;
    if (row.seq !== null) id = `${table}-${row.seq}`;
    else if (row.repeatOf !== null) id = `${table}-${row.repeatOf}-repeat`;
    else {
      const k = (unnumbered.get(table) ?? 0) + 1;
      unnumbered.set(table, k);
      id = `${table}-u${k}`;
    }
    let unique = id;
    for (let letter = 1; seen.has(unique); letter++) unique = `${id}-${String.fromCharCode(97 + letter)}`;
    seen.add(unique);
    return unique;
  });
}
