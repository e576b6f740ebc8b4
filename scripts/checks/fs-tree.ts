// The real content tree on disk, for checkContent().
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentTree } from './content-check.ts';

export function diskTree(root: string): ContentTree {
  return {
    list(lang) {
      const dir = join(root, 'content', 'chapters', lang);
      return existsSync(dir)
        ? readdirSync(dir)
            .filter((f) => f.endsWith('.mdx'))
            .sort()
        : [];
    },
    read(path) {
      const full = join(root, path);
      return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
    },
  };
}
