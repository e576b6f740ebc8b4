// The colour pairs the stylesheet uses, in both schemes, meet WCAG contrast: 4.5:1 for text, 3:1 for the focus
// ring (1.4.11). axe checks rendered text; this also covers what axe cannot see (the focus outline, the
// :target highlight, cells it leaves "incomplete") for every pair at once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/shared/project.ts';

const css = readFileSync(join(ROOT, 'src/styles/site.css'), 'utf8');

function variables(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{3,6})\s*;/gi)].map((m) => [m[1]!, m[2]!]));
}
const light = variables(/:root\s*\{([^}]*)\}/.exec(css)![1]!);
const dark = { ...light, ...variables(/@media \(prefers-color-scheme: dark\)\s*\{\s*:root\s*\{([^}]*)\}/.exec(css)![1]!) };

function luminance(hex: string): number {
  const h = hex.length === 4 ? hex.replace(/[0-9a-f]/gi, '$&$&').slice(1) : hex.slice(1);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(h.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

/** [foreground, background, minimum]: every text colour on every surface it appears on, and the focus ring. */
const PAIRS: [string, string, number][] = [
  ...['bg', 'panel', 'target'].flatMap((surface) => ['fg', 'muted', 'accent'].map((text) => [text, surface, 4.5] as [string, string, number])),
  ['accent-fg', 'accent', 4.5],
  ['focus', 'bg', 3],
  ['focus', 'panel', 3],
  ['focus', 'target', 3],
];

describe.each([
  { scheme: 'light', colours: light },
  { scheme: 'dark', colours: dark },
])('$scheme scheme', ({ colours }) => {
  it('defines every colour the pairs use', () => {
    for (const [fg, bg] of PAIRS) expect([colours[fg], colours[bg]]).toEqual([expect.stringMatching(/^#/), expect.stringMatching(/^#/)]);
  });
  it.each(PAIRS)('--%s on --%s reaches %s:1', (fg, bg, min) => {
    expect(contrast(colours[fg]!, colours[bg]!)).toBeGreaterThanOrEqual(min);
  });
});

it('the contrast formula matches WCAG reference values', () => {
  expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  expect(contrast('#fff', '#fff')).toBe(1);
});
