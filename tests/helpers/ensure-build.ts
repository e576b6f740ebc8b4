// Before the build-output tests: build dist/ if it is missing or older than any source file (a fresh clone
// running only `npm test`, or a change since the last build), so the tests never read a stale site.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/shared/project.ts';
import { newestSource, runBuild } from './builds.ts';

export default function setup(): void {
  const stamp = join(ROOT, 'dist', 'index.html');
  if (existsSync(stamp) && statSync(stamp).mtimeMs > newestSource()) return;
  console.log(
    existsSync(stamp) ? 'dist/ is older than the sources: building again (npm run build)' : 'dist/ is missing: running the build first (npm run build)',
  );
  runBuild();
}
