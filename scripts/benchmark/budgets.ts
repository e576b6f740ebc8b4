// The size budgets in budgets.json, and what a page weighs against them: held by the Chromium page tests
// (tests/build/pages-in-chromium.test.ts) and reported by npm run bench.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../shared/project.ts';

export { gzipSize } from './site-sizes.ts';

export const WEIGHTS = ['html', 'css', 'js'] as const;
export type Weight = (typeof WEIGHTS)[number];
export type Weights = Record<Weight, number>;

export interface PageType extends Weights {
  type: string;
  pages: string;
}

export const pageTypes: PageType[] = (JSON.parse(readFileSync(join(ROOT, 'budgets.json'), 'utf8')) as { pageTypes: PageType[] }).pageTypes;

/** The budget a built page ("zh/chapters/03-x/index.html") is held to. */
export function pageType(file: string): PageType {
  const type = pageTypes.find((t) => new RegExp(t.pages).test(file));
  if (!type) throw new Error(`budgets.json: no page type matches ${file}`);
  return type;
}
