// "Cite this": a formatted citation and a BibTeX entry for a chapter or one paragraph.
// Pure and dependency-free: the build renders the chapter citation with it, and the browser script
// (src/scripts/deep-links.ts) the paragraph citation, from the same fields and templates.

/** What a citation says about the cited text; carried to the browser as JSON in data-cite. */
export interface CiteWork {
  lang: 'zh' | 'en';
  /** The report's short name (content/report.json "id"): the BibTeX key starts with it. */
  id: string;
  /** The department responsible for the chapter, where the report names one: cited with the issuer. */
  department?: string;
  issuer: string;
  report: string;
  /** Chapter title in the language of the page. */
  title: string;
  chapter: number;
  /** ISO date of publication (2021-01-06) and the same date as readers of `lang` write it. */
  published: string;
  publishedText: string;
  /** Absolute URL of the chapter page, without fragment. */
  url: string;
  /** Shown after the title on a translated English page ("Unofficial English translation."); else empty. */
  edition: string;
}

/** The interface strings (src/i18n/*.json, key "cite.format") with {{placeholders}} unfilled. */
export interface CiteTemplates {
  chapter: string;
  paragraph: string;
  /** BibTeX note for a paragraph ("Paragraph {{para}}"). */
  note: string;
  /** Stands in for the access date when the page is read without JavaScript. */
  accessedUnknown: string;
  /** biblatex langid: "english", "chinese". */
  langid: string;
}

export interface Citation {
  text: string;
  bibtex: string;
  url: string;
}

/** Fill {{name}} placeholders; an unknown name is an error in the template, not in the data. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`citation template: unknown placeholder {{${name}}} in "${template}"`);
    return String(values[name]);
  });
}

/** Escape text for a braced BibTeX field (the LaTeX specials; the URL field is verbatim and left alone). */
export function bibEscape(text: string): string {
  return text.replace(/[\\{}&%$#_^~]/g, (c) => ({ '\\': '\\textbackslash{}', '^': '\\^{}', '~': '\\~{}' })[c] ?? `\\${c}`);
}

/** ISO date of a Date in the reader's time zone (the day they read the page). */
export function isoDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Citation of the chapter, or of paragraph `para` ("3.12", anchored at `#anchor`) when given.
 * Without `accessed` (no JavaScript, so no reading date) the text shows the template's placeholder
 * and the BibTeX entry leaves out urldate.
 */
export function cite(work: CiteWork, templates: CiteTemplates, options: { para?: string; anchor?: string; accessed?: string } = {}): Citation {
  const { para, anchor, accessed } = options;
  const url = anchor ? `${work.url}#${anchor}` : work.url;
  const author = work.department ? (work.lang === 'zh' ? `${work.issuer}（${work.department}）` : `${work.issuer} (${work.department})`) : work.issuer;
  const values = {
    issuer: author,
    report: work.report,
    title: work.title,
    n: work.chapter,
    para: para ?? '',
    published: work.published,
    date: work.publishedText,
    edition: work.edition,
    url,
    accessed: accessed ?? templates.accessedUnknown,
  };
  const text = fill(para ? templates.paragraph : templates.chapter, values)
    .replace(/\s+/g, ' ')
    .trim();
  const key = `${work.id}${work.published.slice(0, 4)}-${para ? `p${para}` : `ch${work.chapter}`}-${work.lang}`;
  const fields: [string, string][] = [
    ['author', `{${bibEscape(author)}}`],
    ['title', bibEscape(work.title)],
    ['booktitle', bibEscape(work.report)],
    ['chapter', String(work.chapter)],
    ['date', work.published],
    ['year', work.published.slice(0, 4)],
  ];
  if (para) fields.push(['note', bibEscape(fill(templates.note, values).trim())]);
  else if (work.edition) fields.push(['note', bibEscape(work.edition.trim())]);
  fields.push(['url', url]);
  if (accessed) fields.push(['urldate', accessed]);
  fields.push(['langid', templates.langid]);
  const width = Math.max(...fields.map(([name]) => name.length));
  const bibtex = `@inbook{${key},\n${fields.map(([name, value]) => `  ${name.padEnd(width)} = {${value}}`).join(',\n')}\n}`;
  return { text, bibtex, url };
}
