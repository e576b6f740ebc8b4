// Content and data are text wherever they reach HTML or SVG: a clean copy of the project is built with markup,
// quotes and ampersands planted in a data file, chapter frontmatter, report metadata and a paragraph, and the
// output must show them as text and contain no element or attribute they tried to create.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv, writeCsv } from '#core/data/csv.ts';
import { siteFiles } from '../../scripts/checks/link-check.ts';
import { copyProject } from '../../scripts/shared/project-copy.ts';
import { buildEnv } from '../helpers/builds.ts';
import { parseHtml } from '../helpers/dist.ts';

const HOSTILE = {
  projectName: `Evil <script>alert("name")</script> & "Co" 'Ltd'`,
  projectNote: `"><img src=x onerror=alert(1)>`,
  doubleTen: `</td></tr></table><iframe src="//evil.example"></iframe>`,
  title: `标题 <b onmouseover="alert(3)">加粗</b> & "引号" </script><script>alert(6)</script>`,
  issuer: `Yangpu <a href="javascript:alert(4)">office</a> & Co`,
  /** As written in MDX: escaped, so MDX reads it as text. */
  paragraphMdx: '\\<svg onload=alert(5)\\> \\{1+1\\} R&D & 5 \\< 6',
  paragraphText: '<svg onload=alert(5)> {1+1} R&D & 5 < 6',
};

let project: string;
let output = '';
let status: number | null = null;

function editCsv(file: string, columns: string[], edit: (row: Record<string, string>) => void): void {
  const path = join(project, file);
  const records = readCsv(readFileSync(path, 'utf8'), file, columns);
  edit(records[0]!.row);
  writeFileSync(
    path,
    writeCsv(
      records.map((r) => r.row),
      Object.keys(records[0]!.row),
    ),
  );
}

function edit(file: string, from: string | RegExp, to: string): void {
  const path = join(project, file);
  const text = readFileSync(path, 'utf8');
  const out = text.replace(from, to);
  if (out === text) throw new Error(`${file}: ${String(from)} not found`);
  writeFileSync(path, out);
}

beforeAll(() => {
  project = copyProject('escaping-');
  editCsv('content/data/major-projects.csv', ['name_en', 'note_en'], (row) => {
    row.name_en = HOSTILE.projectName;
    row.note_en = HOSTILE.projectNote;
  });
  editCsv('content/data/double-ten.csv', ['name_en'], (row) => {
    row.name_en = HOSTILE.doubleTen;
  });
  const zh3 = 'content/chapters/zh/03-riverside-peoples-city.mdx';
  edit(zh3, /^title: .*$/m, `title: ${JSON.stringify(HOSTILE.title)}`);
  edit(zh3, /^tocTitle: .*$/m, `tocTitle: ${JSON.stringify(HOSTILE.title)}`);
  edit(zh3, /(<Para id="p-3-1">)/, `$1${HOSTILE.paragraphMdx} `); // the first paragraph is also the page description
  const report = JSON.parse(readFileSync(join(project, 'content/report.json'), 'utf8')) as { issuer: { en: string } };
  report.issuer.en = HOSTILE.issuer;
  writeFileSync(join(project, 'content/report.json'), JSON.stringify(report, null, 2));
  const r = spawnSync('node', ['scripts/build.ts'], { cwd: project, encoding: 'utf8', env: buildEnv({ PDF: 'off' }) });
  status = r.status;
  output = `${r.stdout}\n${r.stderr}`;
});
afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

const page = (path: string): HTMLElement => parseHtml(readFileSync(join(project, 'dist', path, 'index.html'), 'utf8'));
const texts = (doc: HTMLElement, selector: string): string[] => doc.querySelectorAll(selector).map((e) => e.text);

describe('hostile content and data', () => {
  it('build, and pass the content checks and the link check', () => {
    expect(status, output.slice(-3000)).toBe(0);
  });

  it('create no element or attribute anywhere in the output (HTML and SVG)', () => {
    const dist = join(project, 'dist');
    const files = siteFiles(dist).filter((f) => /\.(html|svg)$/.test(f));
    for (const file of files) {
      const doc = parseHtml(readFileSync(join(dist, file), 'utf8'));
      const where = (els: HTMLElement[]): string[] => els.map((e) => `${file}: <${e.tagName.toLowerCase()}>`);
      expect(where(doc.querySelectorAll('iframe, img, b, object, embed'))).toEqual([]);
      // The site's own scripts only: bundled modules, and JSON-LD that is still valid JSON.
      for (const script of doc.querySelectorAll('script')) {
        const type = script.getAttribute('type');
        if (type === 'application/ld+json') expect(() => JSON.parse(script.text), `${file}: JSON-LD`).not.toThrow();
        else expect([file, type, script.getAttribute('src'), script.text]).toEqual([file, 'module', expect.stringMatching(/^\/_astro\/[\w.-]+\.js$/), '']);
      }
      expect(
        doc.querySelectorAll('*').flatMap((e) =>
          Object.keys(e.attributes)
            .filter((a) => /^on/i.test(a))
            .map((a) => `${file}: ${a}`),
        ),
      ).toEqual([]);
      expect(doc.querySelectorAll('a[href^="javascript:" i]').map((e) => `${file}: ${e.getAttribute('href')}`)).toEqual([]);
    }
  });

  it('show up as the text they are', () => {
    const en4 = page('en/chapters/04-major-projects');
    expect(texts(en4, 'table.projects td')).toContainEqual(expect.stringContaining(HOSTILE.projectName));
    expect(texts(en4, 'table.projects .sic-note')).toContainEqual(expect.stringContaining(HOSTILE.projectNote));
    expect(texts(en4, 'table.double-ten td')).toContain(HOSTILE.doubleTen);
    const zh3 = page('zh/chapters/03-riverside-peoples-city');
    expect(zh3.querySelector('title')!.text).toContain(HOSTILE.title);
    expect(zh3.querySelector('h1')!.text).toBe(HOSTILE.title);
    expect(zh3.querySelectorAll('script[type="application/ld+json"]').map((s) => (JSON.parse(s.text) as { name?: string }).name)).toContain(HOSTILE.title);
    expect(zh3.querySelector('#p-3-1')!.text).toContain(HOSTILE.paragraphText);
    expect(zh3.querySelector('meta[name="description"]')!.getAttribute('content')).toContain(HOSTILE.paragraphText);
    expect(texts(page('zh'), '.chapter-title')).toContain(HOSTILE.title);
    expect(texts(page('zh/chapters/04-major-projects'), '.pager-prev span')).toContain(HOSTILE.title);
    expect(page('en').querySelector('.site-footer')!.text).toContain(HOSTILE.issuer);
  });
});
