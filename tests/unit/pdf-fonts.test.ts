// The PDF build's fonts: fontsource's @font-face rules renamed to the system fonts' names and pointed at the
// build's own font path, and the requests under that path mapped to files of the packages (nothing else).
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PDF_FONT_PATH, PDF_FONTS, pdfFontFile, pdfFontStylesheet, renameFontFaces } from '../../scripts/phases/pdf/pdf-fonts.ts';

const FONTSOURCE = `/* noto-serif-sc-[4]-400-normal */
@font-face {
  font-family: 'Noto Serif SC';
  font-style: normal;
  font-display: swap;
  font-weight: 400;
  src: url(./files/noto-serif-sc-4-400-normal.woff2) format('woff2'), url(./files/noto-serif-sc-4-400-normal.woff) format('woff');
  unicode-range: U+1f1e9-1f1f5,U+1f21a;
}
@font-face {
  font-family: 'Noto Serif SC';
  font-weight: 700;
  src: url(./files/noto-serif-sc-5-700-normal.woff2) format('woff2');
  unicode-range: U+fee3;
}`;

describe('renameFontFaces', () => {
  const css = renameFontFaces(FONTSOURCE, 'Noto Serif CJK SC', '/__pdf-fonts/noto-serif-sc/');

  it('keeps every rule, its weight and its range, under the new name, with its woff2 file only', () => {
    expect(css.match(/@font-face/g)).toHaveLength(2);
    expect(css.match(/font-family: 'Noto Serif CJK SC';/g)).toHaveLength(2);
    expect(css).not.toContain("'Noto Serif SC'");
    expect(css).toContain("src: url(/__pdf-fonts/noto-serif-sc/noto-serif-sc-4-400-normal.woff2) format('woff2');");
    expect(css).not.toContain('.woff)');
    expect(css).toContain('unicode-range: U+1f1e9-1f1f5,U+1f21a;');
    expect(css).toContain('font-weight: 700;');
    expect(css).toContain('font-display: block;');
  });

  it('says what is wrong with a stylesheet it cannot use', () => {
    expect(() => renameFontFaces('body { color: red }', 'X', '/')).toThrow(/no @font-face/);
    expect(() => renameFontFaces('@font-face { src: url(./files/a.ttf); }', 'X', '/')).toThrow(/without a woff2 file/);
  });
});

describe('pdfFontFile', () => {
  it('maps a font request to the package file, and nothing else', () => {
    expect(pdfFontFile(`${PDF_FONT_PATH}noto-sans-sc/noto-sans-sc-4-400-normal.woff2`)).toMatch(
      /node_modules\/@fontsource\/noto-sans-sc\/files\/noto-sans-sc-4-400-normal\.woff2$/,
    );
    expect(pdfFontFile(`${PDF_FONT_PATH}noto-sans-sc/../../package.json`)).toBeUndefined();
    expect(pdfFontFile(`${PDF_FONT_PATH}other-font/a.woff2`)).toBeUndefined();
    expect(pdfFontFile('/zh/index.html')).toBeUndefined();
  });
});

describe('pdfFontStylesheet', () => {
  it('covers every weight of both fonts, and every file it names is installed', () => {
    const css = pdfFontStylesheet();
    for (const font of PDF_FONTS)
      for (const weight of font.weights) expect(css).toMatch(new RegExp(`font-family: '${font.family}';[^}]*font-weight: ${weight};`));
    const urls = [...css.matchAll(/url\(([^)]+)\)/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(100);
    expect(urls.filter((u) => !existsSync(pdfFontFile(u) ?? '/nonexistent'))).toEqual([]);
  });
});
