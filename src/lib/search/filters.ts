// Search filters shared by the markup that sets them and the search UI that offers them.

/** The part filter's values, in the order the search page offers them. */
export const PART_FILTERS = ['work-2020', 'plans-2021', 'data', 'other'] as const;
export type PartFilter = (typeof PART_FILTERS)[number];

/** A <Part kind> as a part filter: the attachment tables are the report's data. */
export function partFilter(kind: string): PartFilter {
  if (kind === 'work-2020' || kind === 'plans-2021') return kind;
  return kind === 'annex' ? 'data' : 'other';
}
