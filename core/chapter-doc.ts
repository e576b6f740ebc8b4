// Read a chapter MDX file back into its blocks, without Astro: for the parity, fidelity, number,
// glossary and status checks. The dialect is the one mdx-writer.ts writes: one element per line.
import yaml from 'js-yaml';
import { InputError } from './model.ts';

export const BLOCK_COMPONENTS = ['Part', 'Section', 'Sub', 'Para', 'ProjectTable', 'DoubleTenTable'] as const;
export type BlockComponent = (typeof BLOCK_COMPONENTS)[number];

export interface DocBlock {
  component: BlockComponent;
  id: string;
  attrs: Record<string, string>;
  /** Inner MDX source (escapes and inline elements kept). */
  inner: string;
  line: number;
}

export interface ChapterDoc {
  file: string;
  data: Record<string, unknown>;
  blocks: DocBlock[];
}

const BLOCK_LINE = /^<([A-Z][A-Za-z]*)((?:\s+[a-zA-Z]+=(?:"[^"]*"|\{[^}]*\}))*)\s*(?:\/>|>(.*)<\/\1>)$/;
const ATTR = /([a-zA-Z]+)=(?:"([^"]*)"|\{([^}]*)\})/g;

export function parseChapterDoc(text: string, file: string): ChapterDoc {
  const lines = text.split('\n');
  if (lines[0] !== '---') throw new InputError(file, 1, 'the file must start with a frontmatter block (---)');
  const end = lines.indexOf('---', 1);
  if (end < 0) throw new InputError(file, 1, 'the frontmatter block is not closed (---)');
  let data: Record<string, unknown>;
  try {
    data = (yaml.load(lines.slice(1, end).join('\n')) ?? {}) as Record<string, unknown>;
  } catch (error) {
    throw new InputError(file, 2, `invalid frontmatter YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const blocks: DocBlock[] = [];
  for (let i = end + 1; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '' || /^\{\/\*.*\*\/\}$/.test(line)) continue;
    const m = BLOCK_LINE.exec(line);
    if (!m || !(BLOCK_COMPONENTS as readonly string[]).includes(m[1]!)) {
      throw new InputError(file, i + 1, `expected one block element per line (<Para id="…">…</Para>, <Section …>, …), found: ${line.slice(0, 60)}`);
    }
    const attrs: Record<string, string> = {};
    for (const a of m[2]!.matchAll(ATTR)) attrs[a[1]!] = a[2] ?? a[3] ?? '';
    if (!attrs.id) throw new InputError(file, i + 1, `<${m[1]}> has no id`);
    blocks.push({ component: m[1] as BlockComponent, id: attrs.id, attrs, inner: m[3] ?? '', line: i + 1 });
  }
  return { file, data, blocks };
}

/** Text of the given inner MDX with markup removed; spans marked zh-CN are dropped when `dropChinese`. */
export function plainText(inner: string, options: { dropChinese?: boolean } = {}): string {
  let s = inner;
  if (options.dropChinese) s = s.replace(/<span lang="zh-CN">.*?<\/span>/g, ' ');
  return s
    .replace(/<Sic note=\{[^}]*\}>/g, '')
    .replace(/(?<!\\)<\/?[A-Za-z][^>]*>/g, '') // an escaped "\<" is text, not a tag
    .replace(/\\([\\{}<>*_`[\]])/g, '\u0000$1')
    .replace(/[*_]/g, '')
    .replace(/\u0000/g, '');
}

export const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
