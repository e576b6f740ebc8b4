// Mark the first occurrence of glossary terms in a rendered paragraph: a link to the glossary entry plus a note
// with the other language's form and the explanation. CSS shows the note on hover/focus and inline in print.
import { type HTMLElement, parse, TextNode } from 'node-html-parser';
import { escapeRegExp, formsOf } from './glossary-index.ts';
import type { GlossaryTerm } from '#core/translation/translation-check.ts';

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function markFirstTerms(html: string, terms: readonly GlossaryTerm[], ctx: { id: string; lang: 'zh' | 'en'; glossaryHref: string }): string {
  const root = parse(html);
  for (const term of terms) markTerm(root, term, ctx);
  return root.toString();
}

function markTerm(root: HTMLElement, term: GlossaryTerm, ctx: { id: string; lang: 'zh' | 'en'; glossaryHref: string }): void {
  const pattern = new RegExp(
    formsOf(term, ctx.lang)
      .sort((a, b) => b.length - a.length)
      .map((f) => (ctx.lang === 'en' ? `(?<![A-Za-z0-9])${quoteTolerant(f)}(?![A-Za-z0-9])` : escapeRegExp(f)))
      .join('|'),
    ctx.lang === 'en' ? 'i' : '',
  );
  for (const node of textNodes(root)) {
    const text = node.text; // decoded: "People's City", not "People&#39;s City"
    const m = pattern.exec(text);
    if (!m) continue;
    const other = ctx.lang === 'zh' ? term.en : term.zh;
    const otherLang = ctx.lang === 'zh' ? 'en' : 'zh-CN';
    const note = term.explanation?.[ctx.lang] ?? '';
    const tipId = `tip-${ctx.id}-${term.id}`;
    const mark =
      `<span class="gloss"><a class="gloss-term" href="${escapeHtml(`${ctx.glossaryHref}#term-${term.id}`)}" aria-describedby="${tipId}">${escapeHtml(m[0])}</a>` +
      `<span class="gloss-tip" role="tooltip" id="${tipId}" data-pagefind-ignore><span lang="${otherLang}">${escapeHtml(other)}</span>${note ? `: ${escapeHtml(note.replace(/\*/g, ''))}` : ''}</span></span>`;
    const before = escapeHtml(text.slice(0, m.index));
    const after = escapeHtml(text.slice(m.index + m[0].length));
    node.parentNode?.exchangeChild(node, parse(`${before}${mark}${after}`));
    return;
  }
}

/** Markdown renders straight quotes as typographic ones: match either. */
const quoteTolerant = (form: string): string => escapeRegExp(form).replace(/'/g, "['’]").replace(/"/g, '["“”]');

/** Text nodes outside links, notes and elements in another language, in document order. */
function textNodes(el: HTMLElement): TextNode[] {
  const out: TextNode[] = [];
  for (const child of el.childNodes) {
    if (child instanceof TextNode) out.push(child);
    else if ('tagName' in child) {
      const c = child as HTMLElement;
      if (c.tagName === 'A' || c.classList.contains('sic-note') || c.classList.contains('gloss') || c.getAttribute('lang')) continue;
      out.push(...textNodes(c));
    }
  }
  return out;
}
