// npm run check:content: the pre-build checks of content/ (the build runs them first).
import { checkContent } from './checks/content-check.ts';
import { diskTree } from './checks/fs-tree.ts';
import { ROOT } from './shared/project.ts';

const { problems, warnings, content } = checkContent(diskTree(ROOT));
if (warnings.length > 0) {
  // A glossary carried over from another report can leave dozens unused: the first few, then the count.
  const SHOWN = 8;
  console.warn(`content check: ${warnings.length} warning(s) (the build goes on)`);
  for (const w of warnings.slice(0, SHOWN)) console.warn(`  ${w}`);
  if (warnings.length > SHOWN) console.warn(`  … and ${warnings.length - SHOWN} more like these (unused terms are left off the glossary page)`);
}
if (problems.length > 0) {
  console.error(`content check failed: ${problems.length} problem(s)`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
const translated = [...content.en.values()].filter((d) => d.data.translated).length;
console.log(`content ok: ${content.zh.size} Chinese chapters, ${translated} translated into English, ${content.glossary.length} glossary terms`);
