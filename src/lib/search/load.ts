// Loading Pagefind in the browser, once, and only when a search starts. Each language has its own
// bundle (pagefind/zh/, pagefind/en/); one copy of pagefind.js serves both.
import { href } from '../site.ts';
import type { PagefindInstance } from './engine.ts';

interface PagefindModule {
  createInstance(options: { basePath: string; noWorker?: boolean }): PagefindInstance & { init(): Promise<void> };
}

let module: Promise<PagefindModule> | undefined;
const instances = new Map<string, Promise<PagefindInstance>>();

/** The search over one language's bundle. Runs on the main thread: the index is small, and a worker would cost another 13 kB. */
export function pagefind(lang: string): Promise<PagefindInstance> {
  let instance = instances.get(lang);
  if (!instance) {
    module ??= import(/* @vite-ignore */ href(`pagefind/${lang}/pagefind.js`)) as Promise<PagefindModule>;
    instance = module.then(async (m) => {
      const pf = m.createInstance({ basePath: href(`pagefind/${lang}/`), noWorker: true });
      await pf.init();
      return pf;
    });
    instance.catch(() => instances.delete(lang));
    instances.set(lang, instance);
  }
  return instance;
}
