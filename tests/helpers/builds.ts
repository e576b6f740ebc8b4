// The two builds the tests read: dist/ at the site root, and .dist-report/ under the base path /report/
// (as on a project page of GitHub Pages), made with the same scripts/build.ts.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { ROOT } from '../../scripts/shared/project.ts';
import { serveDist, type StaticServer } from './browser.ts';

export const BASE_PATH = '/report/';
export const BASE_DIST = join(ROOT, '.dist-report');

/**
 * Vitest puts Vite's import.meta.env into process.env of its workers (BASE_URL=/, MODE=test, NODE_ENV=test, ...).
 * Astro would take them over (BASE_URL overrides the base path), so a build started from a test drops them.
 */
const VITEST_ENV = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/;

/** The environment for a build started from a test: this process's, without Vitest's additions, plus `extra`. */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !VITEST_ENV.test(k))), ...extra };
}

/** npm run build with extra environment (DIST_DIR, BASE_PATH); throws if the build fails. */
export function runBuild(env: Record<string, string> = {}): void {
  const r = spawnSync('node', ['scripts/build.ts'], { cwd: ROOT, stdio: 'inherit', env: buildEnv(env) });
  if (r.status !== 0) throw new Error(`the build (${JSON.stringify(env)}) failed; see the output above`);
}

/** Newest modification time of the project's own files (tracked or not, minus what .gitignore excludes). */
export function newestSource(): number {
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  return Math.max(...files.map((f) => (existsSync(join(ROOT, f)) ? statSync(join(ROOT, f)).mtimeMs : 0)));
}

/** Build under the base path into .dist-report/ unless a build newer than every source file is there. */
export function ensureBaseBuild(): void {
  const stamp = join(BASE_DIST, 'index.html');
  if (existsSync(stamp) && statSync(stamp).mtimeMs > newestSource()) return;
  console.log(`building under ${BASE_PATH} into ${BASE_DIST}`);
  runBuild({ DIST_DIR: BASE_DIST, BASE_PATH });
}

/** For a describe block: the base-path build, made if needed and served under BASE_PATH while its tests run. */
export function useBaseBuild(): () => StaticServer {
  let server: StaticServer | undefined;
  beforeAll(async () => {
    ensureBaseBuild();
    server = await serveDist(BASE_DIST, BASE_PATH);
  }, 600_000);
  afterAll(async () => {
    await server?.close();
  });
  return () => server!;
}
