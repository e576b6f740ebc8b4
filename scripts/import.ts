// npm run import [-- <source.txt>]: raw compilation text -> content/chapters/zh/*.mdx and content/data/*.csv
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { readCsv } from '#core/data/csv.ts';
import { type DataFile, DOUBLE_TEN_COLUMNS, GROUP_COLUMNS, PROJECT_COLUMNS } from '#core/data/columns.ts';
import { decodeSource } from './importer/decode.ts';
import { importReport } from './importer/importer.ts';
import { InputError } from '#core/model.ts';
import { readJson, reportConfig, ROOT } from './shared/project.ts';

function main(): void {
  const config = reportConfig();
  const source = process.argv[2] ?? config.source;
  const errata = readJson<{ errata: { line: number; text: string; zh: string; en: string }[] }>('content/source/errata.json').errata;
  const contentDir = join(ROOT, 'content');
  const previous: Partial<Record<DataFile, Record<string, string>[]>> = {};
  const columns: Record<DataFile, readonly string[]> = {
    'major-projects.csv': PROJECT_COLUMNS,
    'project-groups.csv': GROUP_COLUMNS,
    'double-ten.csv': DOUBLE_TEN_COLUMNS,
  };
  for (const [name, cols] of Object.entries(columns) as [DataFile, readonly string[]][]) {
    const path = join(contentDir, 'data', name);
    if (existsSync(path)) previous[name] = readCsv(readFileSync(path, 'utf8'), relative(ROOT, path), cols).map((r) => r.row);
  }

  const sourcePath = join(ROOT, source);
  if (!existsSync(sourcePath)) throw new InputError(source, undefined, 'source file not found');
  const decoded = decodeSource(readFileSync(sourcePath), relative(ROOT, sourcePath));
  const { files, summary, notes } = importReport(decoded.text, {
    sourceFile: relative(ROOT, sourcePath),
    slugs: config.slugs,
    errata,
    previous,
  });
  for (const [path, text] of files) {
    const out = join(contentDir, path);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, text);
  }
  // A slug renamed in report.json leaves the chapter's old file behind: the import owns content/chapters/zh/.
  const zhDir = join(contentDir, 'chapters', 'zh');
  const stale = readdirSync(zhDir).filter((name) => name.endsWith('.mdx') && !files.has(`chapters/zh/${name}`));
  for (const name of stale) rmSync(join(zhDir, name));
  console.log(`read ${relative(ROOT, sourcePath)} as ${decoded.encoding}, ${decoded.lineEnds} line ends`);
  if (stale.length > 0) console.log(`  removed ${stale.length} Chinese chapter file(s) no slug names any more: ${stale.join(', ')}`);
  for (const note of notes) console.log(`  ${note}`);
  console.log(
    `imported ${relative(ROOT, sourcePath)}: ${summary.chapters} chapters, ${summary.headings} headings, ${summary.paragraphs} paragraphs, ` +
      `${summary.projectRows} project rows, ${summary.doubleTenRows} "double ten" rows -> ${files.size} files in content/`,
  );
}

try {
  main();
} catch (error) {
  console.error(error instanceof InputError ? `import failed: ${error.message}` : error);
  process.exit(1);
}
