// The importer on the three synthetic compilations in later layouts (tests/fixtures/compilations/README.md).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assignIds } from '#core/ids.ts';
import type { SourceReport } from '#core/model.ts';
import { decodeSource } from '../../scripts/importer/decode.ts';
import { parseSource } from '../../scripts/importer/source-parser.ts';
import { ROOT } from '../../scripts/shared/project.ts';

function read(name: string): { report: SourceReport; encoding: string; lineEnds: string } {
  const file = `tests/fixtures/compilations/${name}`;
  const decoded = decodeSource(readFileSync(join(ROOT, file)), file);
  return { report: parseSource(decoded.text, file), encoding: decoded.encoding, lineEnds: decoded.lineEnds };
}

/** Heading ids of a chapter, parts marked with their kind and year. */
function outline(report: SourceReport, order: number, warnings: string[] = []): string[] {
  const chapter = report.chapters[order - 1]!;
  return assignIds(order, chapter.blocks, (id, line, replacement) => warnings.push(`${line} ${id} -> ${replacement}`))
    .filter((b) => b.kind === 'part' || b.kind === 'section')
    .map((b) => (b.kind === 'part' ? `${b.id}:${b.partKind}${b.year ?? ''}` : b.id));
}

describe('dept-2024: departments, a date line, chapters without part headings', () => {
  const { report, encoding } = read('dept-2024.zh.txt');

  it('reads title, date line and years', () => {
    expect(encoding).toBe('utf-8');
    expect([report.title, report.date, report.years]).toEqual([
      '上海市示例区2024年政府有关工作情况和2025年主要工作汇编',
      '2025-01-08',
      { work: 2024, plans: 2025 },
    ]);
  });

  it('strips departments from contents entries and takes the full name from the line under the title', () => {
    expect(report.chapters.map((c) => c.tocTitle)).toEqual([
      '推动数字经济蓬勃发展',
      '优化营商环境,提升服务效能',
      '城市更新提速增效,人居环境持续改善',
      '加快科技创新策源,培育发展新质生产力',
      '关于法治政府建设情况',
    ]);
    expect(report.chapters.map((c) => c.department)).toEqual([
      '示例区发展改革委',
      '示例区商务委员会',
      '示例区建设和管理委员会',
      '示例区科学技术委员会',
      '示例区司法局',
    ]);
    // The department line is not read as the chapter's first paragraph.
    expect(report.chapters[0]!.blocks[0]).toMatchObject({ kind: 'part', line: 23 });
  });

  it('turns year-bearing sections into work and plans parts, keeping a yearless section inside', () => {
    expect(outline(report, 4)).toEqual(['c4-2024:work2024', 'c4-2025:plans2025']);
    expect(outline(report, 5)).toEqual(['c5-2024:work2024', 'c5-2024-s2', 'c5-2025:plans2025']);
    expect(report.chapters[3]!.blocks[0]).toMatchObject({ kind: 'para', line: 167 });
    expect(report.notes).toContain('chapter 4: no part headings; parts taken from the year in section titles at lines 169, 179');
  });
});

describe('dense-gb18030: GB18030, CRLF, no blank lines, 15 chapters, duplicate numbering', () => {
  const { report, encoding, lineEnds } = read('dense-gb18030.zh.txt');

  it('decodes and finds all 15 chapters with both parts', () => {
    expect([encoding, lineEnds, report.date]).toEqual(['gb18030', 'crlf', '2023-01-10']);
    expect(report.chapters).toHaveLength(15);
    expect(report.chapters.map((c) => c.lines[0])).toEqual([19, 32, 43, 56, 68, 79, 90, 108, 119, 132, 143, 154, 165, 176, 187]);
    for (const c of report.chapters)
      expect(outline(report, c.order).filter((id) => id.includes(':'))).toEqual([`c${c.order}-2022:work2022`, `c${c.order}-2023:plans2023`]);
    expect(report.notes).toContain('no blank lines: every line is read as a paragraph of its own');
  });

  it('gives the second "二、" a lettered id and warns with its line', () => {
    const warnings: string[] = [];
    expect(outline(report, 7, warnings)).toEqual([
      'c7-2022:work2022',
      'c7-2022-s1',
      'c7-2022-s2',
      'c7-2022-s2b',
      'c7-2022-s3',
      'c7-2023:plans2023',
      'c7-2023-s1',
    ]);
    expect(warnings).toEqual(['99 c7-2022-s2 -> c7-2022-s2b']);
  });
});

describe('no-contents-bom: BOM, no contents, a chapter without parts', () => {
  const { report, encoding } = read('no-contents-bom.zh.txt');

  it('finds the chapters from the separator lines', () => {
    expect([encoding, report.date]).toEqual(['utf-8-bom', '2024-01-12']);
    expect(report.title).toBe('上海市示例区2023年政府有关工作情况和2024年主要工作汇编');
    expect(report.chapters.map((c) => c.lines[0])).toEqual([11, 49, 85, 121, 151, 187]);
    expect(report.chapters[1]!.title).toBe('推进“一网通办”“一网统管”建设 提升城区治理效能');
  });

  it('keeps a chapter with neither parts nor years as sections', () => {
    expect(outline(report, 4)).toEqual(['c4-s1', 'c4-s2', 'c4-s3', 'c4-s4']);
  });
});

describe('every source line lands in exactly one chapter, in order', () => {
  for (const name of ['dept-2024.zh.txt', 'dense-gb18030.zh.txt', 'no-contents-bom.zh.txt']) {
    it(name, () => {
      const { report } = read(name);
      const lines = report.chapters.flatMap((c) => c.blocks.map((b) => b.line));
      expect(lines).toEqual([...lines].sort((a, b) => a - b));
      expect(new Set(lines).size).toBe(lines.length);
    });
  }
});
