// Chapters without part headings may carry the year in their numbered section titles instead
// ("一、2024年数字经济发展总体情况" … "二、2025年工作打算"): those sections become the chapter's parts.
import type { Block, PartKind } from '#core/model.ts';

const YEAR = /(\d{4})年/;
const PLANS_WORDS = /打算|安排|计划|主要工作|思路|目标|任务/;

/** Turn year-bearing sections into parts when the chapter has no parts; returns the source lines it turned. Mutates `blocks`. */
export function inferYearParts(blocks: Block[], years: { work: number; plans: number } | undefined): number[] {
  if (blocks.some((b) => b.kind === 'part')) return [];
  const turned: number[] = [];
  blocks.forEach((b, k) => {
    if (b.kind !== 'section') return;
    const y = YEAR.exec(b.text);
    if (!y) return;
    const year = Number(y[1]);
    const partKind = kindOf(year, b.text, years);
    if (!partKind) return;
    blocks[k] = { kind: 'part', partKind, key: String(year), text: b.text, line: b.line, year };
    turned.push(b.line);
  });
  return turned;
}

/** The report's years decide; without them, planning words ("打算", "安排") mark the plans. */
function kindOf(year: number, text: string, years: { work: number; plans: number } | undefined): PartKind | undefined {
  if (years) return year === years.plans ? 'plans' : year === years.work ? 'work' : undefined;
  return PLANS_WORDS.test(text) ? 'plans' : 'work';
}
