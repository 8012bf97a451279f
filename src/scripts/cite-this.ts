/**
 * "Copy citation" and "Copy link" buttons on rule pages: a small progressive
 * enhancement. Without JavaScript nothing is lost: every citation is printed
 * in the provision heading and every provision has its own link.
 */
const live = document.createElement('p');
live.className = 'sr-only';
live.setAttribute('role', 'status');
document.body.append(live);

async function copy(text: string, what: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    live.textContent = `Copied ${what}: ${text}`;
  } catch {
    live.textContent = `Could not copy. Select the text and copy it instead: ${text}`;
  }
}

function button(label: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'copy-button';
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}

for (const meta of document.querySelectorAll<HTMLElement>('[data-cite]')) {
  const { cite = '', bluebook = '', anchor = '' } = meta.dataset;
  const url = `${location.origin}${location.pathname}#${anchor}`;
  meta.append(
    button('Copy citation', () => void copy(cite, 'citation')),
    ...(bluebook && bluebook !== cite ? [button('Copy Bluebook', () => void copy(bluebook, 'Bluebook citation'))] : []),
    button('Copy link', () => void copy(url, 'link')),
  );
}
