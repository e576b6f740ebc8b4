// npm run check:translation [-- 03 07]: structure, numbers, glossary and stray Chinese in English chapters.
import { chapterFiles, loadChapter, loadGlossary } from './shared/content.ts';
import { InputError } from '#core/model.ts';
import { chapterPrefix } from '#core/schema.ts';
import { checkTranslation } from '#core/translation/translation-check.ts';

const wanted = process.argv.slice(2).map((a) => chapterPrefix(Number(a)));
let problems = 0;
try {
  const glossary = loadGlossary();
  for (const file of chapterFiles('en')) {
    if (wanted.length && !wanted.some((w) => file.startsWith(`${w}-`))) continue;
    const issues = checkTranslation(loadChapter('zh', file), loadChapter('en', file), glossary);
    console.log(`${file}: ${issues.length === 0 ? 'ok' : `${issues.length} issue(s)`}`);
    for (const i of issues) console.log(`  ${i.file}:${i.line} [${i.kind}] ${i.id} ${i.message}`);
    problems += issues.length;
  }
} catch (error) {
  console.error(error instanceof InputError ? error.message : error);
  process.exit(1);
}
process.exit(problems > 0 ? 1 : 0);
