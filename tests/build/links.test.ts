// Deep links in the built site: every heading and numbered paragraph carries its anchor and a copy-link control,
// and every internal link, asset and #anchor resolves, both at the site root (dist/) and under /report/; links to
// other sites are the listed few (tests/external-links.json) and open with rel="noopener".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatLinkProblems } from '../../scripts/checks/link-check.ts';
import { reportConfig, ROOT } from '../../scripts/shared/project.ts';
import { BASE_DIST, BASE_PATH, ensureBaseBuild } from '../helpers/builds.ts';
import { checkDistLinks, DIST, htmlFiles, readPage } from '../helpers/dist.ts';

const { slugs } = reportConfig();
/** Every link to another site, listed on purpose. */
const listed = (JSON.parse(readFileSync(join(ROOT, 'tests/external-links.json'), 'utf8')) as { links: string[] }).links;
const chapters = ['zh', 'en'].flatMap((lang) => slugs.map((slug) => `${lang}/chapters/${slug}/`));

beforeAll(() => ensureBaseBuild(), 600_000);

describe.each([
  { name: 'at the site root (dist/)', dir: DIST, base: '/' },
  { name: `under ${BASE_PATH} (.dist-report/)`, dir: BASE_DIST, base: BASE_PATH },
])('built $name', ({ dir, base }) => {
  it('every internal link, asset, share image, sitemap entry and #anchor resolves; links off-site are listed and rel="noopener"', () => {
    const report = checkDistLinks(base, dir);
    console.log(`links ${base}: ${report.pages} pages, ${report.checked} internal references, ${report.anchors} with #anchors`);
    expect(formatLinkProblems(report.problems)).toEqual([]);
    expect([...new Set(report.external.map((e) => e.href))].sort()).toEqual([...listed].sort());
    expect(
      report.external.filter((e) => (e.tag === 'a' || e.tag === 'area') && !e.rel.split(/\s+/).includes('noopener')).map((e) => `${e.file}: ${e.href}`),
    ).toEqual([]);
    expect(report.pages).toBe(htmlFiles(dir).length);
    expect(report.anchors).toBeGreaterThan(1000); // contents lists, paragraph numbers, copy links
  });

  it('every page loads its styles, scripts and icon from below the base path', () => {
    for (const page of htmlFiles(dir)) {
      const doc = readPage(page, dir);
      const refs = [
        ...doc.querySelectorAll('link[rel="stylesheet"], link[rel="icon"]').map((l) => l.getAttribute('href')!),
        ...doc.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!),
      ];
      expect(refs.length, page).toBeGreaterThanOrEqual(2);
      // Hashed bundles, the icon, and the running heads for print (generated from the chapter titles at build time).
      for (const ref of refs) expect(ref, page).toMatch(new RegExp(`^${base}(_astro/|favicon|print-pages/[a-z0-9-]+\\.css$)`));
    }
  });
});

describe('anchors and copy-link controls', () => {
  it.each(chapters)('%s: every heading and paragraph has its id, its link and a labelled copy-link control', (path) => {
    const doc = readPage(path);
    const headings = doc.querySelectorAll('.chapter-body :is(h2, h3, h4)');
    const paras = doc.querySelectorAll('.chapter-body p.para');
    expect(headings.length).toBeGreaterThan(0);
    expect(paras.length).toBeGreaterThan(0);
    for (const h of headings) {
      expect(h.id, h.toString()).toMatch(/^c\d+-[\w-]+$/);
      const wrapper = h.parentNode!;
      expect(wrapper.classList.contains('heading')).toBe(true);
      const copy = wrapper.querySelector('a.copy-link[data-copy-link]');
      expect(copy?.getAttribute('href')).toBe(`#${h.id}`);
      // Named after the heading, and outside it, so the heading's own name stays its text.
      expect(copy?.getAttribute('aria-label')).toContain(h.text.replace(/\s+/g, ' ').trim().slice(0, 6));
      expect(h.querySelector('a')).toBeNull();
    }
    for (const p of paras) {
      const n = p.id.replace(/^p-(\d+)-(\d+)$/, '$1.$2');
      const number = p.querySelector('.para-tools a.pnum');
      expect(number?.getAttribute('href')).toBe(`#${p.id}`);
      expect(number?.text).toBe(n);
      const copy = p.querySelector('.para-tools a.copy-link[data-copy-link]');
      expect(copy?.getAttribute('href')).toBe(`#${p.id}`);
      expect(copy?.getAttribute('aria-label')).toContain(n);
      expect(copy?.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    }
  });

  it.each(chapters)('%s: copy link and citation for the chapter, live region and paragraph citation dialog', (path) => {
    const doc = readPage(path);
    const lang = path.slice(0, 2);
    expect(doc.querySelector('.chapter-tools a.copy-link[data-copy-link]')?.getAttribute('href')).toBe(`/${path}`);
    const cite = doc.querySelector('details.cite[data-cite]')!;
    const canonical = doc.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
    const text = cite.querySelector('[data-cite-text]')!.text;
    expect(text).toContain(canonical);
    expect(text).toContain(lang === 'zh' ? '[引用日期]' : 'Accessed [date].');
    expect(cite.querySelector('[data-cite-bib]')!.text).toContain(`url       = {${canonical}}`);
    const data = JSON.parse(cite.getAttribute('data-cite')!) as { work: { url: string; lang: string }; templates: Record<string, string> };
    expect(data.work).toMatchObject({ url: canonical, lang });
    expect(data.templates.paragraph).toContain('{{para}}');
    const status = doc.querySelector('[role="status"][data-announce]')!;
    expect(status.text).toBe('');
    expect(status.getAttribute('data-copied')).toContain('{{url}}');
    const dialog = doc.querySelector('dialog[data-cite-dialog]')!;
    expect(dialog.getAttribute('aria-labelledby')).toBe('cite-dialog-title');
    expect(dialog.getAttribute('data-title')).toContain('{{n}}');
  });
});
