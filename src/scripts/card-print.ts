/**
 * The Print buttons of the card page (src/views/CardPage.astro): one for the sheet of wallet cards, one for the
 * full-page card. Each says which to print (<html data-print="wallet|full">, read by the print styles) and opens
 * the browser's print dialog, which also works on phones. Without JavaScript the buttons stay hidden and the page
 * says how to print instead (.card-nojs).
 * A print the reader starts another way (Ctrl+P, the browser menu) prints the default again: the wallet sheet, or
 * the full-page card when the page is open at #card-full.
 */
const root = document.documentElement;
let fromButton = false;

for (const hint of document.querySelectorAll<HTMLElement>('.card-nojs')) hint.hidden = true;
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => {
    root.dataset.print = button.dataset.print;
    fromButton = true;
    window.print();
  });
}
addEventListener('beforeprint', () => {
  if (!fromButton) delete root.dataset.print;
  fromButton = false;
});
