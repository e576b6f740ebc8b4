// Loading Pagefind in the browser, once per language, and only when a search starts. Each language has
// its own bundle (pagefind/zh/, pagefind/en/), and each bundle's pagefind.js is imported on its own:
// instances made by one copy of pagefind.js share its WebAssembly, so a second index would overwrite the first.
import { href } from '../href.ts';
import type { PagefindInstance } from './engine.ts';

interface PagefindModule {
  createInstance(options: { basePath: string; baseUrl: string; noWorker: boolean }): PagefindInstance & { init(): Promise<void> };
}

const instances = new Map<string, Promise<PagefindInstance>>();

/**
 * The search over one language's bundle. Hit URLs stay site paths (baseUrl "/"), which href() puts under
 * the base path. On the main thread: the index is small, and a worker would cost another 13 kB.
 */
export function pagefind(lang: string): Promise<PagefindInstance> {
  let instance = instances.get(lang);
  if (!instance) {
    const basePath = href(`pagefind/${lang}/`);
    const url = href(`pagefind/${lang}/pagefind.js`); // a plain variable: Vite leaves import(url) alone
    instance = (import(/* @vite-ignore */ url) as Promise<PagefindModule>).then(async (m) => {
      const pf = m.createInstance({ basePath, baseUrl: '/', noWorker: true });
      await pf.init();
      return pf;
    });
    instance.catch(() => instances.delete(lang));
    instances.set(lang, instance);
  }
  return instance;
}
