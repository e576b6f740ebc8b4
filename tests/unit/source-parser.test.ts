import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '#core/model.ts';
import { ROOT } from '../../scripts/shared/project.ts';
import { parseSource } from '../../scripts/importer/source-parser.ts';

const SOURCE = readFileSync(join(ROOT, 'content/source/yangpu-2020-work-2021-plans.zh.txt'), 'utf8');
const NB = '\u00a0';

/** A small compilation with the real source's irregularities. */
function compilation(body: string, toc = ['第一章标题,测试', '教育体系建设,促进发展']): string {
  return ['某区工作汇编 2021-01-06', '', '目  录', '', ...toc.map((t, k) => `    ${k + 1}${k === 0 ? '' : '、'}${t}`), '', body].join('\n');
}

describe('parseSource on the real compilation', () => {
  const report = parseSource(SOURCE, 'source.txt');

  it('reads the title block and all 12 chapters in order', () => {
    expect(report.date).toBe('2021-01-06');
    expect(report.title).toBe('上海市杨浦区2020年政府有关工作情况和2021年主要工作汇编');
    expect(report.chapters.map((c) => c.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('finds titles that differ from the contents: extra 报告, no comma, split over two lines', () => {
    expect(report.chapters[4]!.title).toBe('关于法治政府建设情况报告');
    expect(report.chapters[3]!.title).toBe('城区功能布局优化市区重大工程建设加速推进');
    expect(report.chapters[9]!.title).toBe('建设高质量教育体系 促进杨浦基础教育高质量发展');
  });

  it('gives every chapter its 2020 and 2021 parts, including the irregular "2020工作情况"', () => {
    for (const c of report.chapters.filter((c) => c.order !== 4)) {
      const parts = c.blocks.filter((b) => b.kind === 'part').map((b) => (b.kind === 'part' ? b.partKind : ''));
      expect(parts, `chapter ${c.order}`).toEqual(['work', 'plans']);
    }
    const ch4 = report.chapters[3]!.blocks.flatMap((b) => (b.kind === 'part' ? [b.key] : []));
    expect(ch4).toEqual(['part-1', 'part-2', 'annex-1', 'annex-2', 'annex-3']);
  });

  it('reads the attachment tables with the counts the report states', () => {
    const tables = report.chapters[3]!.blocks.flatMap((b) => (b.kind === 'projects' ? [b.table] : []));
    expect(tables.map((t) => `${t.year} ${t.list} ${t.rows.length}`)).toEqual([
      '2020 new-start 26',
      '2020 completed 19',
      '2020 under-construction 22',
      '2020 preparatory 14',
      '2021 new-start 29',
      '2021 completed 30',
      '2021 under-construction 26',
      '2021 preparatory 20',
    ]);
    for (const t of tables)
      for (const g of t.groups) {
        expect(t.rows.filter((r) => r.category === g.category).length, `${t.year} ${t.list} ${g.labelZh}`).toBe(g.statedCount);
      }
    const unnumbered = tables.flatMap((t) => t.rows).filter((r) => r.seq === null);
    expect(unnumbered.map((r) => [r.nameZh, r.repeatOf])).toEqual([
      ['哔哩哔哩办公装修项目', 14],
      ['叠纸科技办公装修工程', 15],
      ['字节跳动办公装修项目', 16],
      ['社区综合为老服务中心(殷行、定海、长白街道)', 19],
      ['苏步青旧居和谈家桢旧居修缮工程', 26],
    ]);
    const doubleTen = report.chapters[3]!.blocks.flatMap((b) => (b.kind === 'double-ten' ? b.rows : []));
    expect(doubleTen).toHaveLength(20);
  });

  it('counts 233 paragraphs and 129 headings in all', () => {
    const blocks = report.chapters.flatMap((c) => c.blocks);
    expect(blocks.filter((b) => b.kind === 'para')).toHaveLength(233);
    expect(blocks.filter((b) => b.kind === 'part' || b.kind === 'section' || b.kind === 'sub')).toHaveLength(129);
  });
});

describe('parseSource on synthetic cases', () => {
  it.each([
    ['1.', '2.'],
    ['一、', '二、'],
    ['第一章 ', '第二章 '],
  ])('reads contents numbered "%s…"', (first, second) => {
    const body = ['甲章标题', '', '2020年工作情况', '', '内容。', '', '乙章标题', '', '2020年工作情况', '', '内容。'].join('\n');
    const text = ['某区工作汇编 2021-01-06', '', '目录', '', `${first}甲章标题`, `${second}乙章标题`, '', body].join('\n');
    expect(parseSource(text, 's.txt').chapters.map((c) => [c.order, c.title])).toEqual([
      [1, '甲章标题'],
      [2, '乙章标题'],
    ]);
  });

  it('reads the other part headings of the genre: 工作完成情况 / 工作回顾 are the work, 工作安排 / 工作打算 / 主要工作计划 the plans', () => {
    const chapter = (title: string, work: string, plans: string) => [title, '', work, '', '内容。', '', plans, '', '内容。', ''].join('\n');
    const r = parseSource(
      compilation(
        [
          chapter('甲章', '2020年工作完成情况', '2021年工作安排'),
          chapter('乙章', '2020年工作回顾：', '2021年主要工作计划'),
          chapter('丙章', '2020年工作总结', '2021年工作打算'),
        ].join('\n'),
        ['甲章', '乙章', '丙章'],
      ),
      's.txt',
    );
    for (const c of r.chapters) {
      expect(c.blocks.filter((b) => b.kind === 'part').map((b) => [b.kind === 'part' && b.partKind, b.kind === 'part' && b.year])).toEqual([
        ['work', 2020],
        ['plans', 2021],
      ]);
    }
  });

  it('splits headings, numbered sections, (一) subsections and paragraphs', () => {
    const r = parseSource(
      compilation(
        [
          '第一章标题 测试',
          '',
          '2020工作情况',
          '',
          '一、  强化规划',
          '',
          '1.第一段。内容。',
          '',
          '    (一)小标题',
          '',
          '(二)带句号的段落。内容',
          '',
          '2021年主要工作',
          '',
          '段落。',
          '',
          '建设高质量教育体系',
          '促进发展',
          '',
          '2020年工作情况',
          '',
          '内容。',
        ].join('\n'),
        ['第一章标题,测试', '建设高质量教育体系,促进发展'],
      ),
      's.txt',
    );
    const kinds = r.chapters[0]!.blocks.map((b) => b.kind);
    expect(kinds).toEqual(['part', 'section', 'para', 'sub', 'para', 'part', 'para']);
    expect(r.chapters[0]!.blocks[1]).toMatchObject({ kind: 'section', num: 1, text: '一、 强化规划' });
    expect(r.chapters[1]!.title).toBe('建设高质量教育体系 促进发展');
  });

  it('reads a flattened table: split labels, split names, NBSP empty cells, unnumbered rows, totals', () => {
    const table = [
      '附件1',
      '',
      '2021年区重大工程项目安排表',
      '',
      '一、新开工项目(3项)',
      '',
      '分类',
      '',
      '序号',
      '',
      '项目名称',
      '',
      '高校',
      '',
      '项目',
      '',
      '(2项)',
      '',
      '1',
      '',
      '某大学宿舍',
      '',
      '(18号线结建)',
      '',
      NB,
      '',
      '2',
      '',
      '某项目',
      '',
      '社会事',
      '',
      '业项目',
      '',
      '(1项)',
      '',
      '3',
      '',
      '甲项目',
      '',
      NB,
      '',
      '某大学宿舍(18号线结建)',
      '',
      '共计(3项)',
    ].join('\n');
    const r = parseSource(compilation(['第一章标题 测试', '', '2020年工作情况', '', '内容。', '', '教育体系建设 促进发展', '', table].join('\n')), 's.txt');
    const t = r.chapters[1]!.blocks.find((b) => b.kind === 'projects');
    if (t?.kind !== 'projects') throw new Error('no table');
    expect(t.table.groups.map((g) => [g.category, g.labelZh, g.statedCount])).toEqual([
      ['university', '高校项目(2项)', 2],
      ['social', '社会事业项目(1项)', 1],
    ]);
    expect(t.table.rows.map((row) => [row.seq, row.nameZh, row.category, row.repeatOf])).toEqual([
      [1, '某大学宿舍(18号线结建)', 'university', null],
      [2, '某项目', 'university', null],
      [3, '甲项目', 'social', null],
      [null, '某大学宿舍(18号线结建)', 'social', 1],
    ]);
    expect(t.table.totalZh).toBe('共计(3项)');
  });

  it('names the file and line when a chapter of the contents is missing from the body', () => {
    const text = compilation('第一章标题 测试\n\n内容。');
    expect(() => parseSource(text, 'bad.txt')).toThrow(InputError);
    expect(() => parseSource(text, 'bad.txt')).toThrow(/^bad\.txt:6: chapter 2 "教育体系建设,促进发展" is listed in the contents but its title was not found/);
  });

  it('rejects a table row without a category and a category without a count', () => {
    const head = [
      '第一章标题 测试',
      '',
      '内容。',
      '',
      '教育体系建设 促进发展',
      '',
      '附件1',
      '',
      '2020年区重大工程完成情况',
      '',
      '一、新开工项目(1项)',
      '',
      '分类',
      '',
    ];
    expect(() => parseSource(compilation([...head, '1', '', '某项目'].join('\n')), 'x.txt')).toThrow(
      /x\.txt:\d+: project "某项目" comes before any category label/,
    );
    expect(() => parseSource(compilation([...head, '基础设施项目'].join('\n')), 'x.txt')).toThrow(/category label "基础设施项目" never states its count/);
  });

  it('rejects a title without a date and a source where no chapter can be found, saying what to write', () => {
    expect(() => parseSource('标题\n目录', 'x.txt')).toThrow(/x\.txt:1: no publication date after the title: end the title line with the date/);
    expect(() => parseSource('标题 2021-01-06\n正文', 'x.txt')).toThrow(
      /no table of contents \("目录"\) and no chapter titles found in the body: add a "目录" line/,
    );
  });

  it('reads the date from its own line, in Chinese or ISO form', () => {
    const r = parseSource(
      ['某区2022年工作和2023年主要工作汇编', '', '2023年1月5日', '目录', '1、标题甲', '标题甲', '2022年工作情况', '内容。'].join('\n'),
      'd.txt',
    );
    expect([r.title, r.date, r.years]).toEqual(['某区2022年工作和2023年主要工作汇编', '2023-01-05', { work: 2022, plans: 2023 }]);
    expect(r.notes).toContain('date 2023-01-05 read from line 3');
    expect(parseSource(['标题', '2023-01-05', '目录', '1、标题甲', '标题甲', '内容。'].join('\n'), 'd.txt').date).toBe('2023-01-05');
  });
});
