// Build phase: the Pagefind search bundles, one per language, into <site>/pagefind/<lang>/.
//   node scripts/phases/search-index.ts <built site folder>
// Reads every built page, keeps those with data-pagefind-body (chapter text, data, glossary; not
// navigation, not untranslated fallbacks), cuts them into records (scripts/phases/search-records.ts)
// and indexes them with Pagefind's extended binary, which segments Chinese into words.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { pageRecords, type SearchRecord } from './search-records.ts';

/** Only what the site's own search code loads: Pagefind's bundled UIs would be dead weight. */
const KEEP = /^(pagefind\.js|pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|wasm\.[^/]+\.pagefind|index\/.+|fragment\/.+|filter\/.+)$/;

function htmlFiles(dir: string, root = dir): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(full, root);
      return name.endsWith('.html') ? [relative(root, full).split('\\').join('/')] : [];
    });
}

function fail(message: string): never {
  console.error(`search index: ${message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  const site = resolve(process.argv[2] ?? fail('usage: node scripts/phases/search-index.ts <built site folder>'));
  const byLanguage = new Map<string, SearchRecord[]>();
  let pages = 0;
  for (const path of htmlFiles(site)) {
    let records: SearchRecord[];
    try {
      records = pageRecords(readFileSync(join(site, path), 'utf8'), path);
    } catch (error) {
      fail((error as Error).message);
    }
    if (records.length) pages++;
    for (const r of records) byLanguage.set(r.language, [...(byLanguage.get(r.language) ?? []), r]);
  }
  for (const lang of ['zh', 'en']) if (!byLanguage.get(lang)?.length) fail(`no ${lang} page carries data-pagefind-body, so the ${lang} index would be empty`);

  for (const [language, records] of [...byLanguage].sort()) {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
    if (!index) fail(`Pagefind could not start: ${errors.join('; ')}`);
    for (const r of records) {
      const added = await index.addCustomRecord(r);
      if (added.errors.length) fail(`${r.url}: ${added.errors.join('; ')}`);
    }
    const { files, errors: writeErrors } = await index.getFiles();
    if (writeErrors.length) fail(writeErrors.join('; '));
    const out = join(site, 'pagefind', language);
    let bytes = 0;
    let gz = 0;
    let count = 0;
    for (const file of files) {
      const path = file.path.split('\\').join('/');
      if (!KEEP.test(path)) continue;
      mkdirSync(dirname(join(out, path)), { recursive: true });
      writeFileSync(join(out, path), file.content);
      bytes += file.content.byteLength;
      gz += /\.(js|json)$/.test(path) ? gzipSync(file.content).byteLength : file.content.byteLength;
      count++;
    }
    await index.deleteIndex();
    console.log(
      `search index ${language}: ${records.length} records, ${count} files, ${(bytes / 1024).toFixed(0)} KiB (${(gz / 1024).toFixed(0)} KiB over the wire) in pagefind/${language}/`,
    );
  }
  await pagefind.close();
  console.log(`search index: ${pages} pages indexed`);
}

await main();
