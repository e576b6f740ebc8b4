import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, formatPolicy, parsePolicy, unionPolicies } from '#core/csp.ts';

describe('Content-Security-Policy', () => {
  it('parses and formats a policy; the first occurrence of a directive wins', () => {
    const p = parsePolicy("default-src 'self';img-src 'self' data:; script-src 'self' 'sha256-a'; img-src *;");
    expect([...p.keys()]).toEqual(['default-src', 'img-src', 'script-src']);
    expect(formatPolicy(p)).toBe("default-src 'self'; img-src 'self' data:; script-src 'self' 'sha256-a'");
  });

  it('the union allows what any page allows, falling back to default-src where a page omits a directive', () => {
    const a = parsePolicy("default-src 'self'; script-src 'self' 'sha256-a'");
    const b = parsePolicy("default-src 'none'; script-src 'self' 'sha256-b'; img-src data:");
    expect(formatPolicy(unionPolicies([a, b]))).toBe("default-src 'self' 'none'; script-src 'self' 'sha256-a' 'sha256-b'; img-src 'self' data:");
  });

  it('keeps everything on the site’s own origin', () => {
    const p = parsePolicy(CSP_DIRECTIVES.join(';'));
    for (const [name, sources] of p) {
      expect(
        sources.filter((s) => !["'self'", "'none'", 'data:'].includes(s)),
        name,
      ).toEqual([]);
    }
    expect(p.get('object-src')).toEqual(["'none'"]);
  });
});
