// The inline MDX inside a block line: only the markup the site renders, balanced, with JSX-special characters
// escaped, and links that land. Caught here with file and line, before MDX fails with a compiler trace or,
// worse, renders raw HTML from content. Pure.
import type { ChapterDoc } from '#core/chapter-doc.ts';

/** Inline elements a block may contain; anything else is an error. */
const OPENERS: { name: string; pattern: RegExp; valid?: (m: RegExpExecArray) => string | undefined }[] = [
  { name: 'span', pattern: /^<span lang="zh-CN">/ },
  {
    name: 'Sic',
    pattern: /^<Sic note=\{("(?:[^"\\]|\\.)*")\}>/,
    valid: (m) => {
      try {
        JSON.parse(m[1]!);
        return undefined;
      } catch {
        return `<Sic note={…}> needs a JSON string, found ${m[1]!.slice(0, 40)}`;
      }
    },
  },
];
const ALLOWED = '<span lang="zh-CN">…</span>, <Sic note={"…"}>…</Sic>';

export interface InlineLink {
  url: string;
  line: number;
}

/** Problems in the inline markup of every block (as "file:line: message"), and the Markdown links found. */
export function checkInline(doc: ChapterDoc): { problems: string[]; links: InlineLink[] } {
  const problems: string[] = [];
  const links: InlineLink[] = [];
  for (const block of doc.blocks) {
    const at = `${doc.file}:${block.line}`;
    const s = block.inner;
    const open: string[] = [];
    const before = problems.length;
    let bracket = -1;
    for (let i = 0; i < s.length; i++) {
      const c = s[i]!;
      if (c === '\\') {
        i++;
        continue;
      }
      if (c === '<') {
        const rest = s.slice(i);
        const close = /^<\/([A-Za-z]+)>/.exec(rest);
        if (close) {
          const want = open.pop();
          if (want !== close[1]) {
            problems.push(`${at}: </${close[1]}> ${want ? `closes <${want}>` : 'closes nothing'} (invalid MDX)`);
            break;
          }
          i += close[0].length - 1;
          continue;
        }
        const opener = OPENERS.map((o) => ({ o, m: o.pattern.exec(rest) })).find((x) => x.m);
        if (!opener) {
          problems.push(`${at}: inline markup ${rest.slice(0, 30)}… is not allowed (only ${ALLOWED}; escape a literal "<" as "\\<")`);
          break;
        }
        const invalid = opener.o.valid?.(opener.m!);
        if (invalid) {
          problems.push(`${at}: ${invalid}`);
          break;
        }
        open.push(opener.o.name);
        i += opener.m![0].length - 1;
        continue;
      }
      if (c === '{' || c === '}') {
        problems.push(`${at}: unescaped "${c}" (MDX reads it as a JavaScript expression); write "\\${c}"`);
        break;
      }
      if (c === '[') bracket = i;
      if (c === ']' && bracket >= 0 && s[i + 1] === '(') {
        const end = s.indexOf(')', i + 2);
        if (end > 0) links.push({ url: s.slice(i + 2, end), line: block.line });
        bracket = -1;
      }
    }
    if (open.length > 0 && problems.length === before) problems.push(`${at}: <${open.at(-1)}> is never closed (invalid MDX)`);
  }
  return { problems, links };
}

/**
 * A link in chapter text must work under any base path, so it is relative ("#p-3-12", "../04-major-projects/#…")
 * or external; links to another chapter or anchor must name one that exists. Returns a problem or undefined.
 */
export function checkContentLink(url: string, doc: ChapterDoc, lang: 'zh' | 'en', chapters: ReadonlyMap<string, ReadonlySet<string>>): string | undefined {
  if (/^(https?:|mailto:)/i.test(url)) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('/')) return `link "${url}" must be relative (it would break under a base path) or an http(s) URL`;
  const slug = String(doc.data.slug);
  const resolved = new URL(url, `http://site.invalid/${lang}/chapters/${slug}/`);
  const m = /^\/(zh|en)\/chapters\/([^/]+)\/$/.exec(resolved.pathname);
  if (!m) return undefined; // another kind of page: the build's link phase checks it exists
  const ids = chapters.get(m[2]!);
  if (!ids) return `link "${url}" names no chapter "${m[2]}"`;
  const id = decodeURIComponent(resolved.hash.slice(1));
  if (id && !ids.has(id)) return `link "${url}": chapter ${m[2]} has no id "${id}"`;
  return undefined;
}
