/**
 * "Copy citation" and "Copy link" buttons on rule pages: a small progressive
 * enhancement. Without JavaScript nothing is lost: every citation is printed
 * in the provision heading and every provision has its own link.
 */
import { ct } from '../i18n/client.ts';

const live = document.createElement('p');
live.className = 'sr-only';
live.setAttribute('role', 'status');
document.body.append(live);

async function copy(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    live.textContent = ct('copy.done', { text });
  } catch {
    live.textContent = ct('copy.failed', { text });
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

// Keep the reader on the same provision when they switch language (every link of the switch).
for (const languageSwitch of document.querySelectorAll<HTMLAnchorElement>('a.language-switch')) {
  const bare = languageSwitch.href.split('#')[0];
  const follow = () => (languageSwitch.href = location.hash ? bare + location.hash : bare);
  addEventListener('hashchange', follow);
  follow();
}

for (const meta of document.querySelectorAll<HTMLElement>('[data-cite]')) {
  const { cite = '', bluebook = '', anchor = '' } = meta.dataset;
  const url = `${location.origin}${location.pathname}#${anchor}`;
  meta.append(
    button(ct('copy.citation'), () => void copy(cite)),
    ...(bluebook && bluebook !== cite ? [button(ct('copy.bluebook'), () => void copy(bluebook))] : []),
    button(ct('copy.link'), () => void copy(url)),
  );
}
