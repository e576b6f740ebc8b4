// CSV in and out, through d3-dsv (RFC 4180 quoting), with errors that name file, line and column.
import { csvFormatRow, csvParse } from 'd3-dsv';
import { InputError } from '../model.ts';

export type CsvRow = Record<string, string>;

/** CSV text with a header line; `eol` '\r\n' gives the line breaks RFC 4180 specifies (published files). */
export function writeCsv(rows: readonly CsvRow[], columns: readonly string[], eol: '\n' | '\r\n' = '\n'): string {
  return [columns, ...rows.map((r) => columns.map((c) => r[c] ?? ''))].map((fields) => csvFormatRow(fields as string[])).join(eol) + eol;
}

/**
 * Parse a CSV file strictly: the header must hold `columns` (in any order, extra allowed) and every
 * record must have exactly as many fields as the header. d3-dsv pads or drops silently, so the field
 * count is checked here on the raw records.
 */
export interface CsvRecord {
  /** Line of the file where the record starts. */
  line: number;
  row: CsvRow;
}

export function readCsv(text: string, file: string, columns: readonly string[]): CsvRecord[] {
  const body = text.replace(/^\ufeff/, '');
  const rows = csvParse(body);
  const header = rows.columns;
  for (const c of columns) {
    if (!header.includes(c)) throw new InputError(file, 1, `missing column "${c}" (header: ${header.join(',')})`);
  }
  const counts = fieldCounts(body);
  counts.forEach(({ line, fields }, k) => {
    if (k > 0 && fields !== header.length) {
      throw new InputError(file, line, `row has ${fields} fields; the header has ${header.length} (${header.join(',')})`);
    }
  });
  return rows.map((r, k) => {
    const row: CsvRow = {};
    for (const c of header) row[c] = r[c] ?? '';
    return { line: counts[k + 1]?.line ?? 0, row };
  });
}

/** Field count and starting line of every record, honouring quoted fields that span lines. */
function fieldCounts(text: string): { line: number; fields: number }[] {
  const out: { line: number; fields: number }[] = [];
  let line = 1;
  let start = 1;
  let fields = 1;
  let quoted = false;
  let empty = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') i++;
        else quoted = false;
      } else if (c === '\n') line++;
      continue;
    }
    if (c === '"') {
      quoted = true;
      empty = false;
    } else if (c === ',') {
      fields++;
      empty = false;
    } else if (c === '\n') {
      if (!empty) out.push({ line: start, fields });
      line++;
      start = line;
      fields = 1;
      empty = true;
    } else if (c !== '\r') empty = false;
  }
  if (!empty) out.push({ line: start, fields });
  return out;
}

/** Column check helper for data files: the value must be one of `allowed`. */
export function oneOf<T extends string>(value: string, allowed: readonly T[], file: string, line: number, column: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(file, line, `column "${column}": "${value}" is not one of ${allowed.join(', ')}`);
}
