// Before the build-output tests: build dist/ if it is missing, older than any source file (a fresh clone
// running only `npm test`, or a change since the last build) or built without PDFs, so the tests never read a
// stale or partial site.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_PATH } from '../../scripts/shared/chromium.ts';
import { ROOT } from '../../scripts/shared/project.ts';
import { newestSource, runBuild } from './builds.ts';

export default function setup(): void {
  const stamp = join(ROOT, 'dist', 'index.html');
  // A dist/ built with PDF=off (while trying things) has no PDFs for the print and PDF tests; where Chromium is
  // there to print them, build the whole site.
  const pdfsMissing = !existsSync(join(ROOT, 'dist', 'pdf')) && existsSync(CHROME_PATH);
  if (existsSync(stamp) && statSync(stamp).mtimeMs > newestSource() && !pdfsMissing) return;
  console.log(
    !existsSync(stamp)
      ? 'dist/ is missing: running the build first (npm run build)'
      : pdfsMissing
        ? 'dist/ was built without PDFs: building again with them (npm run build)'
        : 'dist/ is older than the sources: building again (npm run build)',
  );
  runBuild({ PDF: '' });
}
