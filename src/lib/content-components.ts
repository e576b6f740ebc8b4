// Bind the language of a chapter's text to the MDX components that render it. Astro may render an MDX entry's
// components before the page body runs (head propagation), so a language set in Astro.locals from inside the
// body comes too late: the parallel view, with both languages on one page, needs the language as a prop.
import { jsx } from 'astro/jsx-runtime';
import type { Lang } from './i18n.ts';

export function bindLang<T extends Record<string, unknown>>(components: T, lang: Lang): T {
  return Object.fromEntries(
    Object.entries(components).map(([name, component]) => [name, (props: Record<string, unknown>) => jsx(component, { ...props, lang })]),
  ) as T;
}
