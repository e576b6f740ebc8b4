// sitemap.xml: every indexable page, with xhtml:link language alternates for pages that exist in both languages.
import type { APIRoute } from 'astro';
import { indexedPages } from '../lib/pages.ts';
import { absolute } from '../lib/site.ts';

const xml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export const GET: APIRoute = async ({ site }) => {
  const urls = (await indexedPages()).map(({ path, alternates }) => {
    const links = alternates.map((a) => `<xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${xml(absolute(site, a.path))}"/>`);
    return `<url><loc>${xml(absolute(site, path))}</loc>${links.join('')}</url>`;
  });
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
