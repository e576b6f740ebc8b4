// Progressive enhancement: reveal the Print buttons (hidden without JavaScript) and open the print dialog.
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
