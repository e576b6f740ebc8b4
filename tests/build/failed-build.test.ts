// A failed build exits non-zero, says which file and line or field is wrong, and publishes nothing: the
// previous dist/ stays exactly as it was. Run through the real `npm run build` on a clean copy of the project,
// one case per build phase that can fail (content checks, Astro, the link check of the output).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteFiles } from '../../scripts/checks/link-check.ts';
import { copyProject } from '../../scripts/shared/project-copy.ts';
import { buildEnv } from '../helpers/builds.ts';

let project: string;
const snapshot = (): Record<string, string> =>
  Object.fromEntries(siteFiles(join(project, 'dist')).map((f) => [f, readFileSync(join(project, 'dist', f), 'utf8')]));
let previous: Record<string, string>;

beforeAll(() => {
  project = copyProject('failed-build-');
  mkdirSync(join(project, 'dist', 'zh'), { recursive: true });
  writeFileSync(join(project, 'dist', 'index.html'), '<!doctype html><title>the previous build</title>');
  writeFileSync(join(project, 'dist', 'zh', 'index.html'), '<!doctype html><title>上一次构建</title>');
  previous = snapshot();
});
afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

interface Case {
  phase: string;
  file: string;
  from: string;
  to: string;
  /** What the build output must say: the file and the line or field at fault. */
  message: string | RegExp;
}

const cases: Case[] = [
  {
    phase: 'content checks',
    file: 'content/chapters/zh/03-riverside-peoples-city.mdx',
    from: '<Para id="p-3-3">',
    to: '<Para id="p-3-2">',
    message: 'content/chapters/zh/03-riverside-peoples-city.mdx:23: duplicate id "p-3-2" (first used on line 19)',
  },
  {
    phase: 'astro',
    file: 'src/components/SiteHeader.astro',
    from: "tr('site.contents')",
    to: "tr('site.noSuchString')",
    message: 'src/i18n/zh.json: missing interface string "site.noSuchString"',
  },
  {
    phase: 'links',
    file: 'src/components/SiteHeader.astro',
    from: '#contents`',
    to: '#no-such-anchor`',
    message:
      /dist\.tmp-\d+\/en\/chapters\/01-epidemic-control\/index\.html: "\/en\/#no-such-anchor" <a> anchor #no-such-anchor is not an id in en\/index\.html/,
  },
];

describe('a failed build publishes nothing', () => {
  it.each(cases)('fails in the $phase phase: exit code, message, previous dist/ untouched', ({ phase, file, from, to, message }) => {
    const path = join(project, file);
    const original = readFileSync(path, 'utf8');
    expect(original).toContain(from);
    writeFileSync(path, original.replace(from, to));
    try {
      const r = spawnSync('npm', ['run', 'build'], { cwd: project, encoding: 'utf8', env: buildEnv({ PDF: 'off' }) });
      const output = `${r.stdout}\n${r.stderr}`;
      expect(r.status, output.slice(-2000)).not.toBe(0);
      expect(output).toContain(`[build] ${phase} failed`);
      if (typeof message === 'string') expect(output).toContain(message);
      else expect(output).toMatch(message);
      expect(output).toContain('nothing was published: the previous dist/ is unchanged');
      expect(snapshot()).toEqual(previous);
      expect(readdirSync(project).filter((n) => n.startsWith('dist.'))).toEqual([]);
    } finally {
      writeFileSync(path, original);
    }
  });
});
