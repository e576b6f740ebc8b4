// A first content/report.json for a new compilation, guessed from its title block. Pure.
// The editor checks it afterwards: the English names and the chapter slugs are placeholders to rename.
import type { ReportConfig, SourceReport } from '#core/model.ts';
import { chapterPrefix } from '#core/schema.ts';

/** "上海市示例区2024年政府有关工作情况…" -> "上海市示例区": the title up to its first year. */
export function districtOf(title: string): string {
  const at = title.search(/\d{4}年/);
  return (at > 0 ? title.slice(0, at) : title).trim();
}

/** "content/source/dept-2024.zh.txt" -> "dept": the source file name's first word, if it is ASCII; else "report". */
export function idOf(source: string): string {
  const word = (source.split('/').pop() ?? '').split(/[-_.\s]/)[0]!.toLowerCase();
  return /^[a-z][a-z0-9]*$/.test(word) ? word : 'report';
}

export function guessReportConfig(report: SourceReport, source: string): ReportConfig {
  const district = districtOf(report.title);
  // The district without its city ("上海市示例区" -> "示例区") makes the short title.
  const local = district.replace(/^.+?市(?=.+[区县]$)/, '');
  const years = report.years ?? { work: Number(report.date.slice(0, 4)) - 1, plans: Number(report.date.slice(0, 4)) };
  const id = idOf(source);
  return {
    id,
    // A placeholder address until the editor sets where the site is published.
    site: `https://${id}-report.example.org`,
    source,
    issuer: { zh: `${district}人民政府`, en: `${district}人民政府` },
    title: { zh: report.title, en: `Government Work in ${years.work} and Main Tasks for ${years.plans}` },
    shortTitle: { zh: `${local}${years.work}年工作和${years.plans}年主要工作`, en: `${years.work} Work and ${years.plans} Plans` },
    district: { zh: district, en: district },
    published: report.date,
    years,
    // The project's own terms, as this site states them; the editor changes them if theirs differ.
    edition: {
      translator: { zh: '本站编辑', en: 'the editors of this site' },
      licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    },
    // Stable ASCII names the editor may rename to English words before publishing (URLs use them).
    slugs: report.chapters.map((c) => `${chapterPrefix(c.order)}-chapter`),
  };
}
