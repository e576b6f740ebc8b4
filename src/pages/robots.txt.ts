// robots.txt: everything may be crawled (untranslated fallbacks carry noindex themselves); points to the sitemap.
// Crawlers read it only at the host root, so under a base path (/report/) the host's own robots.txt must list the sitemap.
import type { APIRoute } from 'astro';
import { absolute } from '../lib/site.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute(site, 'sitemap.xml')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
