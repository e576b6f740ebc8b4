import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '#core/data/csv.ts';
import { DOUBLE_TEN_COLUMNS, GROUP_COLUMNS, PROJECT_COLUMNS } from '#core/data/columns.ts';
import { importReport } from '../../scripts/importer/importer.ts';
import { escapeMdx, inlineText } from '../../scripts/importer/mdx-writer.ts';
import { ROOT, readJson, reportConfig } from '../../scripts/shared/project.ts';

const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
const config = reportConfig();
const errata = readJson<{ errata: { line: number; text: string; zh: string; en: string }[] }>('content/source/errata.json').errata;
const previous = {
  'major-projects.csv': readCsv(read('content/data/major-projects.csv'), 'm', PROJECT_COLUMNS).map((r) => r.row),
  'project-groups.csv': readCsv(read('content/data/project-groups.csv'), 'g', GROUP_COLUMNS).map((r) => r.row),
  'double-ten.csv': readCsv(read('content/data/double-ten.csv'), 'd', DOUBLE_TEN_COLUMNS).map((r) => r.row),
};

describe('importer on the real source', () => {
  const result = importReport(read(config.source), { sourceFile: config.source, slugs: config.slugs, errata, previous });

  it('reproduces every committed Chinese chapter and data file byte for byte', () => {
    expect([...result.files.keys()].sort()).toEqual(
      [...config.slugs.map((s) => `chapters/zh/${s}.mdx`), 'data/double-ten.csv', 'data/major-projects.csv', 'data/project-groups.csv'].sort(),
    );
    for (const [path, text] of result.files) expect(text, path).toBe(read(`content/${path}`));
  });

  it('keeps English names written by editors when re-importing, and drops none of the rows', () => {
    const rows = readCsv(result.files.get('data/major-projects.csv')!, 'm', PROJECT_COLUMNS);
    expect(rows).toHaveLength(186);
    expect(rows.filter((r) => r.row.name_en === '')).toHaveLength(0);
    const fresh = importReport(read(config.source), { sourceFile: config.source, slugs: config.slugs, errata });
    expect(readCsv(fresh.files.get('data/major-projects.csv')!, 'm', PROJECT_COLUMNS).filter((r) => r.row.name_en !== '')).toHaveLength(0);
  });

  it('marks evident source errors instead of changing them', () => {
    const ch2 = result.files.get('chapters/zh/02-innovation-industry.mdx')!;
    expect(ch2).toContain('<Sic note={"原文如此，应为“纳斯达克”。"}>达斯达克</Sic>');
    const projects = result.files.get('data/major-projects.csv')!;
    expect(projects).toContain('上海理大大学段');
    expect(projects).toContain('原文如此，应为“上海理工大学段”。');
  });
});

describe('importer errors name the file and field', () => {
  const source = read(config.source);
  it('rejects a wrong number of slugs and a malformed slug', () => {
    expect(() => importReport(source, { sourceFile: 's', slugs: config.slugs.slice(1), errata })).toThrow(
      /content\/report\.json: field "slugs" lists 11 chapters; the source has 12/,
    );
    const bad = [...config.slugs];
    bad[2] = 'three';
    expect(() => importReport(source, { sourceFile: 's', slugs: bad, errata })).toThrow(/field "slugs\[2\]": "three" must look like "03-english-words"/);
  });
  it('rejects an erratum that does not match its line', () => {
    expect(() => importReport(source, { sourceFile: 's', slugs: config.slugs, errata: [{ line: 10, text: '不存在', zh: 'x', en: 'x' }] })).toThrow(
      /errata\.json: erratum for line 10/,
    );
  });
});

describe('MDX escaping', () => {
  it('escapes what MDX would read as code or markup', () => {
    expect(escapeMdx('a{b}<c>*d*_e_[f]')).toBe('a\\{b\\}\\<c\\>\\*d\\*\\_e\\_\\[f\\]');
    expect(inlineText('见<若干意见>{x}', [])).toBe('见〈若干意见〉\\{x\\}');
  });
});
