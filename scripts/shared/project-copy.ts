// A clean copy of the project in another folder: the files git knows (committed or new, not ignored), with each
// installed package linked rather than copied, and no build caches (Astro and Vite keep theirs in node_modules).
// For builds that must not touch, or be helped by, this checkout's dist/ and caches (the reproducibility
// check, the failed-build tests).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from './project.ts';

const CACHES = new Set(['.astro', '.vite', '.cache']);

export function copyProject(prefix = 'project-'): string {
  const dest = mkdtempSync(join(tmpdir(), prefix));
  const ls = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  if (ls.status !== 0) throw new Error(`git ls-files failed: ${ls.stderr}`);
  const deleted = new Set(spawnSync('git', ['ls-files', '-z', '--deleted'], { cwd: ROOT, encoding: 'utf8' }).stdout.split('\0'));
  for (const file of new Set(ls.stdout.split('\0'))) {
    if (!file || deleted.has(file)) continue;
    mkdirSync(dirname(join(dest, file)), { recursive: true });
    copyFileSync(join(ROOT, file), join(dest, file));
  }
  mkdirSync(join(dest, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (!CACHES.has(name)) symlinkSync(join(ROOT, 'node_modules', name), join(dest, 'node_modules', name));
  }
  return dest;
}
