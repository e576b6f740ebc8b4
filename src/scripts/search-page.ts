// The search page: runs the query from ?q= (and the chapter and part filters), keeps the URL in step
// so a search can be shared, shows hit counts beside the filters, and pages through the results.
import { search } from '../lib/search/engine.ts';
import { fill } from '../lib/search/fill.ts';
import { partFilterParam } from '../lib/search/filters.ts';
import { pagefind } from '../lib/search/load.ts';
import { countText, hitLink, onTyping, otherLanguageHint, readStrings } from './search-ui.ts';

const PAGE = 20;
const DEBOUNCE_MS = 200;

export function start(root: HTMLElement): void {
  const s = readStrings(root);
  const lang = root.dataset.lang ?? 'zh';
  const form = root.querySelector('form');
  const status = root.querySelector<HTMLElement>('.search-status');
  const list = root.querySelector<HTMLOListElement>('.search-results');
  const foot = root.querySelector<HTMLElement>('.search-foot');
  if (!form || !status || !list || !foot) return;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const selects = [...form.querySelectorAll('select')];
  root.querySelector<HTMLElement>('[data-search-nojs]')?.remove();

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const select of selects) select.value = select.name === 'part' ? partFilterParam(params.get('part') ?? '') : (params.get(select.name) ?? '');

  const switcher = document.querySelector<HTMLAnchorElement>('a[data-lang-switch]');
  const switchTo = switcher?.getAttribute('href') ?? '';
  let limit = PAGE;
  let seq = 0;
  const more = document.createElement('button');
  more.type = 'button';
  more.className = 'search-more';
  more.textContent = s.more;

  const sync = (query: string): void => {
    const url = new URL(location.href);
    url.search = '';
    if (query) url.searchParams.set('q', query);
    for (const select of selects) if (select.value) url.searchParams.set(select.name, select.value);
    history.replaceState(null, '', url);
    // The language switch takes the query along.
    switcher?.setAttribute('href', query ? `${switchTo}?q=${encodeURIComponent(query)}` : switchTo);
  };

  const counts = (values: Record<string, Record<string, number>>): void => {
    for (const select of selects) {
      for (const option of select.options) {
        if (!option.value) continue;
        const label = option.dataset.label ?? option.text;
        const n = values[select.name]?.[option.value];
        option.text = n === undefined ? label : fill(s.withCount, { label, n });
      }
    }
  };

  const run = async (): Promise<void> => {
    const query = input.value.trim();
    const mine = ++seq;
    sync(query);
    if (!query) {
      status.textContent = s.empty;
      list.replaceChildren();
      list.dataset.query = '';
      foot.replaceChildren();
      counts({});
      return;
    }
    status.textContent = s.loading;
    const filters = Object.fromEntries(selects.map((sel) => [sel.name, sel.value]));
    try {
      const outcome = await search(await pagefind(lang), query, { filters, limit });
      if (mine !== seq) return;
      list.replaceChildren(
        ...outcome.hits.map((hit) => {
          const li = document.createElement('li');
          li.append(hitLink(hit, s));
          return li;
        }),
      );
      status.textContent = countText(outcome.total, query, s);
      list.dataset.query = query;
      counts(outcome.counts);
      foot.replaceChildren(...(outcome.total > outcome.hits.length ? [more] : []));
      const hint = await otherLanguageHint(query, s);
      if (mine === seq && hint) foot.append(hint);
    } catch (error) {
      if (mine !== seq) return;
      console.error(error);
      status.textContent = s.error;
    }
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    limit = PAGE;
    void run();
  });
  onTyping(
    input,
    () => {
      limit = PAGE;
      void run();
    },
    DEBOUNCE_MS,
  );
  for (const select of selects)
    select.addEventListener('change', () => {
      limit = PAGE;
      void run();
    });
  more.addEventListener('click', () => {
    limit += PAGE;
    void run();
  });
  void run();
}
