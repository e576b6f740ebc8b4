// npm test: the whole vitest suite, then one plain closing line "N passed, N failed" for CI logs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './shared/project.ts';

const dir = mkdtempSync(join(tmpdir(), 'vitest-'));
const out = join(dir, 'results.json');
const run = spawnSync('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
});
let summary = 'tests: no results were written';
try {
  const r = JSON.parse(readFileSync(out, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number };
  summary = `tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed${r.numPendingTests ? `, ${r.numPendingTests} skipped` : ''}`;
} catch {
  /* vitest failed before writing results; its own output says why */
}
rmSync(dir, { recursive: true, force: true });
console.log(summary);
process.exit(run.status ?? 1);
