// Summaries of repeated measurements, and how a cost grows when the input grows (for npm run bench).

export interface Summary {
  n: number;
  median: number;
  min: number;
  max: number;
  /** max - min: with a handful of runs on a shared machine, the plain range says more than a deviation. */
  spread: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error('summary of no values');
  const min = Math.min(...values);
  const max = Math.max(...values);
  return { n: values.length, median: median(values), min, max, spread: max - min };
}

export type Growth = 'constant' | 'linear' | 'sublinear' | 'superlinear';

export interface GrowthFit {
  /** scaled / baseline. */
  ratio: number;
  /** k in cost ∝ size^k from the two points: 1 is linear. */
  exponent: number;
  /**
   * The straight line cost = fixed + perUnit * size through both points (baseline size 1): `fixed` is what a build
   * pays whatever the content (start-up, a browser launch); negative when the cost grows faster than the size.
   */
  fixed: number;
  perUnit: number;
  growth: Growth;
}

/**
 * Within this of an exponent of 1 the growth counts as linear, within this of 0 as constant (a cost that does not
 * grow with the report, such as one page's weight); run-to-run noise on a shared machine is larger than that.
 */
export const TOLERANCE = 0.1;

/** How a cost measured at size 1 (`baseline`) and at size `factor` (`scaled`) grows. */
export function growth(baseline: number, scaled: number, factor: number): GrowthFit {
  if (!(factor > 1)) throw new Error(`growth needs a size factor above 1, got ${factor}`);
  if (!(baseline > 0) || !(scaled > 0)) throw new Error(`growth needs positive costs, got ${baseline} and ${scaled}`);
  const ratio = scaled / baseline;
  const exponent = Math.log(ratio) / Math.log(factor);
  const perUnit = (scaled - baseline) / (factor - 1);
  const fixed = baseline - perUnit;
  const kind: Growth = exponent <= TOLERANCE ? 'constant' : Math.abs(exponent - 1) <= TOLERANCE ? 'linear' : exponent < 1 ? 'sublinear' : 'superlinear';
  return { ratio, exponent, fixed, perUnit, growth: kind };
}
