// Everything about content/ that must hold before Astro builds, each problem named by file and line or field.
// Pure over a file reader, so tests can feed it malformed trees.
import { type ChapterDoc, HAN, parseChapterDoc } from '#core/chapter-doc.ts';
import { checkContentLink, checkInline } from './inline-check.ts';
import { InputError, PART_KINDS, PROJECT_LISTS } from '#core/model.ts';
import { DATA_FILES, parseDoubleTenCsv, parseGroups, parseProjects } from '#core/data/project-data.ts';
import { chapterPrefix, chapterSchema, describeZodError, glossaryTermSchema } from '#core/schema.ts';
import { checkStructure, type GlossaryTerm, zhForms } from '#core/translation/translation-check.ts';

export interface ContentTree {
  /** File names (not paths) in content/chapters/<lang>/. */
  list(dir: 'zh' | 'en'): string[];
  /** Text of a file relative to the project root, or undefined if it does not exist. */
  read(path: string): string | undefined;
}

export interface CheckedContent {
  zh: Map<string, ChapterDoc>;
  en: Map<string, ChapterDoc>;
  glossary: GlossaryTerm[];
}

/**
 * Collects problems instead of stopping at the first, so an editor sees them all at once. Warnings are what a new
 * report may legitimately have (glossary terms carried over from another year that its text does not use).
 */
export function checkContent(tree: ContentTree): { problems: string[]; warnings: string[]; content: CheckedContent } {
  const problems: string[] = [];
  const warnings: string[] = [];
  const attempt = <T>(fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (error) {
      problems.push(error instanceof InputError ? error.message : String(error));
      return undefined;
    }
  };
  const content: CheckedContent = { zh: new Map(), en: new Map(), glossary: [] };
  const text = (path: string): string => {
    const t = tree.read(path);
    if (t === undefined) throw new InputError(path, undefined, 'file not found');
    return t;
  };

  // Files that exist but could not be read: checks that depend on them stay quiet rather than pile up.
  const unreadable = new Set<string>();
  for (const lang of ['zh', 'en'] as const) {
    for (const name of tree.list(lang)) {
      const path = `content/chapters/${lang}/${name}`;
      const doc = attempt(() => parseChapterDoc(tree.read(path) ?? '', path));
      if (!doc) {
        unreadable.add(path);
        continue;
      }
      const parsed = chapterSchema.safeParse(doc.data);
      if (!parsed.success) {
        for (const m of describeZodError(parsed.error)) problems.push(`${path}: frontmatter ${m}`);
        unreadable.add(path);
        continue;
      }
      const data = parsed.data;
      if (data.lang !== lang) problems.push(`${path}: frontmatter field "lang" is "${data.lang}" but the file is in content/chapters/${lang}/`);
      if (`${data.slug}.mdx` !== name) problems.push(`${path}: frontmatter field "slug" is "${data.slug}" but the file is named ${name}`);
      if (!data.slug.startsWith(`${chapterPrefix(data.order)}-`))
        problems.push(`${path}: frontmatter field "order" (${data.order}) does not match the slug "${data.slug}"`);
      if (lang === 'en') problems.push(...straightQuotes(path, tree.read(path) ?? '', { title: data.title, tocTitle: data.tocTitle }));
      const seen = new Map<string, number>();
      for (const b of doc.blocks) {
        const first = seen.get(b.id);
        if (first !== undefined) problems.push(`${path}:${b.line}: duplicate id "${b.id}" (first used on line ${first})`);
        seen.set(b.id, b.line);
      }
      content[lang].set(name, doc);
    }
  }

  // Inline markup of every block, then its links (which need every chapter's ids).
  const chapterIds = new Map([...content.zh.values()].map((d) => [String(d.data.slug), new Set(d.blocks.map((b) => b.id))]));
  for (const lang of ['zh', 'en'] as const) {
    for (const doc of content[lang].values()) {
      const { problems: inline, links } = checkInline(doc);
      problems.push(...inline);
      for (const link of links) {
        const problem = checkContentLink(link.url, doc, lang, chapterIds);
        if (problem) problems.push(`${doc.file}:${link.line}: ${problem}`);
      }
    }
  }

  // The chapters content/report.json lists are exactly the Chinese chapters.
  const report = attempt(() => {
    try {
      return JSON.parse(text('content/report.json')) as { slugs?: unknown } & Record<string, { en?: unknown } | undefined>;
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError('content/report.json', undefined, `invalid JSON: ${(error as Error).message}`);
    }
  });
  if (report) {
    const slugs = Array.isArray(report.slugs) ? report.slugs.map(String) : [];
    if (!Array.isArray(report.slugs)) problems.push('content/report.json: field "slugs" must be an array of chapter slugs');
    const zhFiles = new Set(tree.list('zh'));
    slugs.forEach((slug, k) => {
      if (zhFiles.size > 0 && !zhFiles.has(`${slug}.mdx`))
        problems.push(`content/report.json: field "slugs[${k}]": "${slug}" names no chapter (no content/chapters/zh/${slug}.mdx)`);
    });
    for (const slug of chapterIds.keys())
      if (zhFiles.has(`${slug}.mdx`) && !slugs.includes(slug))
        problems.push(`content/report.json: field "slugs" does not list the chapter "${slug}" (content/chapters/zh/${slug}.mdx)`);
    // new-report leaves the English names as the Chinese until the editor writes them.
    for (const field of ['issuer', 'district', 'title', 'shortTitle']) {
      const en = report[field]?.en;
      if (typeof en === 'string' && HAN.test(en)) warnings.push(`content/report.json: field "${field}.en" is still Chinese ("${en}"): give the English name`);
    }
  }

  for (const [name, en] of content.en) {
    const zh = content.zh.get(name);
    if (!zh) {
      if (!unreadable.has(`content/chapters/zh/${name}`)) problems.push(`${en.file}: no Chinese chapter content/chapters/zh/${name} to translate from`);
      continue;
    }
    if (en.data.translated) for (const issue of checkStructure(zh, en)) problems.push(`${issue.file}:${issue.line}: ${issue.message}`);
  }

  for (const doc of [...content.zh.values(), ...content.en.values()]) {
    for (const b of doc.blocks.filter((x) => x.component === 'Part')) {
      const kind = b.attrs.kind ?? '';
      if (!(PART_KINDS as readonly string[]).includes(kind))
        problems.push(`${doc.file}:${b.line}: <Part kind="${kind}"> is not one of ${PART_KINDS.join(', ')}`);
      else if ((kind === 'work' || kind === 'plans') && !/^\d{4}$/.test(b.attrs.year ?? ''))
        problems.push(`${doc.file}:${b.line}: <Part kind="${kind}"> needs the year it is about, as year="2021"`);
    }
  }

  const groups = attempt(() => parseGroups(text(DATA_FILES.groups)));
  attempt(() => parseProjects(text(DATA_FILES.projects)));
  attempt(() => parseDoubleTenCsv(text(DATA_FILES.doubleTen)));
  if (groups) {
    for (const doc of [...content.zh.values(), ...content.en.values()]) {
      for (const b of doc.blocks.filter((x) => x.component === 'ProjectTable')) {
        const year = Number(b.attrs.year);
        const list = b.attrs.list ?? '';
        if (!(PROJECT_LISTS as readonly string[]).includes(list))
          problems.push(`${doc.file}:${b.line}: <ProjectTable> list="${list}" is not one of ${PROJECT_LISTS.join(', ')}`);
        else if (!groups.some((g) => g.year === year && g.list === list))
          problems.push(`${doc.file}:${b.line}: <ProjectTable year={${year}} list="${list}"> has no rows in ${DATA_FILES.groups}`);
      }
    }
  }

  const glossaryText = tree.read('content/glossary.json');
  if (glossaryText !== undefined) {
    const parsed = attempt(() => {
      try {
        return JSON.parse(glossaryText) as { terms?: unknown };
      } catch (error) {
        throw new InputError('content/glossary.json', undefined, `invalid JSON: ${(error as Error).message}`);
      }
    });
    const terms = Array.isArray(parsed?.terms) ? parsed.terms : [];
    if (parsed && !Array.isArray(parsed.terms)) problems.push('content/glossary.json: field "terms" must be an array');
    const zhText = [...content.zh.values()].map((d) => d.blocks.map((b) => b.inner).join('\n')).join('\n');
    const ids = new Set<string>();
    terms.forEach((raw, k) => {
      const r = glossaryTermSchema.safeParse(raw);
      if (!r.success) {
        for (const m of describeZodError(r.error)) problems.push(`content/glossary.json: terms[${k}] ${m}`);
        return;
      }
      const term = r.data;
      if (ids.has(term.id)) problems.push(`content/glossary.json: terms[${k}] duplicate id "${term.id}"`);
      ids.add(term.id);
      if (content.zh.size > 0 && unreadable.size === 0 && !zhForms(term).some((f) => zhText.includes(f)))
        warnings.push(`content/glossary.json: terms[${k}] ("${term.id}"): "${term.zh}" occurs in no Chinese chapter`);
      content.glossary.push(term);
    });
  }

  const zhUi = attempt(() => JSON.parse(text('src/i18n/zh.json')) as Record<string, unknown>);
  const enUi = attempt(() => JSON.parse(text('src/i18n/en.json')) as Record<string, unknown>);
  if (zhUi && enUi) {
    // Plural forms (key_one, key_other) count as their key: English has two forms where Chinese has one.
    const zk = new Set(flatKeys(zhUi).map(pluralBase));
    const ek = new Set(flatKeys(enUi).map(pluralBase));
    for (const k of zk) if (!ek.has(k)) problems.push(`src/i18n/en.json: missing interface string "${k}" (present in zh.json)`);
    for (const k of ek) if (!zk.has(k)) problems.push(`src/i18n/zh.json: missing interface string "${k}" (present in en.json)`);
    // A string that counts a second thing nests another: $t(count.chapters, {...}) must name a string that exists.
    for (const [lang, ui, keys] of [
      ['zh', zhUi, zk],
      ['en', enUi, ek],
    ] as const) {
      for (const [key, value] of flatEntries(ui)) {
        for (const m of value.matchAll(/\$t\(([\w.-]+)/g))
          if (!keys.has(m[1]!)) problems.push(`src/i18n/${lang}.json: interface string "${key}" nests "$t(${m[1]}" but there is no interface string "${m[1]}"`);
      }
    }
  }
  return { problems, warnings, content };
}

/** "glossary.uses_one" -> "glossary.uses": i18next's plural suffixes (CLDR categories) stripped. */
export const pluralBase = (key: string): string => key.replace(/_(zero|one|two|few|many|other)$/, '');

function flatEntries(obj: Record<string, unknown>, prefix = ''): [string, string][] {
  return Object.entries(obj).flatMap(([k, v]): [string, string][] =>
    v && typeof v === 'object' ? flatEntries(v as Record<string, unknown>, `${prefix}${k}.`) : [[`${prefix}${k}`, String(v)]],
  );
}

export function flatKeys(obj: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? flatKeys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

/**
 * English titles are shown as written (the Markdown renderer's typographic quotes reach only the body text), so they
 * must be typed with curly quotes: “ ” for double quotes, ’ for apostrophes. One problem per field, at its line.
 */
export function straightQuotes(path: string, text: string, fields: Record<string, string>): string[] {
  const lines = text.split('\n');
  const out: string[] = [];
  for (const [field, value] of Object.entries(fields)) {
    const found = [value.includes('"') && 'straight double quotes (")', value.includes("'") && "straight apostrophes (')"].filter(Boolean);
    if (found.length === 0) continue;
    const line = lines.findIndex((l) => l.startsWith(`${field}:`)) + 1;
    out.push(`${path}${line ? `:${line}` : ''}: frontmatter field "${field}" has ${found.join(' and ')}; use “ ” and ’: ${value}`);
  }
  return out;
}
