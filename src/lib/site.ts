// Site-wide settings and URLs. `site` and `base` come from astro.config.mjs (SITE_URL, BASE_PATH).
import report from '../../content/report.json';

export { report };

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** A site path under the configured base: href('en/chapters/01-x/') -> /report/en/chapters/01-x/ */
export function href(path = ''): string {
  return BASE + path.replace(/^\//, '');
}

export { chapterPath, homePath, pdfPath, printPath } from '../../scripts/lib/paths.ts';

/** Absolute URL for canonical links and sharing. */
export function absolute(site: URL | undefined, path: string): string {
  return new URL(href(path), site ?? 'http://localhost/').href;
}
