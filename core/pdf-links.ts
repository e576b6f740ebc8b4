// PDF download links in the built HTML. Pages are built before the PDFs exist, so a link carries its PDF's site
// path in data-pdf and a size token; once the PDFs are made, the token becomes the file size, and a link whose PDF
// was not made (no Chromium) is removed, so there is never a dead link.

/** What the pages print where the size goes, e.g. "PDF（{pdf-size}）". */
export const PDF_SIZE_TOKEN = '{pdf-size}';

/** 48_213 -> "48 KB", 1_234_567 -> "1.2 MB" (decimal units, as file managers show them). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

// An <a> cannot contain another <a>, so the first </a> after the opening tag closes it. A <meta> with data-pdf
// (citation_pdf_url, for reference managers) has no size to show: it stays when its PDF exists and goes when not.
const PDF_LINK = /<a\b[^>]*?\sdata-pdf="([^"]+)"[^>]*>[\s\S]*?<\/a>|<meta\b[^>]*?\sdata-pdf="([^"]+)"[^>]*>/g;

export interface PdfLinkResult {
  html: string;
  filled: number;
  removed: number;
}

/** Fill in the size of every PDF link whose file exists (sizeOf returns its bytes) and drop the others, and the
 *  PDF <meta> tags whose file does not exist. */
export function applyPdfLinks(html: string, sizeOf: (file: string) => number | undefined): PdfLinkResult {
  let filled = 0;
  let removed = 0;
  const out = html.replace(PDF_LINK, (link, linkFile: string | undefined, metaFile: string | undefined) => {
    const bytes = sizeOf((linkFile ?? metaFile)!);
    if (bytes === undefined) {
      removed++;
      return '';
    }
    filled++;
    return link.replaceAll(PDF_SIZE_TOKEN, formatBytes(bytes));
  });
  return { html: out, filled, removed };
}
