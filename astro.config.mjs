// Site URL and base path come from the environment, so one build config serves any static host:
//   SITE_URL=https://example.org BASE_PATH=/report/ npm run build
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { CSP_DIRECTIVES, SCRIPT_SOURCES } from '#core/csp.ts';
import { siteUrl } from './scripts/shared/project.ts';

const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: siteUrl(),
  base,
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Lossless: 'jsx' (the Astro 7 default) would eat the spaces between inline elements in English prose.
  compressHTML: true,
  // No syntax highlighting: the report has no code, and Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  integrations: [mdx()],
  // Scripts and assets always as files, never inlined: the pages then need no inline <script> (CSP), and
  // hashed /_astro/ files can be cached for good.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  // Every page gets a <meta http-equiv="content-security-policy">: Astro adds script-src and style-src with
  // hashes of whatever it inlines; the rest is ours. scripts/phases/write-headers.ts repeats it as an HTTP header.
  security: { csp: { directives: [...CSP_DIRECTIVES], scriptDirective: { resources: [...SCRIPT_SOURCES] } } },
});
