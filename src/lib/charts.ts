// Horizontal stacked bar charts as SVG text, laid out with d3 (scales, stack) on the server: no DOM, no client JS.
// Colours are CSS variables and currentColor (src/styles/charts.css), and every series also has its own texture,
// so a chart reads in both colour schemes and in black-and-white print.
import { scaleBand, scaleLinear, stack } from 'd3';

export interface ChartSeries {
  key: string;
  label: string;
}

export interface ChartBar {
  key: string;
  label: string;
  values: Readonly<Record<string, number>>;
}

export interface StackedBarChart {
  /** Unique in the page: the prefix of every id inside the SVG. */
  id: string;
  /** BCP 47 language of the labels. */
  lang: string;
  /** Accessible name and description (<title>, <desc>). */
  title: string;
  description: string;
  axisLabel: string;
  series: readonly ChartSeries[];
  bars: readonly ChartBar[];
  /** Upper end of the value axis, so that charts meant to be compared share a scale. */
  max?: number;
}

/** A chart as a file of its own: the visible heading and source line, and the stylesheet inlined. */
export interface ChartFrame {
  heading: string;
  source: string;
  css: string;
}

/** Number of textures (series styles) available; a chart may use at most this many series. */
export const TEXTURES = 5;

const WIDTH = 640;
const FONT = 13;
const BAR = 26;
const GAP = 16;
const SWATCH = 14;

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Approximate rendered width: CJK and full-width characters 1em, others about 0.56em (UI sans-serif). */
export function textWidth(text: string, size = FONT): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch) ? size : size * 0.56;
  return w;
}

/** Break text into lines no wider than `max` (at spaces for Latin text, anywhere for CJK). */
export function wrap(text: string, max: number, size = FONT): string[] {
  const units = /\s/.test(text) ? text.split(/(?<=\s)/) : [...text];
  const lines: string[] = [];
  let line = '';
  for (const u of units) {
    if (line !== '' && textWidth((line + u).trimEnd(), size) > max) {
      lines.push(line.trimEnd());
      line = u.trimStart();
    } else line += u;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

const r1 = (x: number): number => Math.round(x * 10) / 10;

function attrs(a: Record<string, string | number | undefined>): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
}

const el = (name: string, a: Record<string, string | number | undefined>, inner?: string): string =>
  inner === undefined ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${inner}</${name}>`;

/** Spacing of a texture's marks, in user units; the grid is the chart's, so neighbouring segments line up. */
const MARK = 6;
const DIAGONAL = MARK * Math.SQRT2;

/** The part of the line x + sign·y = c inside the box, as a path segment ("" when it misses the box). */
function diagonal(c: number, sign: 1 | -1, x0: number, y0: number, x1: number, y1: number): string {
  // x + y = c: y falls as x grows; x - y = c: y rises with x.
  const lo = sign === 1 ? Math.max(x0, c - y1) : Math.max(x0, c + y0);
  const hi = sign === 1 ? Math.min(x1, c - y0) : Math.min(x1, c + y1);
  if (hi - lo < 0.5) return '';
  const at = (x: number) => (sign === 1 ? c - x : x - c);
  const run = r1(hi - lo);
  return `M${r1(lo)} ${r1(at(lo))}l${run} ${sign === 1 ? -run : run}`;
}

/**
 * Texture k of a box: its tint plus marks in currentColor (none, diagonal lines, dots, cross-hatch, horizontal
 * lines) drawn as plain geometry inside the box. Not an SVG <pattern>: Chromium prints patterns as bitmaps (2 MB
 * of images in chapter 4's PDF), and plain paths stay sharp and small on paper and on screen.
 */
function textured(k: number, box: { x: number; y: number; width: number; height: number }, inner?: string): string {
  const { x, y, width, height } = box;
  const [x1, y1] = [x + width, y + height];
  const rect = el('rect', { class: `seg tint tint-${k}`, x: r1(x), y: r1(y), width: r1(width), height: r1(height) }, inner);
  const lines = (sign: 1 | -1): string => {
    const [from, to] = sign === 1 ? [x + y, x1 + y1] : [x - y1, x1 - y];
    let d = '';
    for (let c = Math.ceil(from / DIAGONAL) * DIAGONAL; c <= to; c += DIAGONAL) d += diagonal(c, sign, x, y, x1, y1);
    return d;
  };
  const rows = (): string => {
    let d = '';
    for (let ry = Math.ceil((y - MARK / 2) / MARK) * MARK + MARK / 2; ry < y1; ry += MARK) if (ry > y) d += `M${r1(x)} ${r1(ry)}H${r1(x1)}`;
    return d;
  };
  // A row of dots is one dashed line (zero-length dashes with round caps, 6 apart: see .dot in charts.css).
  const dots = (): string => {
    const r = 1.3;
    const first = Math.ceil((x + r - MARK / 2) / MARK) * MARK + MARK / 2;
    if (first + r > x1) return '';
    const last = first + Math.floor((x1 - r - first) / MARK) * MARK;
    let d = '';
    for (let cy = Math.ceil((y + r - MARK / 2) / MARK) * MARK + MARK / 2; cy + r <= y1; cy += MARK) d += `M${r1(first)} ${r1(cy)}H${r1(last)}`;
    return d;
  };
  const [kind, d] = (
    [
      ['', ''],
      ['hatch', lines(1)],
      ['dot', dots()],
      ['hatch', lines(1) + lines(-1)],
      ['hatch', rows()],
    ] as const
  )[k]!;
  return d === '' ? rect : rect + el('path', { class: kind, d });
}

export function stackedBarSvg(chart: StackedBarChart, frame?: ChartFrame): string {
  if (chart.series.length > TEXTURES) throw new Error(`chart ${chart.id}: ${chart.series.length} series; at most ${TEXTURES} can be told apart`);
  const id = chart.id;
  const keys = chart.series.map((s) => s.key);
  const totals = chart.bars.map((b) => keys.reduce((sum, k) => sum + (b.values[k] ?? 0), 0));

  // Heading (files only), legend, bars, axis, source (files only), top to bottom.
  let y = 0;
  const parts: string[] = [];
  if (frame) {
    const lines = wrap(frame.heading, WIDTH - 16, FONT + 2);
    lines.forEach((l, k) => parts.push(el('text', { class: 'heading', x: 8, y: 22 + k * 20 }, escapeXml(l))));
    y = 14 + lines.length * 20;
  }

  const legend: string[] = [];
  let lx = 8;
  let ly = y + 8;
  chart.series.forEach((s, k) => {
    const w = SWATCH + 6 + textWidth(s.label) + 18;
    if (lx > 8 && lx + w > WIDTH - 8) {
      lx = 8;
      ly += 22;
    }
    legend.push(
      el(
        'g',
        { class: 'legend-item', transform: `translate(${r1(lx)},${ly})` },
        textured(k, { x: 0, y: 0, width: SWATCH, height: SWATCH }) + el('text', { x: SWATCH + 6, y: SWATCH - 2 }, escapeXml(s.label)),
      ),
    );
    lx += w;
  });
  parts.push(el('g', { class: 'legend' }, legend.join('')));
  y = ly + SWATCH + 18;

  const labelLines = chart.bars.map((b) => wrap(b.label, 190));
  const left = 26 + Math.max(...labelLines.flat().map((l) => textWidth(l)));
  const right = WIDTH - 44;
  const band = scaleBand<string>()
    .domain(chart.bars.map((b) => b.key))
    .range([y, y + chart.bars.length * (BAR + GAP)])
    .paddingInner(GAP / (BAR + GAP))
    .paddingOuter(0.2);
  const x = scaleLinear()
    .domain([0, chart.max ?? Math.max(...totals, 1)])
    .nice()
    .range([left, right]);
  const bottom = y + chart.bars.length * (BAR + GAP) + 4;

  const ticks = x.ticks(Math.min(8, Math.ceil(x.domain()[1]!))).filter(Number.isInteger);
  const grid = ticks
    .map(
      (t) =>
        el('line', { class: t === 0 ? 'axis-line' : 'grid', x1: r1(x(t)), x2: r1(x(t)), y1: y, y2: bottom }) +
        el('text', { class: 'tick', x: r1(x(t)), y: bottom + 16, 'text-anchor': 'middle' }, String(t)),
    )
    .join('');
  parts.push(
    el(
      'g',
      { class: 'axis', 'aria-hidden': 'true' },
      grid + el('text', { class: 'axis-label', x: r1((left + right) / 2), y: bottom + 34, 'text-anchor': 'middle' }, escapeXml(chart.axisLabel)),
    ),
  );

  const rows = chart.bars.map((b) => ({ key: b.key, ...Object.fromEntries(keys.map((k) => [k, b.values[k] ?? 0])) }));
  const layers = stack<Record<string, string | number>>()
    .keys(keys)
    .value((d, k) => Number(d[k]))(rows);
  const bars = chart.bars.map((b, i) => {
    const top = band(b.key)!;
    const h = band.bandwidth();
    const label = labelLines[i]!.map((l, k, all) => el('tspan', { x: left - 10, dy: k === 0 ? r1(-((all.length - 1) * 15) / 2) : 15 }, escapeXml(l))).join('');
    const segs = layers.map((layer, k) => {
      const [a, z] = layer[i]!;
      const v = z - a;
      if (v <= 0) return '';
      const w = x(z) - x(a);
      const rect = textured(k, { x: x(a), y: top, width: w, height: h }, el('title', {}, escapeXml(`${b.label} · ${chart.series[k]!.label}: ${v}`)));
      const text =
        w >= textWidth(String(v)) + 8
          ? el('text', { class: 'val', x: r1(x(a) + w / 2), y: r1(top + h / 2 + FONT * 0.36), 'text-anchor': 'middle' }, String(v))
          : '';
      return rect + text;
    });
    return el(
      'g',
      { class: 'bar' },
      el('text', { class: 'bar-label', x: left - 10, y: r1(top + h / 2 + FONT * 0.36), 'text-anchor': 'end' }, label) +
        segs.join('') +
        el('text', { class: 'total', x: r1(x(totals[i]!) + 6), y: r1(top + h / 2 + FONT * 0.36) }, String(totals[i])),
    );
  });
  parts.push(el('g', { class: 'bars' }, bars.join('')));
  let height = bottom + 48;

  if (frame) {
    const lines = wrap(frame.source, WIDTH - 16, FONT - 2);
    lines.forEach((l, k) => parts.push(el('text', { class: 'source', x: 8, y: height + 6 + k * 15 }, escapeXml(l))));
    height += lines.length * 15 + 14;
  }

  const head = el('title', { id: `${id}-title` }, escapeXml(chart.title)) + el('desc', { id: `${id}-desc` }, escapeXml(chart.description));
  const style = frame ? `<style>/*<![CDATA[*/${frame.css}/*]]>*/</style>` + el('rect', { class: 'chart-bg', width: WIDTH, height }) : '';
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: frame ? 'chart-svg chart-file' : 'chart-svg',
      viewBox: `0 0 ${WIDTH} ${height}`,
      width: WIDTH,
      height,
      role: 'img',
      'aria-labelledby': `${id}-title`,
      'aria-describedby': `${id}-desc`,
      lang: chart.lang,
    },
    head + style + parts.join(''),
  );
}
