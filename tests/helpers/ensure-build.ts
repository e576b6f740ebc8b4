// Build dist/ once before the suite if it is not there (a fresh clone running only `npm test`).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/project.ts';

export default function setup(): void {
  if (existsSync(join(ROOT, 'dist', 'index.html'))) return;
  console.log('dist/ is missing: running the build first (npm run build)');
  const r = spawnSync('node', ['scripts/build.ts'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('the build failed; see the output above');
}
