// Per chapter: how much is translated and how well it keeps numbers and terms. Pure; shared by
// `npm run status` and the editors' status page.
import { type ChapterDoc, plainText } from '../chapter-doc.ts';
import { zhNumbers } from '../numbers.ts';
import { checkTranslation, type GlossaryTerm, zhForms } from './translation-check.ts';

export interface ChapterStatus {
  slug: string;
  order: number;
  blocks: number;
  translatedBlocks: number;
  /** Arabic numbers in the Chinese text blocks, and how many the English lacks. */
  numbers: number;
  numbersMissing: number;
  /** Glossary term uses in the Chinese text blocks, and how many English twins lack the rendering. */
  termUses: number;
  termMismatches: number;
  strayChinese: number;
  structureIssues: number;
  done: boolean;
}

export function chapterStatus(zh: ChapterDoc, en: ChapterDoc | undefined, glossary: readonly GlossaryTerm[]): ChapterStatus {
  const text = zh.blocks.filter((b) => b.component !== 'ProjectTable' && b.component !== 'DoubleTenTable').map((b) => plainText(b.inner));
  const numbers = text.reduce((n, t) => n + zhNumbers(t).length, 0);
  const termUses = text.reduce((n, t) => n + glossary.filter((g) => zhForms(g).some((f) => t.includes(f))).length, 0);
  const base = { slug: String(zh.data.slug), order: Number(zh.data.order), blocks: zh.blocks.length, numbers, termUses };
  if (!en || en.data.translated !== true) {
    return { ...base, translatedBlocks: 0, numbersMissing: numbers, termMismatches: termUses, strayChinese: 0, structureIssues: 0, done: false };
  }
  const issues = checkTranslation(zh, en, glossary);
  const count = (kind: string) => issues.filter((i) => i.kind === kind).length;
  const structureIssues = count('structure') + count('frontmatter');
  const translatedBlocks = structureIssues
    ? 0
    : en.blocks.filter((b) => b.component === 'ProjectTable' || b.component === 'DoubleTenTable' || plainText(b.inner, { dropChinese: true }).trim() !== '')
        .length;
  return {
    ...base,
    translatedBlocks,
    numbersMissing: count('number'),
    termMismatches: count('glossary'),
    strayChinese: count('chinese'),
    structureIssues,
    done: issues.length === 0 && translatedBlocks === zh.blocks.length,
  };
}
