// npm run check:reproducible: two clean builds of the same sources, in two different folders, must give
// byte-identical output (no timestamps, absolute paths or unstable orderings). Prints what differs.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { siteFiles } from './checks/link-check.ts';
import { copyProject } from './shared/project-copy.ts';

const builds = [copyProject('repro-a-'), copyProject('repro-b-')];
try {
  for (const dir of builds) {
    const started = performance.now();
    const r = spawnSync('node', ['scripts/build.ts'], { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0) {
      console.error(`${r.stdout}\n${r.stderr}\ncheck:reproducible: the build in ${dir} failed (exit ${r.status})`);
      process.exit(1);
    }
    console.log(`built ${dir} in ${((performance.now() - started) / 1000).toFixed(1)}s`);
  }
  const [a, b] = builds.map((d) => join(d, 'dist')) as [string, string];
  const filesA = siteFiles(a);
  const filesB = siteFiles(b);
  const differences: string[] = [];
  for (const f of filesA.filter((x) => !filesB.includes(x))) differences.push(`only in the first build: ${f}`);
  for (const f of filesB.filter((x) => !filesA.includes(x))) differences.push(`only in the second build: ${f}`);
  let bytes = 0;
  for (const f of filesA.filter((x) => filesB.includes(x))) {
    const x = readFileSync(join(a, f));
    const y = readFileSync(join(b, f));
    bytes += x.length;
    if (!x.equals(y)) {
      const at = x.findIndex((byte, k) => byte !== y[k]);
      const from = Math.max(0, (at < 0 ? Math.min(x.length, y.length) : at) - 30);
      differences.push(
        `${f} differs at byte ${at < 0 ? Math.min(x.length, y.length) : at}: …${x.subarray(from, from + 80).toString()}… vs …${y.subarray(from, from + 80).toString()}…`,
      );
    }
  }
  if (differences.length > 0) {
    console.error(`check:reproducible: the two builds differ in ${differences.length} place(s):`);
    for (const d of differences) console.error(`  ${d}`);
    process.exit(1);
  }
  console.log(`reproducible: ${filesA.length} files, ${bytes} bytes, byte-identical in both builds`);
} finally {
  for (const dir of builds) rmSync(dir, { recursive: true, force: true });
}
