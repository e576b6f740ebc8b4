// Bad input never ships: each malformed variant of the real content fails the pre-build checks with a message
// naming the file and the line or field. (tests/build/failed-build.test.ts runs a few through `npm run build`.)
import { describe, expect, it } from 'vitest';
import { checkContent, type ContentTree } from '../../scripts/checks/content-check.ts';
import { diskTree } from '../../scripts/checks/fs-tree.ts';
import { ROOT } from '../../scripts/shared/project.ts';

const disk = diskTree(ROOT);

/** The real content with some files edited (a function of their text), removed (undefined) or added. */
function editedTree(edits: Record<string, ((text: string) => string) | string | undefined>): ContentTree {
  return {
    list(lang) {
      const dir = `content/chapters/${lang}/`;
      const added = Object.keys(edits)
        .filter((p) => p.startsWith(dir) && edits[p] !== undefined)
        .map((p) => p.slice(dir.length));
      return [...new Set([...disk.list(lang), ...added])].filter((name) => !(`${dir}${name}` in edits && edits[`${dir}${name}`] === undefined)).sort();
    },
    read(path) {
      if (!(path in edits)) return disk.read(path);
      const edit = edits[path];
      if (edit === undefined) return undefined;
      return typeof edit === 'string' ? edit : edit(disk.read(path) ?? '');
    },
  };
}

const ZH3 = 'content/chapters/zh/03-riverside-peoples-city.mdx';
const EN3 = 'content/chapters/en/03-riverside-peoples-city.mdx';
const PROJECTS = 'content/data/major-projects.csv';
const GROUPS = 'content/data/project-groups.csv';
const GLOSSARY = 'content/glossary.json';

/** Replace the first match, and insist there was one (so a content edit cannot silently void a case). */
const sub =
  (from: string | RegExp, to: string) =>
  (text: string): string => {
    const out = text.replace(from, to);
    if (out === text) throw new Error(`test fixture: ${String(from)} not found`);
    return out;
  };
const lineOf = (path: string, needle: string): number =>
  disk
    .read(path)!
    .split('\n')
    .findIndex((l) => l.includes(needle)) + 1;
const glossary =
  (edit: (terms: Record<string, unknown>[]) => void) =>
  (text: string): string => {
    const g = JSON.parse(text) as { terms: Record<string, unknown>[] };
    edit(g.terms);
    return JSON.stringify(g, null, 2);
  };
const i18n =
  (edit: (ui: Record<string, Record<string, string>>) => void) =>
  (text: string): string => {
    const ui = JSON.parse(text) as Record<string, Record<string, string>>;
    edit(ui);
    return JSON.stringify(ui, null, 2);
  };

interface Case {
  name: string;
  edits: Parameters<typeof editedTree>[0];
  /** A message that names the file and its line or field. */
  message: string | RegExp;
}

const p32 = lineOf(ZH3, '<Para id="p-3-2">');
const cases: Case[] = [
  { name: 'frontmatter field missing', edits: { [ZH3]: sub(/^title: .*\n/m, '') }, message: `${ZH3}: frontmatter field "title": ` },
  { name: 'frontmatter field of the wrong type', edits: { [ZH3]: sub('order: 3', 'order: "three"') }, message: `${ZH3}: frontmatter field "order": ` },
  { name: 'frontmatter field with an unknown value', edits: { [EN3]: sub('lang: en', 'lang: fr') }, message: `${EN3}: frontmatter field "lang": ` },
  { name: 'frontmatter that is not valid YAML', edits: { [ZH3]: sub('order: 3', 'order: [3') }, message: `${ZH3}:2: invalid frontmatter YAML` },
  {
    name: 'frontmatter slug that does not match the file name',
    edits: { [ZH3]: sub('slug: 03-riverside-peoples-city', 'slug: 03-riverside') },
    message: `${ZH3}: frontmatter field "slug" is "03-riverside" but the file is named 03-riverside-peoples-city.mdx`,
  },
  {
    name: 'straight double quotes in an English title',
    edits: { [EN3]: sub(/^title: .*\n/m, 'title: \'Building the "People’s City"\'\n') },
    message: `${EN3}:${lineOf(EN3, 'title: ')}: frontmatter field "title" has straight double quotes ("); use “ ” and ’: Building the "People’s City"`,
  },
  {
    name: 'a straight apostrophe in an English contents title',
    edits: { [EN3]: sub(/^tocTitle: .*\n/m, 'tocTitle: "The People\'s City"\n') },
    message: `${EN3}:${lineOf(EN3, 'tocTitle: ')}: frontmatter field "tocTitle" has straight apostrophes ('); use “ ” and ’: The People's City`,
  },
  {
    name: 'duplicate id in one language',
    edits: { [ZH3]: sub('<Para id="p-3-3">', '<Para id="p-3-2">') },
    message: `${ZH3}:${p32 + 4}: duplicate id "p-3-2" (first used on line ${p32})`,
  },
  {
    name: 'ids that differ between zh and en',
    edits: { [EN3]: sub('<Para id="p-3-3">', '<Para id="p-3-03">') },
    message: new RegExp(`^${EN3}:${lineOf(EN3, '<Para id="p-3-3">')}: block \\d+: id="p-3-03" where the Chinese has id="p-3-3"`),
  },
  {
    name: 'a paragraph missing in English',
    edits: { [EN3]: sub(/^<Para id="p-3-2">.*\n/m, '') },
    message: new RegExp(`^${EN3}:\\d+: block \\d+: .* where the Chinese has <Para id="p-3-2">`),
  },
  {
    name: 'a paragraph only in English',
    edits: { [EN3]: (t) => `${t.trimEnd()}\n<Para id="p-3-99">An extra paragraph.</Para>\n` },
    message: new RegExp(`^${EN3}:\\d+: block p-3-99 has no twin in the Chinese file`),
  },
  {
    name: 'an English chapter with no Chinese original',
    edits: {
      'content/chapters/en/13-extra.mdx': (t) => t || disk.read(EN3)!.replaceAll('03-riverside-peoples-city', '13-extra').replace('order: 3', 'order: 13'),
    },
    message: 'content/chapters/en/13-extra.mdx: no Chinese chapter content/chapters/zh/13-extra.mdx to translate from',
  },
  {
    name: 'a block line that is not a block (invalid MDX)',
    edits: { [ZH3]: sub('<Para id="p-3-2">', 'Para id="p-3-2">') },
    message: new RegExp(`^${ZH3}:${p32}: expected one block element per line`),
  },
  {
    name: 'an unclosed inline element (invalid MDX)',
    edits: { [EN3]: sub(/(<Para id="p-3-2">[^<]*)/, '$1<span lang="zh-CN">') },
    message: `${EN3}:${lineOf(EN3, '<Para id="p-3-2">')}: <span> is never closed (invalid MDX)`,
  },
  {
    name: 'an unescaped brace (invalid MDX)',
    edits: { [ZH3]: sub('<Para id="p-3-2">', '<Para id="p-3-2">{') },
    message: `${ZH3}:${p32}: unescaped "{" (MDX reads it as a JavaScript expression); write "\\{"`,
  },
  {
    name: 'raw HTML in content',
    edits: { [ZH3]: sub('<Para id="p-3-2">', '<Para id="p-3-2"><img src=x onerror=alert(1)>') },
    message: new RegExp(`^${ZH3}:${p32}: inline markup <img src=x onerror=alert\\(1\\)>.* is not allowed`),
  },
  {
    name: 'a <Sic> note that is not a string',
    edits: { [ZH3]: sub('<Para id="p-3-2">', '<Para id="p-3-2"><Sic note={"a" + 1}>x</Sic>') },
    message: new RegExp(`^${ZH3}:${p32}: inline markup <Sic note=\\{"a" \\+ 1\\}>.* is not allowed`),
  },
  {
    name: 'a link to a paragraph that does not exist',
    edits: { [ZH3]: sub('<Para id="p-3-2">', '<Para id="p-3-2">[见](#p-3-999)') },
    message: `${ZH3}:${p32}: link "#p-3-999": chapter 03-riverside-peoples-city has no id "p-3-999"`,
  },
  {
    name: 'a link to a chapter that does not exist',
    edits: { [ZH3]: sub('<Para id="p-3-2">', '<Para id="p-3-2">[见](../99-nowhere/)') },
    message: `${ZH3}:${p32}: link "../99-nowhere/" names no chapter "99-nowhere"`,
  },
  {
    name: 'a root-absolute link that breaks under a base path',
    edits: { [ZH3]: sub('<Para id="p-3-2">', '<Para id="p-3-2">[见](/zh/chapters/04-major-projects/)') },
    message: `${ZH3}:${p32}: link "/zh/chapters/04-major-projects/" must be relative (it would break under a base path) or an http(s) URL`,
  },
  {
    name: 'a CSV row with the wrong column count',
    edits: { [PROJECTS]: sub(/\n(2020,new-start,infrastructure,2,[^\n]*)/, '\n$1,extra') },
    message: `${PROJECTS}:3: row has 11 fields; the header has 10`,
  },
  {
    name: 'a CSV row with an unknown category',
    edits: { [GROUPS]: sub('2020,new-start,social,', '2020,new-start,sports,') },
    message: `${GROUPS}:3: column "category": "sports" is not one of infrastructure, social, functional, university`,
  },
  {
    name: 'a CSV row with a number that is not a number',
    edits: { [PROJECTS]: sub('2020,new-start,infrastructure,2,', '2020,new-start,infrastructure,two,') },
    message: `${PROJECTS}:3: column "seq": "two" is not a whole number`,
  },
  {
    name: 'a CSV file missing a column',
    edits: { 'content/data/double-ten.csv': sub('list,seq,name_zh,', 'list,seq,') },
    message: 'content/data/double-ten.csv:1: missing column "name_zh"',
  },
  {
    name: 'a table that references data with no rows',
    edits: { 'content/chapters/zh/04-major-projects.mdx': sub('year={2020} list="new-start"', 'year={2019} list="new-start"') },
    message: `content/chapters/zh/04-major-projects.mdx:73: <ProjectTable year={2019} list="new-start"> has no rows in ${GROUPS}`,
  },
  {
    name: 'report.json naming a chapter that does not exist',
    edits: { 'content/report.json': sub('"12-ecology-environment"', '"12-ecology-environment", "13-space"') },
    message: 'content/report.json: field "slugs[12]": "13-space" names no chapter (no content/chapters/zh/13-space.mdx)',
  },
  {
    name: 'a chapter that report.json does not list',
    edits: { 'content/report.json': sub('"09-talent",', '') },
    message: 'content/report.json: field "slugs" does not list the chapter "09-talent" (content/chapters/zh/09-talent.mdx)',
  },
  {
    name: 'a glossary term with no English rendering',
    edits: { [GLOSSARY]: glossary((t) => void delete t[0]!.en) },
    message: `${GLOSSARY}: terms[0] field "en": `,
  },
  {
    name: 'a glossary term with an empty rendering',
    edits: { [GLOSSARY]: glossary((t) => void (t[1]!.en = '')) },
    message: `${GLOSSARY}: terms[1] field "en": `,
  },
  { name: 'a glossary that is not JSON', edits: { [GLOSSARY]: sub('"terms"', 'terms') }, message: /^content\/glossary\.json: invalid JSON: / },
  {
    name: 'an interface string missing in one language',
    edits: { 'src/i18n/en.json': i18n((ui) => void delete ui.site!.skip) },
    message: 'src/i18n/en.json: missing interface string "site.skip" (present in zh.json)',
  },
  {
    name: 'an interface string that nests one that does not exist',
    edits: { 'src/i18n/en.json': i18n((ui) => void (ui.home!.chapters_other = '$t(count.chapterz, {"count": {{count}} })')) },
    message: 'src/i18n/en.json: interface string "home.chapters_other" nests "$t(count.chapterz" but there is no interface string "count.chapterz"',
  },
  {
    name: 'a plural form missing its key in the other language',
    edits: { 'src/i18n/zh.json': i18n((ui) => void delete ui.home!.chapters) },
    message: 'src/i18n/zh.json: missing interface string "home.chapters" (present in en.json)',
  },
  { name: 'a data file that is missing', edits: { [GROUPS]: undefined }, message: `${GROUPS}: file not found` },
];

describe('malformed content fails the pre-build checks, naming file and line or field', () => {
  it('the real content passes (so each case below fails for its own edit)', () => {
    expect(checkContent(disk).problems).toEqual([]);
  });

  it(`covers at least 15 kinds of bad input (${cases.length})`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  it("a glossary term used in no chapter is a warning, not a failure (a new report keeps last year's glossary)", () => {
    const edits = { [GLOSSARY]: glossary((t) => void t.push({ id: 'moon-base', zh: '月球基地', en: 'moon base', status: 'project' })) };
    const { problems, warnings } = checkContent(editedTree(edits));
    expect(problems).toEqual([]);
    expect(warnings).toContainEqual(expect.stringMatching(/^content\/glossary\.json: terms\[\d+\] \("moon-base"\): "月球基地" occurs in no Chinese chapter$/));
  });

  it('English names still in Chinese (as new-report leaves them) are a warning naming the field', () => {
    const { problems, warnings } = checkContent(
      editedTree({ 'content/report.json': sub('"en": "Yangpu District People\'s Government, Shanghai"', '"en": "上海市杨浦区人民政府"') }),
    );
    expect(problems).toEqual([]);
    expect(warnings).toContain('content/report.json: field "issuer.en" is still Chinese ("上海市杨浦区人民政府"): give the English name');
  });

  it.each(cases)('$name', ({ edits, message }) => {
    const { problems } = checkContent(editedTree(edits));
    expect(problems).toContainEqual(typeof message === 'string' ? expect.stringContaining(message) : expect.stringMatching(message));
    for (const p of problems) expect(p).toMatch(/^(content|src)\/[\w./-]+(:\d+: |: (frontmatter )?field "|: terms\[\d+\] |: [a-z])/);
    expect(problems.length, problems.join('\n')).toBeLessThanOrEqual(2);
  });
});
