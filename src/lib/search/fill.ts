/** fill('{{n}} results', { n: 3 }) -> '3 results' (interface strings arrive with their placeholders; see strings.ts). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

/** A string's plural forms by Intl plural category ("one", "other", …), as strings.ts hands them over. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The form of `forms` that `n` takes in `lang` (a BCP 47 tag): plural('en', {one, other}, 1) -> one. */
export function plural(lang: string, forms: PluralForms, n: number): string {
  return forms[new Intl.PluralRules(lang).select(n)] ?? forms.other;
}
