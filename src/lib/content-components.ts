// Bind what a chapter's text needs to the MDX components that render it, as props: the language of the text (an
// untranslated English page renders Chinese text, the parallel view both languages on one page), where each glossary
// term first occurs, and the glossary page to link. Props, not Astro.locals: Astro renders siblings concurrently and
// may render an MDX entry's components before the page body runs, so a page-wide side channel would be shared.
import { jsx } from 'astro/jsx-runtime';
import type { GlossaryTerm } from '#core/translation/translation-check.ts';
import type { Lang } from './i18n.ts';

export interface TextContext {
  lang: Lang;
  /** Block id -> glossary terms first used in that block (none: no terms are marked). */
  firstTerms?: ReadonlyMap<string, GlossaryTerm[]>;
  /** The glossary page of the page's language, for term links. */
  glossaryHref?: string;
}

export function bindContext<T extends Record<string, unknown>>(components: T, context: TextContext): T {
  return Object.fromEntries(
    Object.entries(components).map(([name, component]) => [name, (props: Record<string, unknown>) => jsx(component, { ...props, ...context })]),
  ) as T;
}
