// The source as numbered lines: what every importer parser reads, and what its errors point at.
export interface Line {
  /** 1-based line number in the source file. */
  n: number;
  raw: string;
}

export function toLines(text: string): Line[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((raw, i) => ({ n: i + 1, raw }));
}
