// Every file under /data/: the project data, the summary tables and the charts, served by the endpoints in
// src/pages/data/ (one per file name pattern, so that each route names its extension and the dev server serves it
// without a trailing slash). The PNG twins of the chart SVGs are made after the Astro build (scripts/phases/chart-images.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { type ChartFrame, stackedBarSvg } from './charts.ts';
import { doubleTenTable, projectTable, type Row, type Table, tableCsv, tableJson } from './published-data.ts';
import chartCss from '../styles/charts.css?raw';
import { LANGS, t } from './i18n.ts';
import { doubleTen, projects } from './projects.ts';
import { chartDataFile, chartFile, countRows, figures, reasonText, reportData } from './report-data.ts';
import type { ProjectRef, ReportData } from '#core/data/report-data.ts';

export interface Download {
  /** Path below the site base, e.g. "data/major-projects.csv". */
  path: string;
  type: string;
  body: () => string;
}

const CSV = 'text/csv; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';
const SVG = 'image/svg+xml; charset=utf-8';

/** The published data tables, by file stem: each is offered as CSV and JSON. A table with no rows is not published. */
export function dataTables(): Record<string, Table> {
  const tables = allTables();
  return Object.fromEntries(Object.entries(tables).filter(([, table]) => table.rows.length > 0));
}

function allTables(): Record<string, Table> {
  const { movement, counts, reconciliation, keyFigures } = reportData;
  const printed = (p: { printed: { list: string; seq: number | null }[] }) => p.printed.map((x) => `${x.list}:${x.seq ?? ''}`).join('|');
  return {
    'major-projects': projectTable(projects),
    'double-ten': doubleTenTable(doubleTen),
    'project-counts': {
      columns: ['year', 'list', 'category', 'rows'],
      rows: counts.flatMap((y) => countRows(y.cells)),
    },
    ...(movement ? { [`movement-${movement.fromYear}-${movement.toYear}`]: movementTable(movement, printed) } : {}),
    reconciliation: {
      columns: ['id', 'kind', 'block', 'quote_zh', 'stated', 'unit', 'counted', 'difference', 'status', 'reason_zh', 'reason_en'],
      rows: reconciliation.map((r) => ({
        id: r.id,
        kind: r.kind,
        block: r.block,
        quote_zh: r.quote,
        stated: r.stated,
        unit: r.unit,
        counted: r.counted,
        difference: r.difference,
        status: r.status,
        reason_zh: reasonText('zh', r) || null,
        reason_en: reasonText('en', r) || null,
      })),
    },
    'key-figures': {
      columns: ['id', 'chapter', 'paragraph', 'year', 'value', 'unit_zh', 'unit_en', 'label_zh', 'label_en', 'printed_zh'],
      rows: keyFigures.map((f) => ({
        id: f.id,
        chapter: f.chapter,
        paragraph: f.paragraph,
        year: f.year,
        value: f.value,
        unit_zh: f.unit.zh,
        unit_en: f.unit.en,
        label_zh: f.label.zh,
        label_en: f.label.en,
        printed_zh: `${f.zhNumber}${f.unit.zh}`,
      })),
    },
  };
}

function movementTable(movement: NonNullable<ReportData['movement']>, printed: (p: ProjectRef) => string): Table {
  return {
    columns: [
      'from_stage',
      'from_printed',
      'from_name_zh',
      'from_name_en',
      'to_stage',
      'to_printed',
      'to_name_zh',
      'to_name_en',
      'basis',
      'note_zh',
      'note_en',
    ],
    rows: [
      ...movement.earlier.flatMap((e): Row[] => {
        const from = { from_stage: e.project.stage, from_printed: printed(e.project), from_name_zh: e.project.name.zh, from_name_en: e.project.name.en };
        if (e.next.length === 0)
          return [{ ...from, to_stage: 'none', to_printed: null, to_name_zh: null, to_name_en: null, basis: null, note_zh: null, note_en: null }];
        return e.next.map((n) => ({
          ...from,
          to_stage: n.project.stage,
          to_printed: printed(n.project),
          to_name_zh: n.project.name.zh,
          to_name_en: n.project.name.en,
          basis: n.basis,
          note_zh: n.note?.zh ?? null,
          note_en: n.note?.en ?? null,
        }));
      }),
      ...movement.added.map(
        (p): Row => ({
          from_stage: 'new',
          from_printed: null,
          from_name_zh: null,
          from_name_en: null,
          to_stage: p.stage,
          to_printed: printed(p),
          to_name_zh: p.name.zh,
          to_name_en: p.name.en,
          basis: null,
          note_zh: null,
          note_en: null,
        }),
      ),
    ],
  };
}

export function downloads(): Download[] {
  const out: Download[] = [];
  for (const [stem, table] of Object.entries(dataTables())) {
    out.push({ path: `data/${stem}.csv`, type: CSV, body: () => tableCsv(table) });
    out.push({ path: `data/${stem}.json`, type: JSON_TYPE, body: () => tableJson(table) });
  }
  for (const f of figures('en')) out.push({ path: chartDataFile(f.id), type: CSV, body: () => tableCsv(f.data) });
  for (const lang of LANGS) {
    for (const f of figures(lang)) {
      const frame: ChartFrame = { heading: t(lang)('figures.heading', { n: f.number, title: f.title }), source: f.source, css: chartCss };
      out.push({ path: chartFile(lang, f.id, 'svg'), type: SVG, body: () => `<?xml version="1.0" encoding="UTF-8"?>\n${stackedBarSvg(f.chart, frame)}\n` });
    }
  }
  return out;
}

/**
 * getStaticPaths and GET of an endpoint serving the downloads whose path matches `pattern`; the named groups of
 * the pattern are the route's params (e.g. /^data\/(?<file>[^/]+)\.csv$/ for src/pages/data/[file].csv.ts).
 */
export function downloadEndpoint(pattern: RegExp): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  return {
    getStaticPaths: () =>
      downloads().flatMap((d) => {
        const m = pattern.exec(d.path);
        return m?.groups ? [{ params: m.groups, props: { download: d } }] : [];
      }),
    GET: ({ props }) => {
      const { download } = props as { download: Download };
      return new Response(download.body(), { headers: { 'Content-Type': download.type } });
    },
  };
}
