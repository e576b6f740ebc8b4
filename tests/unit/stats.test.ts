import { describe, expect, it } from 'vitest';
import { growth, median, summarize } from '../../scripts/benchmark/stats.ts';

describe('median and summary', () => {
  it('takes the middle value, or the mean of the two middle values, whatever the order', () => {
    expect(median([3])).toBe(3);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('gives the range over the runs as the spread', () => {
    expect(summarize([12.5, 10, 11])).toEqual({ n: 3, median: 11, min: 10, max: 12.5, spread: 2.5 });
    expect(summarize([7])).toEqual({ n: 1, median: 7, min: 7, max: 7, spread: 0 });
  });

  it('refuses no values rather than answering NaN', () => {
    expect(() => median([])).toThrow(/no values/);
    expect(() => summarize([])).toThrow(/no values/);
  });
});

describe('growth', () => {
  it('calls a cost that grows with the size linear, with no fixed part', () => {
    const g = growth(2, 20, 10);
    expect(g.growth).toBe('linear');
    expect(g.ratio).toBe(10);
    expect(g.exponent).toBeCloseTo(1, 10);
    expect(g.fixed).toBeCloseTo(0, 10);
    expect(g.perUnit).toBeCloseTo(2, 10);
  });

  it('splits a start-up cost from the part that grows: 5 s fixed + 1 s per report', () => {
    const g = growth(6, 15, 10);
    expect(g.growth).toBe('sublinear');
    expect(g.fixed).toBeCloseTo(5, 10);
    expect(g.perUnit).toBeCloseTo(1, 10);
  });

  it('calls quadratic growth superlinear (a negative fixed part)', () => {
    const g = growth(1, 100, 10);
    expect(g.growth).toBe('superlinear');
    expect(g.exponent).toBeCloseTo(2, 10);
    expect(g.fixed).toBeLessThan(0);
  });

  it('calls a cost that does not grow (one page of a longer report) constant', () => {
    expect(growth(50, 50, 10).growth).toBe('constant');
    expect(growth(50, 55, 10).growth).toBe('constant');
    expect(growth(0.8, 0.5, 10).growth).toBe('constant');
  });

  it('takes the measured size factor, not only whole ones', () => {
    expect(growth(1, 9.6, 9.6).growth).toBe('linear');
    expect(growth(1, 9.6 * 1.2, 9.6).growth).toBe('linear');
    expect(growth(1, 9.6 * 1.5, 9.6).growth).toBe('superlinear');
  });

  it('refuses a factor of 1 or costs of zero', () => {
    expect(() => growth(1, 1, 1)).toThrow(/factor above 1/);
    expect(() => growth(0, 1, 10)).toThrow(/positive costs/);
  });
});
