// npm run new-report -- <raw-compilation.txt>: start a new report from a raw compilation text.
// Writes content/report.json, content/source/<file> (as UTF-8), the Chinese chapters and data files, and empties
// what belonged to the previous report (errata, key figures, stated totals, renames, English chapters).
// The glossary stays: it is the translation memory for the next report.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { InputError } from '#core/model.ts';
import { decodeSource } from './importer/decode.ts';
import { importReport } from './importer/importer.ts';
import { guessReportConfig } from './importer/report-config.ts';
import { parseSource } from './importer/source-parser.ts';
import { ROOT } from './shared/project.ts';

/** Files that describe one report only, reset to their empty form (header line or empty list). */
const HEADER_ONLY = ['content/data/stated-totals.csv', 'content/data/project-renames.csv'];

function main(): void {
  const arg = process.argv[2];
  if (!arg) throw new InputError('new-report', undefined, 'name the raw compilation: npm run new-report -- path/to/compilation.txt');
  const rawPath = resolve(process.env.INIT_CWD ?? process.cwd(), arg);
  if (!existsSync(rawPath)) throw new InputError(arg, undefined, 'file not found');
  const decoded = decodeSource(readFileSync(rawPath), arg);
  const source = `content/source/${basename(rawPath).replace(/\.txt$/, '')}.txt`;
  const report = parseSource(decoded.text, arg);
  const config = guessReportConfig(report, source);
  // Everything is computed before anything is written, so bad input leaves content/ as it was.
  const imported = importReport(decoded.text, { sourceFile: source, slugs: config.slugs, errata: [] });

  const content = join(ROOT, 'content');
  const replaced: string[] = [];
  for (const lang of ['zh', 'en']) {
    const dir = join(content, 'chapters', lang);
    for (const name of existsSync(dir) ? readdirSync(dir) : []) {
      if (!name.endsWith('.mdx')) continue;
      rmSync(join(dir, name));
      replaced.push(`${lang}/${name}`);
    }
  }
  writeFileSync(join(ROOT, source), decoded.text);
  writeJson('content/report.json', { $comment: comment('content/report.json'), ...config });
  writeJson('content/source/errata.json', { $comment: comment('content/source/errata.json'), errata: [] });
  writeJson('content/key-figures.json', { ...(comment('content/key-figures.json') ? { $comment: comment('content/key-figures.json') } : {}), figures: [] });
  for (const file of HEADER_ONLY) {
    const path = join(ROOT, file);
    if (existsSync(path)) writeFileSync(path, `${readFileSync(path, 'utf8').split('\n')[0]}\n`);
  }
  for (const [path, text] of imported.files) {
    mkdirSync(dirname(join(content, path)), { recursive: true });
    writeFileSync(join(content, path), text);
  }

  console.log(`read ${arg} as ${decoded.encoding}, ${decoded.lineEnds} line ends; saved as ${source} (UTF-8)`);
  for (const note of imported.notes) console.log(`  ${note}`);
  const s = imported.summary;
  console.log(`new report "${config.title.zh}" (${config.published}), work ${config.years.work}, plans ${config.years.plans}`);
  console.log(`  ${s.chapters} chapters, ${s.headings} headings, ${s.paragraphs} paragraphs, ${s.projectRows} project rows`);
  if (replaced.length) console.log(`  replaced the previous report's ${replaced.length} chapter files (git restore content/ undoes this)`);
  console.log(
    [
      'next:',
      '  1. check content/report.json: English names (issuer, district, title), chapter slugs (rename "NN-chapter" to English words, then `npm run import`)',
      '  2. npm run build  (English pages show the Chinese with a notice until content/chapters/en/<slug>.mdx is translated)',
    ].join('\n'),
  );
}

/** The $comment an existing file carries, kept for the next editor. */
function comment(path: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as { $comment?: string }).$comment;
  } catch {
    return undefined;
  }
}

function writeJson(path: string, value: unknown): void {
  writeFileSync(join(ROOT, path), `${JSON.stringify(value, null, 2)}\n`);
  console.log(`wrote ${relative(ROOT, join(ROOT, path))}`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof InputError ? `new-report failed: ${error.message}` : error);
  process.exit(1);
}
