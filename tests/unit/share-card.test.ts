// Share cards and the PNG helpers that let the build redraw only what changed.
import { deflateSync } from 'node:zlib';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pngSize, pngText, withPngText } from '../../scripts/phases/png.ts';
import { readJson, reportConfig } from '../../scripts/shared/project.ts';
import { shareImagePath } from '#core/paths.ts';
import { type CardChapter, cardHash, cardHtml, shareCards } from '../../scripts/phases/share-card.ts';
import { createTranslator } from '#core/translator.ts';

const ui = createTranslator({ zh: readJson('src/i18n/zh.json'), en: readJson('src/i18n/en.json') });
const report = reportConfig();
const chapters: CardChapter[] = [
  { slug: '01-a', order: 1, title: { zh: { text: '疫情防控有力有效', lang: 'zh' }, en: { text: 'Epidemic <Control> & "Care"', lang: 'en' } } },
  { slug: '02-b', order: 2, title: { zh: { text: '科创产业', lang: 'zh' }, en: { text: '科创产业', lang: 'zh' } } },
];

/** A real (tiny) PNG: 3x2 pixels, RGB. */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc(height * (1 + width * 3));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('share cards', () => {
  it('names one image per chapter and language, per home page, and one for the chooser', () => {
    expect(shareImagePath('zh', '03-x')).toBe('og/zh/03-x.png');
    expect(shareImagePath('en')).toBe('og/en/home.png');
    expect(shareImagePath()).toBe('og/report.png');
    const cards = shareCards(report, chapters, ui.t);
    expect(cards.map((c) => c.path)).toEqual([
      'og/report.png',
      'og/zh/home.png',
      'og/zh/01-a.png',
      'og/zh/02-b.png',
      'og/en/home.png',
      'og/en/01-a.png',
      'og/en/02-b.png',
    ]);
    const en2 = cards.find((c) => c.path === 'og/en/02-b.png')!;
    expect(en2).toMatchObject({
      lang: 'en',
      kicker: 'Chapter 2',
      title: '科创产业',
      titleLang: 'zh-CN',
      footer: report.title.en,
      district: report.district.en,
      date: 'January 6, 2021',
    });
    expect(cards.find((c) => c.path === 'og/zh/01-a.png')).toMatchObject({ kicker: '第1章', date: '2021年1月6日', lang: 'zh-CN' });
  });

  it('escapes text into the card page and hashes what the card shows', () => {
    const [card] = shareCards(report, chapters, ui.t).filter((c) => c.path === 'og/en/01-a.png');
    const html = cardHtml(card!);
    expect(html).toContain('Epidemic &lt;Control&gt; &amp; &quot;Care&quot;');
    expect(html).toContain('<div class="title" lang="en">');
    expect(html).not.toMatch(/https?:\/\//);
    expect(cardHash(card!)).toBe(cardHash({ ...card! }));
    expect(cardHash(card!)).not.toBe(cardHash({ ...card!, title: 'Epidemic Control' }));
  });
});

describe('PNG helpers', () => {
  it('reads the size and round-trips a tEXt tag, replacing an older one', () => {
    const image = png(3, 2);
    expect(pngSize(image)).toEqual({ width: 3, height: 2 });
    expect(pngText(image)).toEqual({});
    const tagged = withPngText(withPngText(image, 'card-hash', 'old'), 'card-hash', 'abc123');
    expect(pngText(tagged)).toEqual({ 'card-hash': 'abc123' });
    expect(pngSize(tagged)).toEqual({ width: 3, height: 2 });
    expect(tagged.length).toBe(image.length + 12 + 'card-hash'.length + 1 + 'abc123'.length);
  });

  it('rejects files that are not PNGs or are cut short', () => {
    expect(() => pngSize(Buffer.from('GIF89a....'), 'x.gif')).toThrow('x.gif: not a PNG file');
    expect(() => pngSize(png(3, 2).subarray(0, 20), 'cut.png')).toThrow(/cut\.png: truncated IHDR chunk/);
  });
});
