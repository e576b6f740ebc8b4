// The language switch keeps the reader's place: both languages share every id, so the other language's page
// gets this page's #fragment, or else the id of the block at the top of the window once the reader has scrolled.
// Without JavaScript the switch still goes to the same page in the other language.
const link = document.querySelector<HTMLAnchorElement>('a[data-lang-switch]');

/** The first block with an id that is still visible below the (possibly sticky) header. */
function blockInView(): string {
  if (window.scrollY < 1) return '';
  const top = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
  // Blocks whose ids both languages share: chapter text, parallel rows, glossary terms, the contents list.
  const blocks = document.querySelectorAll<HTMLElement>('.chapter-body [id], .parallel > [id], .terms > [id], .contents[id]');
  for (const el of blocks) if (el.getBoundingClientRect().bottom > Math.max(top, 0) + 8) return `#${el.id}`;
  return '';
}

function update(withScroll: boolean): void {
  if (!link) return;
  const place = location.hash.length > 1 ? location.hash : withScroll ? blockInView() : '';
  link.href = link.href.replace(/#.*$/, '') + place;
}

if (link) {
  update(false);
  window.addEventListener('hashchange', () => update(false));
  // Just before the link is followed (click, Enter, middle click, context menu for "copy link").
  for (const type of ['pointerdown', 'focus', 'click']) link.addEventListener(type, () => update(true));
}
