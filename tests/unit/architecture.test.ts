// The house rules, checked on the source tree: core/ is the domain everyone shares and imports nothing from
// the site or the scripts; the site imports nothing from the scripts; no import cycle anywhere.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const CODE = /\.(ts|mjs|astro)$/;

function walk(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const rel = join(dir, name);
    return statSync(join(ROOT, rel)).isDirectory() ? walk(rel) : CODE.test(name) ? [rel] : [];
  });
}

const files = ['core', 'scripts', 'src'].flatMap(walk);

/** The project files a module imports (relative and #core/ specifiers; packages are not followed). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([.#][^'"]+)['"]/g)].map((m) => m[1]!);
  return specs.map((s) => (s.startsWith('#core/') ? join('core', s.slice('#core/'.length)) : normalize(join(dirname(file), s))));
}

const graph = new Map(files.map((f) => [f, importsOf(f)]));

describe('the source tree', () => {
  it('core/ imports nothing from src/ or scripts/', () => {
    const bad = files
      .filter((f) => f.startsWith('core/'))
      .flatMap((f) =>
        graph
          .get(f)!
          .filter((t) => !t.startsWith('core/'))
          .map((t) => `${f} -> ${t}`),
      );
    expect(bad).toEqual([]);
  });

  it('src/ imports nothing from scripts/', () => {
    const bad = files
      .filter((f) => f.startsWith('src/'))
      .flatMap((f) =>
        graph
          .get(f)!
          .filter((t) => t.startsWith('scripts/'))
          .map((t) => `${f} -> ${t}`),
      );
    expect(bad).toEqual([]);
  });

  it('every relative import names a file that exists', () => {
    const known = new Set(files);
    const missing = files.flatMap((f) =>
      graph
        .get(f)!
        .filter((t) => CODE.test(t) && !known.has(t))
        .map((t) => `${f} -> ${t}`),
    );
    expect(missing).toEqual([]);
  });

  it('has no import cycle', () => {
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (f: string, path: string[]): void => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...path.slice(path.indexOf(f)), f].join(' -> '));
        return;
      }
      state.set(f, 'open');
      for (const t of graph.get(f) ?? []) visit(t, [...path, f]);
      state.set(f, 'done');
    };
    for (const f of files) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it('keeps folders under core/ and scripts/ small (at most 15 modules each)', () => {
    const counts = new Map<string, number>();
    for (const f of files.filter((f) => /^(core|scripts)\//.test(f))) counts.set(dirname(f), (counts.get(dirname(f)) ?? 0) + 1);
    expect([...counts].filter(([, n]) => n > 15).map(([d, n]) => `${relative('.', d)}: ${n}`)).toEqual([]);
  });
});
