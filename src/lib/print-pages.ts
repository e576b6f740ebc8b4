// Running heads for printing. CSS cannot take a margin box's text from the document (Chromium has no string-set),
// so every chapter gets a named page whose margin boxes carry the report and chapter titles; elements join a page
// through data-page. A title change shows up in the generated stylesheet, nowhere else.

export interface RunningPage {
  /** CSS page name, also the data-page value, e.g. "zh-c3". */
  name: string;
  left: string;
  right: string;
}

export const chapterPageName = (lang: string, order: number): string => `${lang}-c${order}`;
export const contentsPageName = (lang: string): string => `${lang}-contents`;

/** A CSS string literal: quotes and backslashes escaped, line breaks as \A. */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\A ')}"`;
}

/** Short enough for a page margin: cut at the last word break before `max` characters (anywhere in Chinese), with "…". */
export function runningTitle(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if ([...clean].length <= max) return clean;
  const head = [...clean].slice(0, max - 1).join('');
  const space = head.lastIndexOf(' ');
  const cut = space > max / 2 ? head.slice(0, space) : head;
  return `${cut.replace(/[\s,;:，；：、]+$/u, '')}…`;
}

export function printPagesCss(pages: readonly RunningPage[]): string {
  const rules = pages.map(
    (p) =>
      `@page ${p.name} {\n  @top-left { content: ${cssString(p.left)}; }\n  @top-right { content: ${cssString(p.right)}; }\n}\n[data-page="${p.name}"] { page: ${p.name}; }`,
  );
  return `/* Generated at build time from the chapter titles (src/pages/print-pages/[sheet].css.ts). */\n@media print {\n${rules.join('\n')}\n}\n`;
}
