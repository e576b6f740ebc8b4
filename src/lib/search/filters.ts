// Search filters shared by the markup that sets them and the search UI that offers them.

/** The part filter's values, in the order the search page offers them. */
export const PART_FILTERS = ['work', 'plans', 'data', 'other'] as const;
export type PartFilter = (typeof PART_FILTERS)[number];

/** A <Part kind> as a part filter: the attachment tables are the report's data. */
export function partFilter(kind: string): PartFilter {
  if (kind === 'work' || kind === 'plans') return kind;
  return kind === 'annex' ? 'data' : 'other';
}

/** A part filter from a search URL: links shared before the filters lost their years said `part=work-2020`. */
export function partFilterParam(value: string): string {
  return value.replace(/^(work|plans)-\d{4}$/, '$1');
}
