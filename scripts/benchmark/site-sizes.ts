// Size accounting for the built site and for what a reader downloads: bytes on disk, bytes over the wire
// (gzip, as a static host sends text), totals by file type and by kind of resource.
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

/** Text formats a host compresses. Everything else (PNG, PDF, Pagefind's index files, already gzipped) goes as is. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.csv', '.txt', '.xml', '.webmanifest', '.map']);

export const isCompressible = (path: string): boolean => COMPRESSIBLE.has(extname(path.replace(/[?#].*$/, '')).toLowerCase());

/** Gzip at level 9: what a host that compresses ahead of time sends. */
export const gzipSize = (data: string | Uint8Array): number => gzipSync(data, { level: 9 }).byteLength;

/** Bytes sent for a file: gzip for text, else the file as it is. */
export function wireBytes(path: string, data: Uint8Array): number {
  return isCompressible(path) ? gzipSize(data) : data.byteLength;
}

export interface SizedFile {
  /** Path below the site root, with "/" separators. */
  path: string;
  bytes: number;
  /** Bytes over the wire (see wireBytes). */
  gzip: number;
}

/** Every file of a built site, sized ("dot" files such as .nojekyll included: they are deployed too). */
export function siteSizes(dir: string): SizedFile[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const path = relative(dir, join(e.parentPath, e.name)).split('\\').join('/');
      const data = readFileSync(join(dir, path));
      return { path, bytes: data.byteLength, gzip: wireBytes(path, data) };
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The type a file is counted under: the search index as one type (its files have many extensions), else the extension. */
export function fileType(path: string): string {
  if (/(^|\/)pagefind\//.test(path)) return 'pagefind';
  const ext = extname(path).slice(1).toLowerCase();
  return ext || '(none)';
}

export interface Total {
  files: number;
  bytes: number;
  gzip: number;
}

const add = (t: Total, f: { bytes: number; gzip: number }): Total => ({ files: t.files + 1, bytes: t.bytes + f.bytes, gzip: t.gzip + f.gzip });
const ZERO: Total = { files: 0, bytes: 0, gzip: 0 };

/** Totals grouped by `key`, largest first (ties by name, so the order is stable). */
export function totalsBy<T extends { bytes: number; gzip: number }>(items: readonly T[], key: (item: T) => string): Record<string, Total> {
  const totals = new Map<string, Total>();
  for (const item of items) totals.set(key(item), add(totals.get(key(item)) ?? ZERO, item));
  return Object.fromEntries([...totals].sort(([ka, a], [kb, b]) => b.bytes - a.bytes || (ka < kb ? -1 : 1)));
}

export const total = (items: readonly { bytes: number; gzip: number }[]): Total => items.reduce(add, ZERO);

/** The search index of each language: files under pagefind/<lang>/. */
export function indexSizes(files: readonly SizedFile[]): Record<string, Total> {
  return totalsBy(
    files.filter((f) => /^pagefind\/[^/]+\//.test(f.path)),
    (f) => f.path.split('/')[1]!,
  );
}

/** What a page asks for, by the resource type Chromium gives the request. */
export type ResourceKind = 'html' | 'css' | 'js' | 'font' | 'image' | 'data' | 'other';
export const RESOURCE_KINDS: readonly ResourceKind[] = ['html', 'css', 'js', 'font', 'image', 'data', 'other'];

export function resourceKind(resourceType: string): ResourceKind {
  switch (resourceType) {
    case 'document':
      return 'html';
    case 'stylesheet':
      return 'css';
    case 'script':
      return 'js';
    case 'font':
      return 'font';
    case 'image':
      return 'image';
    case 'fetch':
    case 'xhr':
      return 'data';
    default:
      return 'other';
  }
}

export interface Download {
  url: string;
  kind: ResourceKind;
  bytes: number;
  gzip: number;
}

export interface DownloadTotals {
  byKind: Record<ResourceKind, Total>;
  total: Total;
}

/** Downloads summed by kind (every kind present, zero where nothing of it was asked for). */
export function downloadTotals(downloads: readonly Download[]): DownloadTotals {
  const byKind = Object.fromEntries(RESOURCE_KINDS.map((k) => [k, total(downloads.filter((d) => d.kind === k))])) as Record<ResourceKind, Total>;
  return { byKind, total: total(downloads) };
}

/**
 * The text of a chapter page a reader reads (its title and body, as plain text with whitespace collapsed; controls
 * such as buttons left out): the physical floor of what reading it takes.
 */
export function chapterText(html: string, file: string): string {
  const root = parse(html);
  const parts = root.querySelectorAll('article.chapter h1, .chapter-body');
  if (parts.length < 2) throw new Error(`${file}: no chapter title and body (article.chapter h1, .chapter-body)`);
  for (const part of parts) for (const el of part.querySelectorAll('button, script, style, template')) el.remove();
  return parts
    .map((p) => p.structuredText)
    .join('\n')
    .replace(/\s+/g, ' ')
    .trim();
}
