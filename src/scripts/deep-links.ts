// Progressive enhancement on chapter pages (the page reads and links fine without it):
// - copy-link controls copy the full URL of their anchor and announce it in the live region;
// - each numbered paragraph gets a "cite" button that opens the citation dialog for that paragraph;
// - the chapter citation gets today's date as its access date, and copy buttons.
import { cite, type CiteTemplates, type CiteWork, fill, isoDay } from '../lib/cite.ts';

const status = document.querySelector<HTMLElement>('[data-announce]');
let clearTimer: number | undefined;

/** Show and announce a message (role="status"), then clear it so the next one is announced again. */
function announce(message: string): void {
  if (!status) return;
  window.clearTimeout(clearTimer);
  status.textContent = message;
  clearTimer = window.setTimeout(() => (status.textContent = ''), 5000);
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false; // no clipboard permission or not a secure context
  }
}

/** The address to share: this page (without query) plus the link's fragment, if any. */
function shareUrl(link: HTMLAnchorElement): string {
  const url = new URL(link.href);
  url.search = '';
  return url.href;
}

document.addEventListener('click', (event) => {
  const target = event.target as Element | null;
  const link = target?.closest<HTMLAnchorElement>('a[data-copy-link]');
  if (link && !event.metaKey && !event.ctrlKey && !event.shiftKey && event.button === 0) {
    event.preventDefault();
    const url = shareUrl(link);
    void copy(url).then((ok) => {
      if (ok) return announce(fill(status?.dataset.copied ?? '{{url}}', { url }));
      // Fall back to what the link does without JavaScript: go to the anchor, so the URL is in the address bar.
      location.href = url;
      announce(fill(status?.dataset.copyFailed ?? '{{url}}', { url }));
    });
    return;
  }
  const button = target?.closest<HTMLButtonElement>('button[data-copy-from]');
  if (button) {
    const box = button.closest('[data-cite-box]');
    const source = box?.querySelector(button.dataset.copyFrom === 'bib' ? '[data-cite-bib]' : '[data-cite-text]');
    void copy(source?.textContent ?? '').then((ok) => ok && announce(button.dataset.copied ?? ''));
  }
});

// Citations: fields and templates rendered by ChapterCite.astro.
const chapterCite = document.querySelector<HTMLElement>('[data-cite]');
const dialog = document.querySelector<HTMLDialogElement>('[data-cite-dialog]');
if (chapterCite) {
  const { work, templates } = JSON.parse(chapterCite.dataset.cite!) as { work: CiteWork; templates: CiteTemplates };
  const accessed = isoDay(new Date());
  const show = (box: Element | null, citation: { text: string; bibtex: string }) => {
    if (!box) return;
    box.querySelector('[data-cite-text]')!.textContent = citation.text;
    box.querySelector('[data-cite-bib]')!.textContent = citation.bibtex;
    for (const b of box.querySelectorAll<HTMLButtonElement>('button[data-copy-from]')) b.hidden = false;
  };
  show(chapterCite.querySelector('[data-cite-box]'), cite(work, templates, { accessed }));
  chapterCite.querySelector<HTMLElement>('[data-cite-nodate]')?.remove();

  if (dialog && typeof dialog.showModal === 'function') {
    const title = dialog.querySelector('[data-cite-title]')!;
    for (const para of document.querySelectorAll<HTMLElement>('.chapter-body p.para[id]')) {
      const n = para.querySelector('.pnum')?.textContent?.trim();
      const tools = para.querySelector('.para-tools');
      if (!n || !tools) continue;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'cite-button';
      button.textContent = dialog.dataset.button ?? '';
      button.setAttribute('aria-label', fill(dialog.dataset.title!, { n }));
      button.setAttribute('aria-haspopup', 'dialog');
      button.addEventListener('click', () => {
        title.textContent = fill(dialog.dataset.title!, { n });
        show(dialog.querySelector('[data-cite-box]'), cite(work, templates, { para: n, anchor: para.id, accessed }));
        dialog.showModal();
      });
      tools.append(button);
    }
    // A click on the backdrop (outside the dialog's box) closes it, as Esc does.
    dialog.addEventListener('click', (event) => {
      const r = dialog.getBoundingClientRect();
      const inside = event.clientX >= r.left && event.clientX <= r.right && event.clientY >= r.top && event.clientY <= r.bottom;
      if (event.target === dialog && !inside) dialog.close();
    });
  }
}
