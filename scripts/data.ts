// npm run data: the summary tables, reconciliation and key figures, computed from content/ into
// src/generated/report-data.json (gitignored; never edit it). The build runs it before Astro, and `npm run dev` too.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chapterFiles, loadChapter } from './shared/content.ts';
import { InputError } from '#core/model.ts';
import { ROOT } from './shared/project.ts';
import { REPORT_DATA_FILE, reportDataFromFiles } from '#core/data/report-data.ts';

const read = (path: string): string => {
  try {
    return readFileSync(join(ROOT, path), 'utf8');
  } catch {
    throw new InputError(path, undefined, 'file not found');
  }
};

try {
  const started = performance.now();
  const byOrder = (lang: 'zh' | 'en') =>
    new Map(
      chapterFiles(lang)
        .map((f) => loadChapter(lang, f))
        .filter((d) => lang === 'zh' || d.data.translated)
        .map((d) => [Number(d.data.order), d]),
    );
  const zh = byOrder('zh');
  const en = byOrder('en');
  const data = reportDataFromFiles(read, zh, en);
  const out = join(ROOT, REPORT_DATA_FILE);
  const text = `${JSON.stringify(data, null, 1)}\n`;
  // Rewrite only on change, so the dev server does not reload for nothing.
  if (!existsSync(out) || readFileSync(out, 'utf8') !== text) {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, text);
  }
  const r = data.reconciliation;
  const by = (s: string) => r.filter((x) => x.status === s).length;
  const totals = data.counts.map((c) => `${c.year}: ${c.total.rows} rows, ${c.total.projects} projects`).join('; ') || 'no project tables';
  console.log(
    `data ok: ${totals}; ${r.length} stated totals (${by('match')} match, ${by('differs')} differ, ${by('uncountable')} cannot be counted); ${data.keyFigures.length} key figures; ${((performance.now() - started) / 1000).toFixed(2)}s -> ${REPORT_DATA_FILE}`,
  );
} catch (error) {
  console.error(error instanceof InputError ? `data: ${error.message}` : error);
  process.exit(1);
}
