// Every internal link, asset, stylesheet url() and #anchor in dist/ resolves; links to other sites are the listed
// few and open with rel="noopener". (Under a base path: checkDistLinks('/report/', dir) on that build.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatLinkProblems } from '../../scripts/lib/link-check.ts';
import { ROOT } from '../../scripts/lib/project.ts';
import { checkDistLinks } from '../helpers/dist.ts';

const report = checkDistLinks();
const listed = (JSON.parse(readFileSync(join(ROOT, 'tests/external-links.json'), 'utf8')) as { links: string[] }).links;

describe('links in dist/', () => {
  it('every internal reference resolves, anchors included', () => {
    console.log(`links: ${report.checked} internal references, ${report.external.length} external`);
    expect(report.checked).toBeGreaterThan(1000);
    expect(formatLinkProblems(report.problems, 'dist')).toEqual([]);
  });

  it('links to other sites are exactly those listed in tests/external-links.json', () => {
    expect([...new Set(report.external.map((e) => e.href))].sort()).toEqual([...listed].sort());
  });

  it('every link to another site has rel="noopener"', () => {
    const opener = report.external.filter((e) => (e.tag === 'a' || e.tag === 'area') && !e.rel.split(/\s+/).includes('noopener'));
    expect(opener.map((e) => `${e.file}: ${e.href}`)).toEqual([]);
  });
});
