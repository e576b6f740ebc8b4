// What every translated chapter must keep: (a) the Chinese structure and ids, (b) every number,
// (c) the glossary renderings, (d) no Chinese outside spans marked zh-CN. Pure.
import { type ChapterDoc, type DocBlock, HAN, plainText } from '../chapter-doc.ts';
import { missingNumbers } from '../numbers.ts';

export interface GlossaryTerm {
  id: string;
  zh: string;
  zhVariants?: string[];
  en: string;
  enVariants?: string[];
  status: 'established' | 'project';
  explanation?: { en: string; zh: string };
}

export interface Issue {
  file: string;
  line: number;
  id: string;
  kind: 'structure' | 'number' | 'glossary' | 'chinese' | 'frontmatter' | 'sic';
  message: string;
}

const STRUCTURAL_ATTRS = ['id', 'kind', 'year', 'list'] as const;
const SAME_FRONTMATTER = ['order', 'slug', 'sourceLines'] as const;

/** The Chinese forms of a term, longest first. */
export const zhForms = (t: GlossaryTerm): string[] => [t.zh, ...(t.zhVariants ?? [])].sort((a, b) => b.length - a.length);
export const enForms = (t: GlossaryTerm): string[] => [t.en, ...(t.enVariants ?? [])];

/** Does the English text use the term's rendering? Case- and quote-insensitive. */
export function usesRendering(en: string, term: GlossaryTerm): boolean {
  const fold = (s: string): string =>
    s
      .toLowerCase()
      .replace(/[“”"‘’']/g, '')
      .replace(/\s+/g, ' ');
  const text = fold(en);
  return enForms(term).some((f) => text.includes(fold(f)));
}

export function checkStructure(zh: ChapterDoc, en: ChapterDoc): Issue[] {
  const issues: Issue[] = [];
  for (const key of SAME_FRONTMATTER) {
    if (JSON.stringify(zh.data[key]) !== JSON.stringify(en.data[key])) {
      issues.push({
        file: en.file,
        line: 1,
        id: '',
        kind: 'frontmatter',
        message: `frontmatter "${key}" is ${JSON.stringify(en.data[key])}; the Chinese has ${JSON.stringify(zh.data[key])}`,
      });
    }
  }
  const n = Math.max(zh.blocks.length, en.blocks.length);
  for (let i = 0; i < n; i++) {
    const a = zh.blocks[i];
    const b = en.blocks[i];
    if (!a || !b) {
      const extra = (a ?? b)!;
      issues.push({
        file: b ? en.file : zh.file,
        line: extra.line,
        id: extra.id,
        kind: 'structure',
        message: `block ${extra.id} has no twin in the ${b ? 'Chinese' : 'English'} file`,
      });
      break;
    }
    const diff =
      a.component !== b.component
        ? `<${b.component} id="${b.id}"> where the Chinese has <${a.component} id="${a.id}">`
        : STRUCTURAL_ATTRS.filter((k) => a.attrs[k] !== b.attrs[k])
            .map((k) => `${k}="${b.attrs[k] ?? ''}" where the Chinese has ${k}="${a.attrs[k] ?? ''}"`)
            .join('; ');
    if (diff) {
      issues.push({ file: en.file, line: b.line, id: b.id, kind: 'structure', message: `block ${i + 1}: ${diff}` });
      break; // later blocks are misaligned too; one message is enough to act on
    }
  }
  return issues;
}

function textBlocks(doc: ChapterDoc): DocBlock[] {
  return doc.blocks.filter((b) => b.component !== 'ProjectTable' && b.component !== 'DoubleTenTable');
}

export function checkTranslation(zh: ChapterDoc, en: ChapterDoc, glossary: readonly GlossaryTerm[]): Issue[] {
  const issues = checkStructure(zh, en);
  if (issues.some((i) => i.kind === 'structure')) return issues;
  const enById = new Map(en.blocks.map((b) => [b.id, b]));
  for (const [key, value] of [
    ['title', en.data.title],
    ['tocTitle', en.data.tocTitle],
  ] as const) {
    if (typeof value === 'string' && HAN.test(value))
      issues.push({ file: en.file, line: 1, id: '', kind: 'chinese', message: `frontmatter "${key}" contains Chinese characters` });
  }
  for (const zb of textBlocks(zh)) {
    const eb = enById.get(zb.id)!;
    const zhText = plainText(zb.inner);
    const enText = plainText(eb.inner, { dropChinese: true });
    for (const m of missingNumbers(zhText, enText)) {
      issues.push({
        file: en.file,
        line: eb.line,
        id: eb.id,
        kind: 'number',
        message: `"${m.raw}" in the Chinese: ${m.value.toLocaleString('en-US')} not found in the English`,
      });
    }
    const sics = (s: string) => s.split('<Sic ').length - 1;
    if (sics(zb.inner) !== sics(eb.inner)) {
      issues.push({
        file: en.file,
        line: eb.line,
        id: eb.id,
        kind: 'sic',
        message: `${sics(eb.inner)} <Sic> marks where the Chinese has ${sics(zb.inner)}: keep each editorial note (content/source/errata.json, field "en")`,
      });
    }
    const han = HAN.exec(enText.replace(/note=\{[^}]*\}/g, ''));
    if (han) issues.push({ file: en.file, line: eb.line, id: eb.id, kind: 'chinese', message: `Chinese character "${han[0]}" outside <span lang="zh-CN">` });
    let rest = zhText;
    for (const term of [...glossary].sort((a, b) => b.zh.length - a.zh.length)) {
      const form = zhForms(term).find((f) => rest.includes(f));
      if (!form) continue;
      rest = rest.split(form).join('\u0000'); // a longer term claims its text before a shorter one inside it
      if (!usesRendering(enText, term)) {
        issues.push({
          file: en.file,
          line: eb.line,
          id: eb.id,
          kind: 'glossary',
          message: `glossary term ${term.zh} should read "${term.en}"${term.enVariants?.length ? ` (or ${term.enVariants.map((v) => `"${v}"`).join(', ')})` : ''}`,
        });
      }
    }
  }
  return issues;
}
