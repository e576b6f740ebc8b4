// Loading the project's content files for scripts and tests (the site loads them through Astro).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '#core/lang.ts';
import { type ChapterDoc, parseChapterDoc } from '#core/chapter-doc.ts';
import { ROOT, readJson } from './project.ts';
import type { GlossaryTerm } from '#core/translation/translation-check.ts';

export function chapterFiles(lang: Lang): string[] {
  const dir = join(ROOT, 'content', 'chapters', lang);
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.mdx'))
        .sort()
    : [];
}

export function loadChapter(lang: Lang, file: string): ChapterDoc {
  const rel = `content/chapters/${lang}/${file}`;
  return parseChapterDoc(readFileSync(join(ROOT, rel), 'utf8'), rel);
}

export function loadGlossary(): GlossaryTerm[] {
  if (!existsSync(join(ROOT, 'content', 'glossary.json'))) return [];
  return readJson<{ terms: GlossaryTerm[] }>('content/glossary.json').terms;
}
