// Build phase: HTTP headers for Netlify / Cloudflare Pages (_headers). The Content-Security-Policy header is the
// union of the pages' own <meta> policies (both are enforced, so it must not forbid what a page allows) plus what
// a <meta> policy cannot say (frame-ancestors). Hashed assets never change, so browsers may keep them for a year.
// Appended, so a _headers from public/ keeps its rules.
// Usage: node scripts/phases/write-headers.ts <built folder>
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { formatPolicy, HEADER_ONLY_DIRECTIVES, parsePolicy, unionPolicies } from '#core/csp.ts';
import { siteFiles } from '../checks/link-check.ts';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/phases/write-headers.ts <built folder>');
  process.exit(2);
}
const policies = siteFiles(dir, '.html').map((file) => {
  const meta = parse(readFileSync(join(dir, file), 'utf8')).querySelector('meta[http-equiv="content-security-policy"]');
  if (!meta) {
    console.error(`${file}: no <meta http-equiv="content-security-policy"> (security.csp in astro.config.mjs)`);
    process.exit(1);
  }
  return parsePolicy(meta.getAttribute('content') ?? '');
});
const policy = unionPolicies(policies);
for (const d of HEADER_ONLY_DIRECTIVES) for (const [name, sources] of parsePolicy(d)) policy.set(name, sources);
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const headers = [
  `${base}*`,
  `  Content-Security-Policy: ${formatPolicy(policy)}`,
  '  X-Content-Type-Options: nosniff',
  '  X-Frame-Options: DENY',
  '  Referrer-Policy: strict-origin-when-cross-origin',
  '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  `${base}_astro/*`,
  '  Cache-Control: public, max-age=31536000, immutable',
];
appendFileSync(join(dir, '_headers'), `${headers.join('\n')}\n`);
console.log(`headers ok: _headers with one Content-Security-Policy for ${policies.length} pages`);
