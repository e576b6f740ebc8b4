// The Content-Security-Policy: the directives every page carries (Astro adds script-src and style-src with the
// hashes of anything it inlines), and the policy algebra the headers phase and the tests need. Pure.

/** Everything self-hosted; nothing may load from another origin, frame the site or be plugged in. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * Where scripts may come from (Astro adds the hashes of what it inlines): this site, and WebAssembly compiled from
 * this site's files ('wasm-unsafe-eval' allows nothing else; Pagefind's search runs as WebAssembly).
 */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Directives a <meta> policy cannot carry (browsers ignore them there); they go in the HTTP header only. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!policy.has(key)) policy.set(key, sources); // the first occurrence wins, as in browsers
  }
  return policy;
}

export function formatPolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * The smallest single policy that allows everything any of `policies` allows, for a site-wide header that must
 * not block what a page's own <meta> policy permits (a header and a meta policy are both enforced).
 * A directive missing from one policy falls back to that policy's default-src, so it is unioned with that.
 */
export function unionPolicies(policies: readonly Policy[]): Policy {
  const names = [...new Set(policies.flatMap((p) => [...p.keys()]))];
  const union: Policy = new Map();
  for (const name of names) {
    const sources: string[] = [];
    for (const p of policies) for (const s of p.get(name) ?? p.get('default-src') ?? ['*']) if (!sources.includes(s)) sources.push(s);
    union.set(name, sources);
  }
  return union;
}
