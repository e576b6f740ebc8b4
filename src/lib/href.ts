// Site paths under the configured base (BASE_PATH). On its own, without imports, so browser scripts can use it
// without bundling the build-time modules that src/lib/site.ts brings along (i18next and its strings).
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** A site path under the configured base: href('en/chapters/01-x/') -> /report/en/chapters/01-x/ */
export function href(path = ''): string {
  return BASE + path.replace(/^\//, '');
}
