// The data files' column contracts: the importer writes these columns, the data loaders and the site read them.
export type DataFile = 'major-projects.csv' | 'project-groups.csv' | 'double-ten.csv';

export const PROJECT_COLUMNS = ['year', 'list', 'category', 'seq', 'name_zh', 'name_en', 'repeat_of', 'note_zh', 'note_en', 'source_line'] as const;
export const GROUP_COLUMNS = ['year', 'list', 'category', 'label_zh', 'label_en', 'stated_count', 'source_line'] as const;
export const DOUBLE_TEN_COLUMNS = ['list', 'seq', 'name_zh', 'name_en', 'source_line'] as const;
