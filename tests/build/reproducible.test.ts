// Two clean builds of the same sources, in two different folders, give byte-identical output.
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/project.ts';
import { buildEnv } from '../helpers/builds.ts';

it('two clean builds are byte-identical (npm run check:reproducible)', () => {
  const r = spawnSync('node', ['scripts/check-reproducible.ts'], { cwd: ROOT, encoding: 'utf8', env: buildEnv() });
  console.log(r.stdout.trim());
  expect(r.stderr.trim()).toBe('');
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/reproducible: \d+ files, \d+ bytes, byte-identical in both builds/);
});
