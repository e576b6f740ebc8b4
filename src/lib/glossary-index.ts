// Where each glossary term occurs: every paragraph and heading that uses it, in both languages. Pure.
import { type ChapterDoc, plainText } from '#core/chapter-doc.ts';
import { enForms, type GlossaryTerm, zhForms } from '#core/translation/translation-check.ts';

export interface Occurrence {
  /** Chapter file name stem, e.g. "03-riverside-peoples-city". */
  slug: string;
  id: string;
  count: number;
}

export interface TermIndex {
  zh: Occurrence[];
  en: Occurrence[];
}

/** Count non-overlapping occurrences; for English, case-insensitive and on word boundaries. */
export function countOccurrences(text: string, forms: readonly string[], lang: 'zh' | 'en'): number {
  // Longest form first, each match blanked out so a shorter form inside it is not counted again.
  const fold = (s: string): string => s.toLowerCase().replace(/[“”]/g, '"').replace(/’/g, "'");
  let rest = lang === 'en' ? fold(text) : text;
  let count = 0;
  for (const form of [...forms].sort((a, b) => b.length - a.length)) {
    const f = lang === 'en' ? fold(form) : form;
    if (!f) continue;
    const pattern = lang === 'en' ? new RegExp(`(?<![a-z0-9])${escapeRegExp(f)}(?![a-z0-9])`, 'g') : new RegExp(escapeRegExp(f), 'g');
    rest = rest.replace(pattern, () => {
      count++;
      return '\u0000';
    });
  }
  return count;
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Forms of a term in one language: the Chinese forms, or the English rendering and its variants. */
export const formsOf = (term: GlossaryTerm, lang: 'zh' | 'en'): string[] => (lang === 'zh' ? zhForms(term) : enForms(term));

/**
 * Index every term over the chapters. A longer term claims its text first (人民城市重要理念 before 人民城市),
 * so nested terms are not double-counted: terms are processed longest first per block.
 */
export function buildTermIndex(terms: readonly GlossaryTerm[], docs: { zh: ChapterDoc[]; en: ChapterDoc[] }): Map<string, TermIndex> {
  const index = new Map<string, TermIndex>(terms.map((t) => [t.id, { zh: [], en: [] }]));
  for (const lang of ['zh', 'en'] as const) {
    const ordered = [...terms].sort((a, b) => Math.max(...formsOf(b, lang).map((f) => f.length)) - Math.max(...formsOf(a, lang).map((f) => f.length)));
    for (const doc of docs[lang]) {
      const slug = String(doc.data.slug);
      for (const block of doc.blocks) {
        if (block.component === 'ProjectTable' || block.component === 'DoubleTenTable') continue;
        let text = plainText(block.inner, { dropChinese: lang === 'en' });
        for (const term of ordered) {
          const forms = formsOf(term, lang);
          const count = countOccurrences(text, forms, lang);
          if (count === 0) continue;
          index.get(term.id)![lang].push({ slug, id: block.id, count });
          text = blank(text, forms, lang);
        }
      }
    }
  }
  return index;
}

function blank(text: string, forms: readonly string[], lang: 'zh' | 'en'): string {
  let out = text;
  for (const form of [...forms].sort((a, b) => b.length - a.length)) {
    out = out.replace(new RegExp(escapeRegExp(form), lang === 'en' ? 'gi' : 'g'), '\u0000');
  }
  return out;
}
