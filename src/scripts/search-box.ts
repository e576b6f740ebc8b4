// The header search box as a combobox (WAI-ARIA 1.2 pattern): results drop down as the reader types;
// arrows move through them, Enter follows one (or, with none chosen, submits to the search page),
// Escape closes the list. Loaded on first focus by the script in SearchBox.astro.
import { search } from '../lib/search/engine.ts';
import { fill } from '../lib/search/fill.ts';
import { pagefind } from '../lib/search/load.ts';
import { countText, hitLink, onTyping, otherLanguageHint, readStrings } from './search-ui.ts';

const SHOWN = 6;
const DEBOUNCE_MS = 120;

export function attach(form: HTMLFormElement, input: HTMLInputElement): void {
  const s = readStrings(form);
  const lang = form.dataset.lang ?? 'zh';
  const popup = form.querySelector<HTMLElement>('.search-popup');
  if (!popup) return;
  const status = document.createElement('p');
  status.className = 'search-status';
  status.setAttribute('role', 'status');
  const list = document.createElement('div');
  list.id = `${popup.id}-list`;
  list.className = 'search-options';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', s.results);
  const foot = document.createElement('p');
  foot.className = 'search-foot';
  popup.replaceChildren(status, list, foot);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');

  let options: HTMLAnchorElement[] = [];
  /** The query whose hits the list holds. */
  let shown = '';
  let active = -1;
  let seq = 0;

  const open = (): void => {
    popup.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const close = (): void => {
    popup.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    choose(-1);
  };
  const choose = (k: number): void => {
    options[active]?.setAttribute('aria-selected', 'false');
    active = k;
    const option = options[k];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      option.scrollIntoView({ block: 'nearest' });
      input.setAttribute('aria-activedescendant', option.id);
    } else input.removeAttribute('aria-activedescendant');
  };

  const run = async (): Promise<void> => {
    const query = input.value.trim();
    const mine = ++seq;
    if (!query) return close();
    open();
    status.textContent = s.loading;
    try {
      const outcome = await search(await pagefind(lang), query, { limit: SHOWN });
      if (mine !== seq) return;
      const all = document.createElement('a');
      all.href = `${form.action}?q=${encodeURIComponent(query)}`;
      all.className = 'search-all';
      all.textContent = fill(s.all, { query });
      options = [...outcome.hits.map((hit) => hitLink(hit, s)), all];
      options.forEach((a, k) => {
        a.id = `${list.id}-${k}`;
        a.tabIndex = -1;
        a.setAttribute('role', 'option');
        a.setAttribute('aria-selected', 'false');
      });
      active = -1;
      input.removeAttribute('aria-activedescendant');
      list.replaceChildren(...options);
      shown = query;
      status.textContent = countText(outcome.total, query, s);
      foot.replaceChildren();
      const hint = await otherLanguageHint(query, s);
      if (mine === seq && hint) foot.replaceChildren(hint);
    } catch (error) {
      if (mine !== seq) return;
      console.error(error);
      status.textContent = s.error;
    }
  };

  onTyping(input, () => void run(), DEBOUNCE_MS);
  input.addEventListener('focus', () => {
    if (input.value.trim() === shown && options.length) open();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (popup.hidden) {
        if (input.value.trim() === shown && options.length) open();
        else if (input.value.trim()) void run();
        return;
      }
      e.preventDefault();
      const n = options.length;
      if (n) choose(e.key === 'ArrowDown' ? (active + 1) % n : (active - 1 + n) % n);
    } else if (e.key === 'Enter' && !popup.hidden && options[active]) {
      e.preventDefault();
      options[active]?.click();
    } else if (e.key === 'Escape') {
      if (!popup.hidden) {
        e.preventDefault();
        close();
      } else if (input.value) input.value = '';
    }
  });
  form.addEventListener('focusout', (e) => {
    if (!(e.relatedTarget instanceof Node && form.contains(e.relatedTarget))) close();
  });
  // The box may already hold text: typed before this module arrived, or restored by the browser.
  if (input.value.trim()) void run();
}
