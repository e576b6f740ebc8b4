// npm run check:content: the pre-build checks of content/ (the build runs them first).
import { checkContent } from './checks/content-check.ts';
import { diskTree } from './checks/fs-tree.ts';
import { ROOT } from './shared/project.ts';

const { problems, content } = checkContent(diskTree(ROOT));
if (problems.length > 0) {
  console.error(`content check failed: ${problems.length} problem(s)`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
const translated = [...content.en.values()].filter((d) => d.data.translated).length;
console.log(`content ok: ${content.zh.size} Chinese chapters, ${translated} translated into English, ${content.glossary.length} glossary terms`);
