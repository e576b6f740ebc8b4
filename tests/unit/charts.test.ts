// The d3 stacked bar chart as SVG text: accessible name and description, one textured segment per value with
// widths proportional to the values, escaping, and the standalone file frame.
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { stackedBarSvg, type StackedBarChart, textWidth, wrap } from '../../scripts/lib/charts.ts';

const chart: StackedBarChart = {
  id: 'figT',
  lang: 'en',
  title: 'Projects <by> list & category',
  description: 'New starts: 3 (A 1, B 2); Completed: 4 (A 4)',
  axisLabel: 'Number of projects',
  series: [{ key: 'a', label: 'A' }, { key: 'b', label: 'B & co' }],
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
    expect(segs.map((s) => s.getAttribute('fill'))).toEqual(['url(#figT-tx0)', 'url(#figT-tx1)', 'url(#figT-tx0)']);
    const width = segs.map((s) => Number(s.getAttribute('width')));
    expect(width[1]! / width[0]!).toBeCloseTo(2, 1);
    expect(width[2]! / width[0]!).toBeCloseTo(4, 1);
    expect(svg.querySelectorAll('.total').map((t) => t.text)).toEqual(['3', '4']);
    expect(svg.querySelectorAll('pattern').map((p) => p.id)).toEqual(['figT-tx0', 'figT-tx1']);
    expect(svg.querySelectorAll('.legend text').map((t) => t.text)).toEqual(['A', 'B & co']);
  });

  it('uses currentColor and CSS classes, no fixed colours, when drawn into a page', () => {
    expect(stackedBarSvg(chart)).not.toMatch(/#[0-9a-f]{3,6}\b|<style/i);
  });

  it('shares a scale when given a maximum', () => {
    const scaled = parse(stackedBarSvg({ ...chart, max: 8 })).querySelectorAll('.bars rect.seg');
    expect(Number(scaled[2]!.getAttribute('width'))).toBeCloseTo(Number(parse(stackedBarSvg(chart)).querySelectorAll('.bars rect.seg')[2]!.getAttribute('width')) / 2, 0);
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
