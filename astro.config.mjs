// Site URL and base path come from the environment, so one build config serves any static host:
//   SITE_URL=https://example.org BASE_PATH=/report/ npm run build
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://yangpu-report.example.org',
  base,
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Lossless: 'jsx' (the Astro 7 default) would eat the spaces between inline elements in English prose.
  compressHTML: true,
  integrations: [mdx()],
  // Scripts and assets always as files, never inlined: the pages then need no inline <script> (CSP), and
  // hashed /_astro/ files can be cached for good.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
