// Every built page, loaded in real Chromium from a server that sends the site's _headers: it requests only its
// own origin and nothing fails, its Content-Security-Policy (meta and header) is never violated, it stays within
// its size budget (budgets.json), and axe finds no WCAG 2.2 A/AA violation in the light or the dark scheme.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { launchBrowser, serveDist, type StaticServer } from '../helpers/browser.ts';
import { gzipSize, pageType, WEIGHTS, type Weights } from '../../scripts/benchmark/budgets.ts';
import { distFile, hostHeaders, htmlFiles, pageUrl, readPage, resolveHref } from '../helpers/dist.ts';

const headers = hostHeaders();
const files = htmlFiles();

interface Examined {
  requests: { url: string; type: string }[];
  failures: string[];
  cspViolations: string[];
  errors: string[];
  cspMetas: number;
  weights: Weights;
  axe: { light: string[]; dark: string[] };
}
const examined = new Map<string, Examined>();
let origin = '';

// Pages are examined four at a time up front (most of the time goes to waiting for the network to settle and
// for axe); the tests below then judge the results page by page.
beforeAll(async () => {
  const [browser, server] = await Promise.all([launchBrowser(), serveDist(undefined, '/', headers)]);
  origin = new URL(server.url).origin;
  try {
    const queue = [...files];
    const worker = async (): Promise<void> => {
      for (let file = queue.shift(); file; file = queue.shift()) examined.set(file, await examine(browser, server, file));
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
  } finally {
    await browser.close();
    await server.close();
  }
  const rows = files.map(
    (f) => `${pageType(f).type.padEnd(8)} ${f.padEnd(48)} ${WEIGHTS.map((w) => String(examined.get(f)!.weights[w]).padStart(7)).join('')}`,
  );
  console.log(`gzip bytes on load ${''.padEnd(39)}   html    css     js\n${rows.join('\n')}`);
});

async function examine(browser: Browser, server: StaticServer, file: string): Promise<Examined> {
  const page = await browser.newPage();
  const requests: Examined['requests'] = [];
  const failures: string[] = [];
  const cspViolations: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push({ url: r.url(), type: r.resourceType() }));
  page.on('requestfailed', (r) => failures.push(`${r.url()}: ${r.failure()?.errorText}`));
  page.on('response', (r) => void (r.status() >= 400 && failures.push(`${r.url()}: HTTP ${r.status()}`)));
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.exposeFunction('__cspViolation', (s: string) => cspViolations.push(s));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation(s: string): void }).__cspViolation(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  try {
    await page.goto(server.url + pageUrl(file), { waitUntil: 'networkidle' });
    const result: Examined = {
      requests,
      failures,
      cspViolations: [...cspViolations],
      errors: [...errors],
      cspMetas: await page.locator('meta[http-equiv="content-security-policy"]').count(),
      weights: weigh(file, requests),
      axe: { light: [], dark: [] },
    };
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      if (!(await page.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, scheme))) throw new Error(`could not emulate ${scheme}`);
      result.axe[scheme] = await axeViolations(page);
    }
    return result;
  } finally {
    await page.close();
  }
}

/** Gzip bytes of the page, and of the stylesheets and scripts it loaded (plus its inline scripts). */
function weigh(file: string, requests: Examined['requests']): Weights {
  const loaded = (type: string): number =>
    requests
      .filter((r) => r.type === type)
      .reduce((sum, r) => {
        const path = resolveHref(new URL(r.url).pathname);
        if (!path) throw new Error(`${file}: loaded ${r.url}, which is not in dist/`);
        return sum + gzipSize(readFileSync(path));
      }, 0);
  const inline = readPage(file)
    .querySelectorAll('script:not([src])')
    .filter((s) => /^(|module|text\/javascript)$/.test(s.getAttribute('type') ?? ''));
  return {
    html: gzipSize(readFileSync(distFile(file))),
    css: loaded('stylesheet'),
    js: loaded('script') + inline.reduce((sum, s) => sum + gzipSize(s.text), 0),
  };
}

describe.each(files)('%s', (file) => {
  const r = (): Examined => examined.get(file)!;

  it('requests only its own origin, and every request succeeds', () => {
    expect(r().requests.length).toBeGreaterThan(1);
    expect(
      r()
        .requests.map((q) => q.url)
        .filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:')),
    ).toEqual([]);
    expect(r().failures).toEqual([]);
  });

  it('violates neither its meta nor the header Content-Security-Policy, and logs no error', () => {
    expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(r().cspMetas).toBe(1);
    expect(r().cspViolations).toEqual([]);
    expect(r().errors).toEqual([]);
  });

  it('stays within its budget (budgets.json)', () => {
    const type = pageType(file);
    for (const w of WEIGHTS) expect(r().weights[w], `${w} (gzip bytes) for a ${type.type} page`).toBeLessThanOrEqual(type[w]);
  });

  it('has no axe violations (WCAG 2.2 A/AA, best practices) in the light scheme', () => {
    expect(r().axe.light).toEqual([]);
  });

  it('has no axe violations in the dark scheme', () => {
    expect(r().axe.dark).toEqual([]);
  });
});
