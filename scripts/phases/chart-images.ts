// Build phase after Astro: a PNG beside every chart SVG under <out>/data/charts/ (light scheme, 2x pixels),
// rendered by the system Chromium so the Chinese labels use the installed Noto CJK fonts.
//   node scripts/phases/chart-images.ts [out-dir]   (default: $ASTRO_OUT_DIR or dist/)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../shared/chromium.ts';
import { ROOT } from '../shared/project.ts';

const out = resolve(ROOT, process.argv[2] ?? process.env.ASTRO_OUT_DIR ?? 'dist');
const charts = join(out, 'data', 'charts');

function svgFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? svgFiles(full) : name.endsWith('.svg') ? [full] : [];
  });
}

if (!existsSync(join(out, 'index.html'))) {
  console.error(`chart-images: ${out} holds no built site (run the Astro build first)`);
  process.exit(1);
}
// A report without project tables has no charts.
const files = existsSync(charts) ? svgFiles(charts) : [];
if (files.length === 0) {
  console.log('chart images: the site has no charts');
  process.exit(0);
}
const started = performance.now();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ deviceScaleFactor: 2, colorScheme: 'light' });
  for (const file of files) {
    const svg = readFileSync(file, 'utf8');
    const size = /<svg[^>]*\swidth="(\d+(?:\.\d+)?)"[^>]*\sheight="(\d+(?:\.\d+)?)"/.exec(svg);
    if (!size) throw new Error(`${file}: the <svg> element has no width and height`);
    const [width, height] = [Math.ceil(Number(size[1])), Math.ceil(Number(size[2]))];
    await page.setViewportSize({ width, height });
    await page.goto(pathToFileURL(file).href);
    await page.screenshot({ path: file.replace(/\.svg$/, '.png'), clip: { x: 0, y: 0, width, height } });
  }
} finally {
  await browser.close();
}
console.log(`chart images: ${files.length} PNG files in ${((performance.now() - started) / 1000).toFixed(1)}s`);
