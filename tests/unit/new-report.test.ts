// npm run new-report: the config it guesses, and what an editor sees on bad input (run on a copy of the project).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeSource } from '../../scripts/importer/decode.ts';
import { districtOf, guessReportConfig, idOf } from '../../scripts/importer/report-config.ts';
import { parseSource } from '../../scripts/importer/source-parser.ts';
import { copyProject } from '../../scripts/shared/project-copy.ts';
import { ROOT } from '../../scripts/shared/project.ts';

const fixture = (name: string): string => join(ROOT, 'tests/fixtures/compilations', name);

describe('guessReportConfig', () => {
  it('takes district, issuer, date, years and placeholder slugs from the title block', () => {
    const text = decodeSource(readFileSync(fixture('dense-gb18030.zh.txt')), 'x').text;
    const config = guessReportConfig(parseSource(text, 'x'), 'content/source/x.txt');
    expect(config.district.zh).toBe('上海市某某区');
    expect(config.issuer.zh).toBe('上海市某某区人民政府');
    expect(config.shortTitle.zh).toBe('某某区2022年工作和2023年主要工作');
    expect(config.title.en).toBe('Government Work in 2022 and Main Tasks for 2023');
    expect([config.published, config.years]).toEqual(['2023-01-10', { work: 2022, plans: 2023 }]);
    expect(config.slugs).toHaveLength(15);
    expect(config.slugs[14]).toBe('15-chapter');
    // The file name's first word names the PDFs and citation keys; the address is a placeholder to set.
    expect([config.id, config.site]).toEqual(['x', 'https://x-report.example.org']);
  });

  it('takes the short name from the file name, or "report" when it is not ASCII', () => {
    expect(idOf('content/source/minhang-2024-work.zh.txt')).toBe('minhang');
    expect(idOf('content/source/闵行区2024.txt')).toBe('report');
  });

  it('keeps a title without a year whole as the district', () => {
    expect(districtOf('某区工作汇编')).toBe('某区工作汇编');
  });
});

describe('npm run new-report on bad input', () => {
  let project: string;
  beforeAll(() => {
    project = copyProject('new-report-');
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/new-report.ts', ...args], { cwd: project, encoding: 'utf8' });

  it('names an encoding it cannot read and leaves content/ as it was', () => {
    const utf16 = join(project, 'report-utf16.txt');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('上海市某区2024年工作汇编 2025-01-01\n', 'utf16le')]));
    const before = readFileSync(join(project, 'content/report.json'), 'utf8');
    const r = run(utf16);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/new-report failed: .*report-utf16\.txt: the file is UTF-16 LE; save it as UTF-8 or GB18030/);
    expect(r.stderr).not.toMatch(/at \w+ \(/);
    expect(readFileSync(join(project, 'content/report.json'), 'utf8')).toBe(before);
  });

  it('says where the structure is ambiguous, with file:line and what to write', () => {
    const bad = join(project, 'no-date.txt');
    writeFileSync(bad, '上海市某区2024年政府工作汇编\n\n目录\n\n1、标题\n');
    const r = run(bad);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no-date\.txt:1: no publication date after the title: end the title line with the date/);
  });

  it('asks for the file when none is given', () => {
    expect(run().stderr).toMatch(/name the raw compilation: npm run new-report -- path\/to\/compilation\.txt/);
  });
});
