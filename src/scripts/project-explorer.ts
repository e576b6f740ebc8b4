// The project explorer on the data page (src/components/ProjectExplorer.astro). Without JavaScript the whole
// table shows; this shows the filters, filters the rows (year, list, category, words of either name), keeps
// the filters in the URL (?year=…&list=…&category=…&q=…, restored on load), announces the count and sorts by the
// column headings (a button in each sortable header cell, aria-sort on the sorted one).
const filters = document.querySelector<HTMLFieldSetElement>('fieldset[data-explorer]');
const table = document.querySelector<HTMLTableElement>('table[data-explorer]');
const live = document.querySelector<HTMLElement>('[data-explorer-count]');

if (filters && table?.tHead && live) {
  const body = table.tBodies[0]!;
  const rows = [...body.rows];
  const fields = ['year', 'list', 'category', 'q'];
  const field = (name: string) => filters.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  const names = rows.map((r) => norm([...r.querySelectorAll('.nm')].map((c) => c.textContent).join(' ')));

  const apply = (remember: boolean) => {
    const want = fields.map((f) => field(f).value);
    const words = norm(want[3]!).split(' ');
    let shown = 0;
    rows.forEach((r, k) => {
      const hit = fields.slice(0, 3).every((f, i) => !want[i] || r.dataset[f] === want[i]) && words.every((w) => names[k]!.includes(w));
      r.hidden = !hit;
      if (hit) shown++;
    });
    live.textContent = live.dataset.template!.replace('{{shown}}', String(shown)).replace('{{total}}', String(rows.length));
    if (!remember) return;
    const url = new URL(location.href);
    fields.forEach((f, i) => (want[i] ? url.searchParams.set(f, want[i]) : url.searchParams.delete(f)));
    history.replaceState(history.state, '', url);
  };

  const params = new URLSearchParams(location.search);
  for (const f of fields) {
    const el = field(f);
    el.value = params.get(f) ?? '';
    if (el instanceof HTMLSelectElement && el.selectedIndex < 0) el.selectedIndex = 0;
  }
  filters.hidden = false;
  filters.addEventListener('input', () => apply(true));
  filters.querySelector('[data-explorer-reset]')?.addEventListener('click', () => {
    for (const f of fields) field(f).value = '';
    apply(true);
  });
  if (fields.some((f) => params.has(f))) apply(false);

  // Sorting: numbers, the order of a filter's options (list, category), or names by the column's collation.
  const heads = [...table.tHead.rows[0]!.cells];
  let sorted: HTMLTableCellElement | undefined;
  let dir = 1;
  heads.forEach((th, col) => {
    const kind = th.dataset.sort;
    if (!kind) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener('click', () => {
      dir = sorted === th ? -dir : 1;
      sorted = th;
      const text = (r: HTMLTableRowElement) => r.cells[col]!.textContent ?? '';
      const options = fields.includes(kind) ? [...(field(kind) as HTMLSelectElement).options].map((o) => o.value) : undefined;
      const collator = kind === 'num' || options ? undefined : new Intl.Collator(kind);
      const key = (r: HTMLTableRowElement): number | string =>
        options ? options.indexOf(r.dataset[kind]!) : collator ? text(r) : text(r) ? Number(text(r)) : Infinity;
      const cmp = (a: number | string, b: number | string) => (collator ? collator.compare(String(a), String(b)) : Number(a) - Number(b));
      const order = rows.map((r, k) => ({ r, k, v: key(r) }));
      order.sort((a, b) => dir * cmp(a.v, b.v) || a.k - b.k);
      body.append(...order.map((o) => o.r));
      for (const h of heads) h.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', dir > 0 ? 'ascending' : 'descending');
    });
  });
}
