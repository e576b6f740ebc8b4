// The d3 stacked bar chart as SVG text: accessible name and description, one textured segment per value with
// widths proportional to the values, escaping, and the standalone file frame.
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { stackedBarSvg, type StackedBarChart, textWidth, wrap } from '../../src/lib/charts.ts';

const chart: StackedBarChart = {
  id: 'figT',
  lang: 'en',
  title: 'Projects <by> list & category',
  description: 'New starts: 3 (A 1, B 2); Completed: 4 (A 4)',
  axisLabel: 'Number of projects',
  series: [
    { key: 'a', label: 'A' },
    { key: 'b', label: 'B & co' },
  ],
  bars: [
    { key: 'new', label: 'New starts', values: { a: 1, b: 2 } },
    { key: 'done', label: 'Completed', values: { a: 4, b: 0 } },
  ],
};

describe('stackedBarSvg', () => {
  const svg = parse(stackedBarSvg(chart)).querySelector('svg')!;

  it('is an image with an accessible name and description', () => {
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('lang')).toBe('en');
    expect(svg.querySelector(`#${svg.getAttribute('aria-labelledby')}`)!.tagName).toBe('TITLE');
    expect(svg.querySelector('title')!.text).toBe('Projects <by> list & category');
    expect(svg.querySelector(`#${svg.getAttribute('aria-describedby')}`)!.text).toBe(chart.description);
    expect(stackedBarSvg(chart)).toContain('Projects &lt;by&gt; list &amp; category');
  });

  it('draws one textured segment per non-zero value, as wide as its value', () => {
    const segs = svg.querySelectorAll('.bars rect.seg');
    expect(segs.map((s) => (s.classList.contains('tint-0') ? 0 : s.classList.contains('tint-1') ? 1 : -1))).toEqual([0, 1, 0]);
    const width = segs.map((s) => Number(s.getAttribute('width')));
    expect(width[1]! / width[0]!).toBeCloseTo(2, 1);
    expect(width[2]! / width[0]!).toBeCloseTo(4, 1);
    expect(svg.querySelectorAll('.total').map((t) => t.text)).toEqual(['3', '4']);
    // Series 1's diagonal hatching follows its segment (and its legend swatch), as paths: no <pattern>, which
    // Chromium would print as bitmaps.
    expect(svg.querySelectorAll('pattern')).toHaveLength(0);
    expect(svg.querySelectorAll('.bars rect.seg + path.hatch')).toHaveLength(1);
    expect(svg.querySelectorAll('.legend rect.seg + path.hatch')).toHaveLength(1);
    expect(svg.querySelectorAll('.legend text').map((t) => t.text)).toEqual(['A', 'B & co']);
  });

  it('uses currentColor and CSS classes, no fixed colours, when drawn into a page', () => {
    expect(stackedBarSvg(chart)).not.toMatch(/#[0-9a-f]{3,6}\b|<style/i);
  });

  it('shares a scale when given a maximum', () => {
    const scaled = parse(stackedBarSvg({ ...chart, max: 8 })).querySelectorAll('.bars rect.seg');
    expect(Number(scaled[2]!.getAttribute('width'))).toBeCloseTo(
      Number(parse(stackedBarSvg(chart)).querySelectorAll('.bars rect.seg')[2]!.getAttribute('width')) / 2,
      0,
    );
  });

  it('as a file: heading, source line, stylesheet and background', () => {
    const file = stackedBarSvg(chart, { heading: 'Figure 1. Test', source: 'Source: the tables', css: '.chart-svg{}' });
    const doc = parse(file).querySelector('svg')!;
    expect(doc.classList.contains('chart-file')).toBe(true);
    expect(doc.querySelector('.heading')!.text).toBe('Figure 1. Test');
    expect(doc.querySelector('.source')!.text).toBe('Source: the tables');
    expect(file).toContain('<style>/*<![CDATA[*/.chart-svg{}/*]]>*/</style>');
    expect(Number(doc.getAttribute('height'))).toBeGreaterThan(Number(svg.getAttribute('height')));
  });

  it('refuses more series than it has textures', () => {
    const series = 'abcdef'.split('').map((k) => ({ key: k, label: k }));
    expect(() => stackedBarSvg({ ...chart, series })).toThrow('chart figT: 6 series; at most 5 can be told apart');
  });
});

describe('text layout', () => {
  it('measures CJK wider than Latin and wraps at spaces or between characters', () => {
    expect(textWidth('项目', 10)).toBe(20);
    expect(textWidth('ab', 10)).toBeCloseTo(11.2);
    expect(wrap('Source: Annexes 1 and 2 of the compilation', 100, 10)).toEqual(['Source: Annexes 1', 'and 2 of the', 'compilation']);
    expect(wrap('资料来源汇编附件一', 40, 10)).toEqual(['资料来源', '汇编附件', '一']);
  });
});

describe('textures', () => {
  const many: StackedBarChart = {
    ...chart,
    series: ['a', 'b', 'c', 'd', 'e'].map((key) => ({ key, label: key.toUpperCase() })),
    bars: [{ key: 'one', label: 'One', values: { a: 3, b: 5, c: 2, d: 7, e: 4 } }],
  };
  const svg = parse(stackedBarSvg(many)).querySelector('svg')!;
  const segs = svg.querySelectorAll('.bars rect.seg');

  it('marks every series but the first, each differently, inside its own segment', () => {
    const marks = segs.map((rect) => {
      const next = rect.nextElementSibling;
      return next?.tagName === 'PATH' ? next : undefined;
    });
    expect(marks.map((m) => m?.getAttribute('class'))).toEqual([undefined, 'hatch', 'dot', 'hatch', 'hatch']);
    expect(new Set(marks.map((m) => m?.getAttribute('d'))).size).toBe(5);
    segs.forEach((rect, k) => {
      const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(rect.getAttribute(a)));
      // Every point the marks reach: M x y, then l dx dy (a diagonal) or H x (a row of dots or a line).
      const d = marks[k]?.getAttribute('d') ?? '';
      const points: [number, number][] = [];
      for (const [, mx, my, dx, dy, hx] of d.matchAll(/M(-?[\d.]+) (-?[\d.]+)(?:l(-?[\d.]+) (-?[\d.]+)|H(-?[\d.]+))/g)) {
        points.push([Number(mx), Number(my)]);
        points.push(hx === undefined ? [Number(mx) + Number(dx), Number(my) + Number(dy)] : [Number(hx), Number(my)]);
      }
      if (k > 0) expect(points.length).toBeGreaterThan(0);
      expect(points.length).toBe(2 * (d.match(/M/g)?.length ?? 0));
      for (const [px, py] of points) {
        expect(px).toBeGreaterThanOrEqual(x! - 0.11);
        expect(px).toBeLessThanOrEqual(x! + w! + 0.11);
        expect(py).toBeGreaterThanOrEqual(y! - 0.11);
        expect(py).toBeLessThanOrEqual(y! + h! + 0.11);
      }
    });
  });

  it('draws no pattern and no fill attribute: the tints come from the stylesheet', () => {
    expect(svg.querySelectorAll('pattern, [fill]')).toHaveLength(0);
  });
});
