// Fonts for the PDFs. Chromium's PDF writer cannot embed CFF-flavoured OpenType, so every glyph of the system's
// Noto CJK fonts went into the PDFs as a Type 3 drawing (about 1 MB per Chinese chapter). The same designs in
// TrueType outlines (Noto Serif SC and Noto Sans SC, self-hosted by @fontsource) embed as subset CID fonts. The
// PDF build loads them under the system fonts' own names, so the pages' font stacks take them unchanged and the
// site itself ships no fonts: readers on screen keep their system's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { installedVersion, ROOT } from '../../shared/project.ts';

export interface PdfFont {
  /** The family name the site's stylesheets ask for, which the embedded font takes over while printing. */
  readonly family: string;
  /** The @fontsource package with the same design in TrueType outlines. */
  readonly pkg: string;
  readonly weights: readonly number[];
}

export const PDF_FONTS: readonly PdfFont[] = [
  { family: 'Noto Serif CJK SC', pkg: '@fontsource/noto-serif-sc', weights: [400, 600, 700] },
  { family: 'Noto Sans CJK SC', pkg: '@fontsource/noto-sans-sc', weights: [400, 600, 700] },
];

/** Where the printed page fetches the fonts; the PDF build answers these requests itself (never the site). */
export const PDF_FONT_PATH = '/__pdf-fonts/';
export const PDF_FONT_STYLESHEET = `${PDF_FONT_PATH}fonts.css`;

const short = (pkg: string): string => pkg.slice(pkg.indexOf('/') + 1);

/**
 * A fontsource stylesheet's @font-face rules under another family name, each with its woff2 file only, fetched
 * from `prefix`. `font-display: block`, so that nothing is laid out in a fallback while a subset loads.
 */
export function renameFontFaces(css: string, family: string, prefix: string): string {
  const faces = css.match(/@font-face\s*\{[^}]*\}/g) ?? [];
  if (faces.length === 0) throw new Error('no @font-face rule in the stylesheet');
  return faces
    .map((face) => {
      const woff2 = /url\(\.\/files\/([\w.-]+\.woff2)\)/.exec(face)?.[1];
      if (woff2 === undefined) throw new Error(`@font-face without a woff2 file: ${face.replace(/\s+/g, ' ').slice(0, 120)}`);
      return face
        .replace(/font-family:[^;]*;/, `font-family: '${family}';`)
        .replace(/font-display:[^;]*;/, 'font-display: block;')
        .replace(/src:[^;]*;/, `src: url(${prefix}${woff2}) format('woff2');`);
    })
    .join('\n');
}

/** The stylesheet the PDF build adds to every printed page: every weight of every font, split by Unicode range. */
export function pdfFontStylesheet(root = ROOT): string {
  return PDF_FONTS.flatMap((font) =>
    font.weights.map((weight) => {
      const file = join(root, 'node_modules', font.pkg, `${weight}.css`);
      try {
        return renameFontFaces(readFileSync(file, 'utf8'), font.family, `${PDF_FONT_PATH}${short(font.pkg)}/`);
      } catch (error) {
        throw new Error(`${file}: ${(error as Error).message} (npm ci installs ${font.pkg})`);
      }
    }),
  ).join('\n');
}

/** The font file a request for `pathname` under PDF_FONT_PATH names, or undefined for anything else. */
export function pdfFontFile(pathname: string, root = ROOT): string | undefined {
  const match = new RegExp(`^${PDF_FONT_PATH}([\\w-]+)/([\\w.-]+\\.woff2)$`).exec(pathname);
  const font = match && PDF_FONTS.find((f) => short(f.pkg) === match[1]);
  return font ? join(root, 'node_modules', font.pkg, 'files', match[2]!) : undefined;
}

/** What the fonts contribute to a PDF's cache key: their stylesheet (file names) and the packages' versions. */
export function pdfFontsKey(stylesheet: string): string {
  return [...PDF_FONTS.map((f) => `${f.pkg}@${installedVersion(f.pkg)}`), stylesheet].join('\n');
}
