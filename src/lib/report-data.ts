// The summary tables computed by `npm run data` (src/generated/report-data.json), and the figures drawn from them.
import type { ProjectList } from '#core/model.ts';
import { PROJECT_CATEGORIES, PROJECT_LISTS } from '#core/model.ts';
import { englishFigure } from '#core/data/key-figures.ts';
import type { ResolvedKeyFigure } from '#core/data/key-figures.ts';
import { MOVEMENT_FROM, MOVEMENT_TO } from '#core/data/project-movement.ts';
import type { Reconciled } from '#core/data/reconcile.ts';
import type { ReportData } from '#core/data/report-data.ts';
import type { ChartBar, ChartSeries, StackedBarChart } from './charts.ts';
import type { Row, Table } from './published-data.ts';
import generated from '../generated/report-data.json';
import { HTML_LANG, type Lang, t } from './i18n.ts';
import { slugOrder } from '#core/schema.ts';

export const reportData = generated as unknown as ReportData;

/** A figure: the chart, its source line, its data table (for the page) and its data (for the CSV download). */
export interface Figure {
  id: string;
  number: number;
  title: string;
  source: string;
  chart: StackedBarChart;
  /** Column heads and rows of the data table shown with the chart. */
  table: { corner: string; columns: string[]; rows: { label: string; cells: number[] }[]; totals: { label: string; cells: number[] }; note?: string };
  data: Table;
  /** On the chapter page, the figure follows the table of this year and list. */
  after?: { year: number; list: ProjectList };
}

/** The year x list x category table as data rows (figure CSVs and /data/project-counts.csv). */
export const countRows = (cells: ReportData['counts'][number]['cells']): Row[] =>
  cells.map((c) => ({ year: c.year, list: c.list, category: c.category, rows: c.rows }));

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

/** "new starts 26 (infrastructure 7, …); completed …" as the chart's description. */
function describe(lang: Lang, bars: ChartBar[], series: readonly ChartSeries[]): string {
  const tr = t(lang);
  return bars
    .map((b) =>
      tr('figures.barDesc', {
        bar: b.label,
        total: sum(series.map((s) => b.values[s.key] ?? 0)),
        parts: series
          .filter((s) => (b.values[s.key] ?? 0) > 0)
          .map((s) => `${s.label} ${b.values[s.key]}`)
          .join(tr('figures.sep')),
      }),
    )
    .join(tr('figures.barSep'));
}

function tableOf(bars: ChartBar[], series: readonly ChartSeries[], corner: string, total: string): Figure['table'] {
  const rows = bars.map((b) => {
    const cells = series.map((s) => b.values[s.key] ?? 0);
    return { label: b.label, cells: [...cells, sum(cells)] };
  });
  return {
    corner,
    columns: [...series.map((s) => s.label), total],
    rows,
    totals: { label: total, cells: rows[0]!.cells.map((_, k) => sum(rows.map((r) => r.cells[k]!))) },
  };
}

export function figures(lang: Lang): Figure[] {
  const tr = t(lang);
  const { counts, movement, annexes } = reportData;
  const max = Math.max(...counts.flatMap((y) => PROJECT_LISTS.map((l) => y.lists[l])));
  const categorySeries = PROJECT_CATEGORIES.map((c) => ({ key: c, label: tr(`categories.${c}`) }));
  const yearly = counts.map((y, k): Figure => {
    const bars = PROJECT_LISTS.map((list) => ({
      key: list,
      label: tr(`stage.${list}`),
      values: Object.fromEntries(y.cells.filter((c) => c.list === list).map((c) => [c.category, c.rows])),
    }));
    const id = `projects-${y.year}`;
    const title = tr('figures.projectsTitle', { year: y.year });
    return {
      id,
      number: k + 1,
      title,
      source: tr('figures.projectsSource', { year: y.year, annex: annexOfYear(y.year) ?? k + 1 }),
      chart: {
        id: `fig${k + 1}`,
        lang: HTML_LANG[lang],
        title,
        description: describe(lang, bars, categorySeries),
        axisLabel: tr('figures.axisProjects'),
        series: categorySeries,
        bars,
        max,
      },
      table: {
        ...tableOf(bars, categorySeries, tr('figures.listCategory'), tr('figures.rowsTotal')),
        note: tr('figures.projectsNote', { year: y.year, rows: y.total.rows, projects: y.total.projects, shared: y.total.rows - y.total.projects }),
      },
      data: { columns: ['year', 'list', 'category', 'rows'], rows: countRows(y.cells) },
      after: { year: y.year, list: PROJECT_LISTS[PROJECT_LISTS.length - 1]! },
    };
  });

  if (!movement) return yearly;
  const { fromYear, toYear } = movement;
  const fromLabel = (f: (typeof MOVEMENT_FROM)[number]) =>
    f === 'new' ? tr('figures.notListed', { year: fromYear }) : tr('figures.inYear', { year: fromYear, stage: tr(`stage.${f}`) });
  const toSeries = MOVEMENT_TO.map((to) => ({
    key: to,
    label: to === 'none' ? tr('figures.notListed', { year: toYear }) : tr('figures.inYear', { year: toYear, stage: tr(`stage.${to}`) }),
  }));
  const bars = MOVEMENT_FROM.map((from) => ({
    key: from,
    label: fromLabel(from),
    values: Object.fromEntries(movement.cells.filter((c) => c.from === from).map((c) => [c.to, c.count])),
  }));
  const number = yearly.length + 1;
  const title = tr('figures.movementTitle', { from: fromYear, to: toYear });
  const moving: Figure = {
    id: `movement-${fromYear}-${toYear}`,
    number,
    title,
    source: tr('figures.movementSource', {
      annexes: annexWords(
        lang,
        [fromYear, toYear].flatMap((y) => annexOfYear(y) ?? []),
      ),
    }),
    chart: {
      id: `fig${number}`,
      lang: HTML_LANG[lang],
      title,
      description: describe(lang, bars, toSeries),
      axisLabel: tr('figures.axisProjects'),
      series: toSeries,
      bars,
    },
    table: {
      ...tableOf(bars, toSeries, tr('figures.fromTo', { from: fromYear, to: toYear }), tr('figures.rowsTotal')),
      note: tr('figures.movementNote', {
        splits: movement.splits,
        from: fromYear,
        to: toYear,
        projects: counts.find((c) => c.year === toYear)?.total.projects ?? 0,
      }),
    },
    data: {
      columns: [`stage_${fromYear}`, `stage_${toYear}`, 'projects'],
      rows: movement.cells.map((c): Row => ({ [`stage_${fromYear}`]: c.from, [`stage_${toYear}`]: c.to, projects: c.count })),
    },
    after: { year: toYear, list: PROJECT_LISTS[PROJECT_LISTS.length - 1]! },
  };
  return [...yearly, moving];
}

export const chartFile = (lang: Lang, id: string, ext: 'svg' | 'png'): string => `data/charts/${lang}/${id}.${ext}`;
export const chartDataFile = (id: string): string => `data/charts/${id}.csv`;

/** A reconciliation reason in plain words. */
export function reasonText(lang: Lang, r: Reconciled): string {
  const tr = t(lang);
  const base = r.reason.key === 'match' || r.reason.key === 'note' ? '' : tr(`reconcile.reason.${r.reason.key}`, r.reason.values);
  return [base, r.note?.[lang] ?? ''].filter(Boolean).join(' ');
}

/** A stated number as a reader sees it: "26", "28.2%", "1.18 million m²" / "118万平方米". */
export function statedText(lang: Lang, unit: Reconciled['unit'], value: number): string {
  if (unit === 'percent') return `${value}%`;
  if (unit === 'm2') return lang === 'zh' ? `${value / 1e4}万平方米` : englishFigure(value, 'm²');
  return String(value);
}

/** A key figure as displayed: "2万余人" / "more than 20,000 people". */
export function figureValue(lang: Lang, f: ResolvedKeyFigure): string {
  if (lang === 'zh') return `${f.zhNumber}${f.unit.zh}`;
  const text = englishFigure(f.value, f.unit.en);
  return f.approximate ? t(lang)('keyFigures.moreThan', { value: text }) : text;
}

export const keyFiguresOf = (chapter: number): ResolvedKeyFigure[] => reportData.keyFigures.filter((f) => f.chapter === chapter);

/** What a stated total is about: "2021 · New starts · Functional", "2021 “Double Ten” · Completed". */
export function scopeText(lang: Lang, r: Reconciled): string {
  const tr = t(lang);
  const sep = tr('figures.sep');
  if (r.measure === 'double-ten') return tr('reconcile.scope.doubleTen', { year: r.scope.year, list: tr(`stage.${r.doubleTenList}`) });
  if (r.measure === 'growth') return tr('reconcile.scope.growth', { year: r.scope.year, previous: r.scope.year - 1 });
  const parts = [
    tr('reconcile.scope.year', { year: r.scope.year }),
    r.scope.lists ? r.scope.lists.map((l) => tr(`stage.${l}`)).join(sep) : tr('reconcile.scope.allLists'),
    ...(r.scope.categories ? [r.scope.categories.map((c) => tr(`categories.${c}`)).join(sep)] : []),
  ];
  return (r.unit === 'm2' ? tr('reconcile.scope.area') : '') + parts.join(' · ');
}

/** The number of the attachment that prints the project tables of `year`. */
const annexOfYear = (year: number): number | undefined => reportData.annexes.find((a) => a.tables.some((t) => t.year === year))?.n;

/** The key figures page exists only when content/key-figures.json names some. */
export const hasKeyFigures = (): boolean => reportData.keyFigures.length > 0;
/** The data page exists when there is something to show or download: project tables or key figures. */
export const hasDataPage = (): boolean => reportData.annexSlug !== null || hasKeyFigures();

/** "Annex 1", "Annexes 1 and 2" / "附件1、附件2". */
export function annexWords(lang: Lang, ns: readonly number[]): string {
  if (lang === 'zh') return ns.map((n) => `附件${n}`).join('、');
  const list = new Intl.ListFormat('en', { type: 'conjunction' }).format(ns.map(String));
  return ns.length === 1 ? `Annex ${list}` : `Annexes ${list}`;
}

/** The years, chapter and attachment numbers the data page's sentences name, all read from the data. */
export function dataWords(lang: Lang): Record<string, string | number> {
  const { counts, annexes, movement, annexSlug } = reportData;
  const years = counts.map((c) => c.year);
  const doubleTen = annexes.find((a) => a.doubleTen);
  const chapter = annexSlug === null ? '' : slugOrder(annexSlug);
  return {
    years: years.join(lang === 'zh' ? '—' : '–'),
    yearsAnd: lang === 'zh' ? years.join('、') : new Intl.ListFormat('en', { type: 'conjunction' }).format(years.map(String)),
    from: movement?.fromYear ?? '',
    to: movement?.toYear ?? '',
    chapter,
    annexes: annexWords(
      lang,
      annexes.filter((a) => a.tables.length > 0).map((a) => a.n),
    ),
    annex: doubleTen ? annexWords(lang, [doubleTen.n]) : '',
    year: doubleTenYear() ?? '',
  };
}

/** The "double ten" lists belong to the latest year of the tables. */
export const doubleTenYear = (): number | undefined => reportData.counts.map((c) => c.year).at(-1);
