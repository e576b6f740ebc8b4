// Build phase: draw the share images into public/og/ (Astro copies them into the site). Incremental: each PNG
// carries the hash of its card, and only cards whose hash changed are drawn again; images no card names are removed.
//   node scripts/phases/share-images.ts [--force]
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pngText, withPngText } from './png.ts';
import { ROOT, readJson, reportConfig } from '../shared/project.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '#core/paths.ts';
import { CARD_HASH_KEY, cardChapters, cardHash, cardHtml, type ShareCard, shareCards } from './share-card.ts';
import { createTranslator } from '#core/translator.ts';

const PUBLIC = join(ROOT, 'public');
const OG = join(PUBLIC, 'og');

function storedHash(file: string): string | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return pngText(readFileSync(file), file)[CARD_HASH_KEY];
  } catch {
    return undefined; // unreadable: draw it again
  }
}

function listPngs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.png'))
    .map((e) => join(e.parentPath, e.name));
}

async function draw(cards: { card: ShareCard; hash: string }[]): Promise<void> {
  const { launchChromium } = await import('../shared/chromium.ts'); // playwright-core only when there is something to draw
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: CARD_WIDTH, height: CARD_HEIGHT }, deviceScaleFactor: 1 });
    for (const { card, hash } of cards) {
      await page.setContent(cardHtml(card), { waitUntil: 'load' });
      // Shrink the title until it fits its box (long English titles), then photograph.
      await page.evaluate(async () => {
        await document.fonts.ready;
        const title = document.querySelector<HTMLElement>('.title')!;
        for (let size = 76; size > 36 && title.scrollHeight > title.clientHeight; size -= 2) title.style.fontSize = `${size - 2}px`;
      });
      const png = await page.screenshot({ type: 'png' });
      const file = join(PUBLIC, card.path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, withPngText(png, CARD_HASH_KEY, hash, card.path));
    }
  } finally {
    await browser.close();
  }
}

const started = performance.now();
const force = process.argv.includes('--force');
const ui = createTranslator({ zh: readJson('src/i18n/zh.json'), en: readJson('src/i18n/en.json') });
const config = reportConfig();
const cards = shareCards(config, cardChapters(config.slugs), ui.t).map((card) => ({ card, hash: cardHash(card) }));
const stale = cards.filter(({ card, hash }) => force || storedHash(join(PUBLIC, card.path)) !== hash);
if (stale.length > 0) await draw(stale);
const wanted = new Set(cards.map(({ card }) => join(PUBLIC, card.path)));
const removed = listPngs(OG).filter((f) => !wanted.has(f));
for (const f of removed) rmSync(f);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `share images: ${cards.length} cards, ${stale.length} drawn, ${cards.length - stale.length} unchanged, ${removed.length} removed (${relative(ROOT, OG)}/, ${seconds}s)`,
);
