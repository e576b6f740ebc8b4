// Build phase (last): every internal link, asset and #anchor of the finished output resolves, so a broken
// link is never published. Usage: node scripts/check-links.ts <built folder>
import { relative } from 'node:path';
import { checkLinks, formatLinkProblems } from './checks/link-check.ts';
import { ROOT, siteUrl } from './shared/project.ts';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/check-links.ts <built folder>');
  process.exit(2);
}
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const { problems, checked, external } = checkLinks(dir, { base, site: siteUrl() });
if (problems.length > 0) {
  console.error(`link check failed: ${problems.length} broken reference(s)`);
  for (const line of formatLinkProblems(problems, relative(ROOT, dir))) console.error(`  ${line}`);
  process.exit(1);
}
console.log(`links ok: ${checked} internal references resolve; ${external.length} external link(s)`);
