/** fill('{{n}} results', { n: 3 }) -> '3 results' (interface strings arrive with their placeholders; see strings.ts). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
