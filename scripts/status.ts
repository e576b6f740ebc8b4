// npm run status: the translation status of every chapter, for next year's editors.
import { checkContent } from './checks/content-check.ts';
import { diskTree } from './checks/fs-tree.ts';
import { ROOT } from './shared/project.ts';
import { chapterStatus } from '#core/translation/translation-status.ts';

const { problems, content } = checkContent(diskTree(ROOT));
const rows = [...content.zh.entries()].map(([name, zh]) => chapterStatus(zh, content.en.get(name), content.glossary));
console.table(
  rows.map((r) => ({
    chapter: r.slug,
    translated: `${r.translatedBlocks}/${r.blocks}`,
    numbers: `${r.numbers - r.numbersMissing}/${r.numbers}`,
    terms: `${r.termUses - r.termMismatches}/${r.termUses}`,
    'stray Chinese': r.strayChinese,
    status: r.done ? 'done' : 'open',
  })),
);
const done = rows.filter((r) => r.done).length;
console.log(
  `${done} of ${rows.length} chapters fully translated and checked${problems.length ? `; ${problems.length} content problem(s): run npm run check:content` : ''}`,
);
