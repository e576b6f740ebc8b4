// Reconciliation: stated totals found in headings, "其中" sentences, label cells, 共计 lines and the chapter text,
// compared with the rows; malformed declarations name file, line and column.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadChapter } from '../../scripts/shared/content.ts';
import { parseDoubleTenCsv, parseGroups, parseProjects } from '#core/data/project-data.ts';
import { ROOT } from '../../scripts/shared/project.ts';
import { annexStatements, parseStated, reconcile, type Reconciled, STATED_COLUMNS, uncovered } from '#core/data/reconcile.ts';
import { chapterDoc, projects } from '../helpers/synthetic.ts';

const doc = chapterDoc([
  '<Para id="p-4-1">区重大工程项目由年初4项调增至5项，较上年增加25%。</Para>',
  '<Part id="c4-annex-1" kind="annex">附件1</Part>',
  '<Section id="c4-annex-1-s1">一、新开工项目（3项）</Section>',
  '<Para id="p-4-2">其中，市政基础设施项目2项，高校项目1项，总建筑面积约5万平方米。</Para>',
  '<ProjectTable id="c4-annex-1-s1-table" year={2021} list="new-start" total="共计（3项）" />',
  '<Section id="c4-annex-1-s2">二、建成项目<Sic note={"标题不完整"}>（3</Sic></Section>',
  '<ProjectTable id="c4-annex-1-s2-table" year={2021} list="completed" />',
]);
const en = chapterDoc(['<Section id="c4-annex-1-s2">II. Completed <Sic note={"The heading is cut short"}>(3)</Sic></Section>'], 4, 'en');
const groups = parseGroups(
  'year,list,category,label_zh,label_en,stated_count,source_line\n2021,new-start,infrastructure,基础设施项目（2项）,Infrastructure (2),2,10\n2021,new-start,university,高校项目（2项）,University (2),2,20\n',
  'g.csv',
);
const rows = projects([
  [2020, 'new-start', 'social', 1, '旧甲'],
  [2020, 'completed', 'social', 1, '旧乙'],
  [2020, 'completed', 'social', 2, '旧丙'],
  [2020, 'preparatory', 'social', 1, '旧丁'],
  [2021, 'new-start', 'infrastructure', 1, '甲路'],
  [2021, 'new-start', 'infrastructure', 2, '乙桥'],
  [2021, 'new-start', 'university', 3, '丙楼'],
  [2021, 'completed', 'infrastructure', 4, '丁站'],
  [2021, 'completed', 'infrastructure', null, '甲路', 1],
  [2021, 'completed', 'social', 5, '戊馆'],
]);
const HEADER = STATED_COLUMNS.join(',');
const stated = (...lines: string[]) => parseStated([HEADER, ...lines].join('\n'), doc, 's.csv');
const byId = (r: Reconciled[], id: string) => r.find((x) => x.id === id)!;

describe('statements in the attachments (synthetic)', () => {
  const found = annexStatements(doc, en, groups, 'g.csv');

  it('finds headings (also one cut short), "其中" counts and area, label cells and the 共计 line', () => {
    expect(found.map((s) => [s.id, s.kind, s.stated, s.file, s.line])).toEqual([
      ['c4-annex-1-s1-heading', 'heading', 3, doc.file, 15],
      ['p-4-2-infrastructure', 'summary', 2, doc.file, 17],
      ['p-4-2-university', 'summary', 1, doc.file, 17],
      ['p-4-2-area', 'summary', 50000, doc.file, 17],
      ['c4-annex-1-s1-table-infrastructure', 'label', 2, 'g.csv', 2],
      ['c4-annex-1-s1-table-university', 'label', 2, 'g.csv', 3],
      ['c4-annex-1-s1-table-total', 'total', 3, doc.file, 19],
      ['c4-annex-1-s2-heading', 'heading', 3, doc.file, 21],
    ]);
    expect(found.at(-1)!.note).toEqual({ zh: '标题不完整', en: 'The heading is cut short' });
  });

  it('compares each with the distinct projects of its scope, with a reason for any gap', () => {
    const r = reconcile(found, rows, []);
    expect(byId(r, 'c4-annex-1-s1-heading')).toMatchObject({ counted: 3, difference: 0, status: 'match', reason: { key: 'match' } });
    expect(byId(r, 'c4-annex-1-s1-table-university')).toMatchObject({
      stated: 2,
      counted: 1,
      difference: -1,
      status: 'differs',
      reason: { key: 'fewer', values: { counted: 1, difference: 1 } },
    });
    expect(byId(r, 'p-4-2-area')).toMatchObject({ counted: null, difference: null, status: 'uncountable', reason: { key: 'area' } });
    expect(byId(r, 'c4-annex-1-s2-heading')).toMatchObject({ counted: 3, status: 'match' });
  });

  it('rejects a "其中" sentence naming an unknown category, with file and line', () => {
    const bad = chapterDoc([
      '<Section id="s">一、新开工项目（1项）</Section>',
      '<Para id="p-4-9">其中，体育项目1项。</Para>',
      '<ProjectTable id="t" year={2021} list="new-start" />',
    ]);
    expect(() => annexStatements(bad, undefined, [], 'g.csv')).toThrow(`${bad.file}:13: "体育项目" is not a known project category`);
  });
});

describe('statements in the chapter text (synthetic)', () => {
  const text = stated(
    'a,p-4-1,由年初4项,4,projects,uncountable,2020,,,年初清单未列出,The list at the start of the year is not given',
    'b,p-4-1,调增至5项,5,projects,projects,2021,,,,',
    'c,p-4-1,增加25%,25,percent,growth,2021,,,,',
  );

  it('counts distinct projects of the year, and growth over the year before', () => {
    const r = reconcile(text, rows, []);
    expect(byId(r, 'a')).toMatchObject({ status: 'uncountable', reason: { key: 'note' }, note: { en: 'The list at the start of the year is not given' } });
    expect(byId(r, 'b')).toMatchObject({ counted: 5, status: 'match', reason: { key: 'matchDistinct', values: { rows: 6, shared: 1 } } });
    expect(byId(r, 'c')).toMatchObject({ counted: 25, difference: 0, status: 'match', reason: { key: 'growth', values: { now: 5, before: 4 } } });
  });

  it('counts a "double ten" list', () => {
    const dt = parseDoubleTenCsv('list,seq,name_zh,name_en,source_line\nnew-start,1,甲,A,1\nnew-start,2,乙,B,2\ncompleted,1,丙,C,3\n', 'd.csv');
    const r = reconcile(stated('d,p-4-1,调增至5项,5,projects,double-ten,2021,new-start,,,'), rows, dt);
    expect(byId(r, 'd')).toMatchObject({ counted: 2, difference: -3, status: 'differs', reason: { key: 'fewer' } });
  });

  it('finds every printed count that no statement reconciles', () => {
    const all = [...annexStatements(doc, en, groups, 'g.csv'), ...text];
    expect(uncovered(doc, all)).toEqual([]);
    expect(
      uncovered(
        doc,
        all.filter((s) => s.id !== 'b'),
      ),
    ).toEqual([{ block: 'p-4-1', line: 11, text: '5项' }]);
  });

  it('names file, line and column of a malformed declaration', () => {
    expect(() => stated('x,p-4-1,调增至5项,5,projects,projects,2021,,')).toThrow('s.csv:2: row has 9 fields; the header has 11');
    expect(() => stated('x,p-4-99,调增至5项,5,projects,projects,2021,,,,')).toThrow(`s.csv:2: column "block": ${doc.file} has no block "p-4-99"`);
    expect(() => stated('x,p-4-1,调增至7项,7,projects,projects,2021,,,,')).toThrow('s.csv:2: column "quote": "调增至7项" does not occur in p-4-1');
    expect(() => stated('x,p-4-1,调增至5项,7,projects,projects,2021,,,,')).toThrow(
      's.csv:2: column "stated": 7 is not a number printed in the quote "调增至5项"',
    );
    expect(() => stated('x,p-4-1,调增至5项,5,items,projects,2021,,,,')).toThrow('s.csv:2: column "unit": "items" is not one of projects, percent, m2');
    expect(() => stated('x,p-4-1,调增至5项,5,projects,projects,2021,sold,,,')).toThrow(
      's.csv:2: column "lists": "sold" is not one of new-start, completed, under-construction, preparatory',
    );
    expect(() => stated('x,p-4-1,由年初4项,4,projects,uncountable,2020,,,,')).toThrow(
      's.csv:2: an uncountable total needs a note (note_zh, note_en) saying why',
    );
    expect(() => stated('x,p-4-1,调增至5项,5,projects,projects,2021,,,,', 'x,p-4-1,调增至5项,5,projects,projects,2021,,,,')).toThrow(
      's.csv:3: column "id": "x" is used twice',
    );
  });
});

describe('the real report', () => {
  const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
  const zh = loadChapter('zh', '04-major-projects.mdx');
  const statements = [
    ...parseStated(read('content/data/stated-totals.csv'), zh),
    ...annexStatements(zh, loadChapter('en', '04-major-projects.mdx'), parseGroups(read('content/data/project-groups.csv')), 'content/data/project-groups.csv'),
  ];
  const r = reconcile(statements, parseProjects(read('content/data/major-projects.csv')), parseDoubleTenCsv(read('content/data/double-ten.csv')));

  it('reconciles every count chapter 4 prints', () => {
    expect(uncovered(zh, statements)).toEqual([]);
    const kinds = Object.fromEntries(['text', 'heading', 'summary', 'label', 'total'].map((k) => [k, r.filter((x) => x.kind === k).length]));
    expect(kinds).toEqual({ text: 23, heading: 8, summary: 34, label: 31, total: 4 });
  });

  it('finds every countable total in agreement with the rows, once a project in two lists counts once', () => {
    expect(r.filter((x) => x.status === 'differs')).toEqual([]);
    expect(byId(r, 'c4-2020-total')).toMatchObject({ stated: 78, counted: 78, reason: { key: 'matchDistinct', values: { rows: 81, shared: 3 } } });
    expect(byId(r, 'c4-2021-total')).toMatchObject({ stated: 100, counted: 100, reason: { values: { rows: 105 } } });
    expect(byId(r, 'c4-2021-growth')).toMatchObject({ stated: 28.2, counted: 28.2 });
    expect(byId(r, 'c4-annex-1-s2-heading')).toMatchObject({ stated: 19, counted: 19, quote: '二、建成项目（19' });
  });

  it('says which totals cannot be checked and why', () => {
    const open = r.filter((x) => x.status === 'uncountable');
    expect(open.map((x) => x.id)).toEqual([
      'c4-2020-start-of-year',
      'c4-2020-new-start-of-year',
      'c4-2020-new-start-of-year-area',
      'c4-2020-new-area',
      'c4-double-ten-2020-completed',
      'c4-double-ten-2020-new',
      'p-4-21-area',
      'p-4-22-area',
      'p-4-23-area',
    ]);
    for (const x of open) expect(x.reason.key === 'area' || (x.note?.zh && x.note.en)).toBeTruthy();
  });
});
