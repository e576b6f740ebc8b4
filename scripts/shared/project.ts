// Where the project's files are, and the report metadata in content/report.json.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError, type ReportConfig } from '#core/model.ts';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function readJson<T>(path: string): T {
  let text: string;
  try {
    text = readFileSync(join(ROOT, path), 'utf8');
  } catch {
    throw new InputError(path, undefined, 'file not found');
  }
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new InputError(path, undefined, `invalid JSON: ${(error as Error).message}`);
  }
}

/** The version of an installed package (what a benchmark records, what a cache key depends on). */
export function installedVersion(pkg: string): string {
  return readJson<{ version: string }>(join('node_modules', pkg, 'package.json')).version;
}

export function reportConfig(): ReportConfig {
  const config = readJson<Partial<ReportConfig>>('content/report.json');
  for (const field of ['id', 'site', 'source', 'issuer', 'title', 'shortTitle', 'district', 'published', 'years', 'edition', 'slugs'] as const) {
    if (config[field] === undefined) throw new InputError('content/report.json', undefined, `missing field "${field}"`);
  }
  if (!/^[a-z][a-z0-9-]*$/.test(config.id!))
    throw new InputError('content/report.json', undefined, `field "id": "${config.id}" must be lowercase ASCII letters, digits and hyphens`);
  if (!URL.canParse(config.site!)) throw new InputError('content/report.json', undefined, `field "site": "${config.site}" is not an absolute URL`);
  return config as ReportConfig;
}

/** The site URL of this build: SITE_URL, else content/report.json "site" (astro.config.mjs and the checks of the output agree on it). */
export const siteUrl = (): string => process.env.SITE_URL ?? reportConfig().site;
