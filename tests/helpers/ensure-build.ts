// Build dist/ once before the suite if it is not there (a fresh clone running only `npm test`).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/shared/project.ts';
import { runBuild } from './builds.ts';

export default function setup(): void {
  if (existsSync(join(ROOT, 'dist', 'index.html'))) return;
  console.log('dist/ is missing: running the build first (npm run build)');
  runBuild();
}
