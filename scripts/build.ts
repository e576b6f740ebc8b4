// npm run build: every build phase into a temporary folder, then one swap into dist/.
// A failed phase exits non-zero and leaves the previous dist/ exactly as it was.
// BUILD_TIMINGS=<file>: also write each phase's name, start and end (epoch ms) and exit status there as JSON
// (for npm run bench; outside dist/ so that the output stays byte-for-byte reproducible).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from './shared/project.ts';

// DIST_DIR: another output folder (relative to the project or absolute), e.g. a build under BASE_PATH=/report/.
const dist = resolve(ROOT, process.env.DIST_DIR ?? 'dist');
const tmp = `${dist}.tmp-${process.pid}`;
const old = `${dist}.old-${process.pid}`;

interface Phase {
  name: string;
  command: string[];
  env?: Record<string, string>;
}

const phases: Phase[] = [
  { name: 'content checks', command: ['node', 'scripts/check-content.ts'] },
  { name: 'data', command: ['node', 'scripts/data.ts'] },
  { name: 'share images', command: ['node', 'scripts/phases/share-images.ts'] },
  { name: 'astro', command: ['astro', 'build'], env: { ASTRO_OUT_DIR: tmp } },
  { name: 'chart images', command: ['node', 'scripts/phases/chart-images.ts', tmp] },
  { name: 'search index', command: ['node', 'scripts/phases/search-index.ts', tmp] },
  // Prints from the built pages, so it comes after every phase that changes them and before the swap.
  { name: 'pdf', command: ['node', 'scripts/phases/pdf/build-pdf.ts', tmp] },
  { name: 'headers', command: ['node', 'scripts/phases/write-headers.ts', tmp] },
  // Keep last: it checks the finished output.
  { name: 'links', command: ['node', 'scripts/check-links.ts', tmp] },
];

const timings: { name: string; start: number; end: number; status: number }[] = [];
function recordTiming(name: string, start: number, status: number): void {
  timings.push({ name, start, end: Date.now(), status });
  if (process.env.BUILD_TIMINGS) writeFileSync(process.env.BUILD_TIMINGS, `${JSON.stringify({ phases: timings }, null, 1)}\n`);
}

function run(phase: Phase): number {
  const started = performance.now();
  const start = Date.now();
  console.log(`\n[build] ${phase.name} …`);
  const [cmd, ...args] = phase.command as [string, ...string[]];
  const result = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...phase.env } });
  recordTiming(phase.name, start, result.status ?? 1);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`[build] ${phase.name} failed (exit ${result.status ?? result.signal}) after ${seconds}s`);
    return result.status ?? 1;
  }
  console.log(`[build] ${phase.name} done in ${seconds}s`);
  return 0;
}

rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
for (const phase of phases) {
  const status = run(phase);
  if (status !== 0) {
    rmSync(tmp, { recursive: true, force: true });
    console.error(`[build] nothing was published: ${existsSync(dist) ? 'the previous dist/ is unchanged' : 'there is no dist/'}.`);
    process.exit(status);
  }
}
// A host hint that does nothing elsewhere: GitHub Pages must not run Jekyll (it would hide _astro/). The _headers
// file for Netlify / Cloudflare Pages comes from the headers phase.
writeFileSync(join(tmp, '.nojekyll'), '');
if (existsSync(dist)) renameSync(dist, old);
renameSync(tmp, dist);
rmSync(old, { recursive: true, force: true });
console.log(`\n[build] published ${dist}`);
