// Without Chromium the PDF phase says so, succeeds, makes no PDFs and leaves no link to one.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/shared/project.ts';
import { DIST } from '../helpers/dist.ts';

const site = mkdtempSync(join(tmpdir(), 'site-no-chromium-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('the PDF phase on a machine without Chromium', () => {
  cpSync(DIST, site, { recursive: true, filter: (src) => !src.startsWith(join(DIST, 'pdf')) });
  const missing = join(site, 'no-such-chromium');
  const run = spawnSync('node', ['scripts/phases/pdf/build-pdf.ts', site], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CHROME_PATH: missing } });
  const html = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));

  it('says why it makes no PDFs, and succeeds', () => {
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`no Chromium at ${missing}: skipping the PDFs and removing their links from the pages`);
    expect(run.stdout).toMatch(/download links: 0 given their size, \d+ removed \(no PDF\)/);
    expect(existsSync(join(site, 'pdf'))).toBe(false);
  });

  it('leaves no PDF link in any page, and the rest of the page as it was', () => {
    expect(html.filter((f) => /data-pdf=|\.pdf"/.test(readFileSync(join(site, f), 'utf8')))).toEqual([]);
    const chapter = readFileSync(join(site, 'zh/chapters/03-riverside-peoples-city/index.html'), 'utf8');
    expect(chapter).toContain('<button type="button" class="print-button" data-print hidden>打印</button>');
    expect(chapter).toContain('href="/zh/print/#c3"');
    expect(readFileSync(join(site, 'en/index.html'), 'utf8')).toContain('href="/en/print/"');
  });
});
