/**
 * "Copy citation" and "Copy link" buttons on rule pages: a small progressive
 * enhancement. Without JavaScript nothing is lost: every citation is printed
 * in the provision heading and every provision has its own link. A copy is
 * confirmed twice: "Copied" on the button, for the eye, and the text copied in
 * a live region, for a screen reader.
 */
import { ct } from '../i18n/client.ts';

const live = document.createElement('p');
live.className = 'sr-only';
live.setAttribute('role', 'status');
document.body.append(live);

/** How long a button says "Copied" after copying. */
const CONFIRM_MS = 2500;

/**
 * Says "Copied" on the button itself for a moment. The button keeps its
 * accessible name (the label stays in the page, visually hidden) and the
 * focus, so a screen reader hears the live region once, not a renamed button.
 */
function confirm(b: HTMLButtonElement): void {
  const label = b.children[0] as HTMLElement;
  const done = b.children[1] as HTMLElement;
  clearTimeout(Number(b.dataset.timer));
  if (done.hidden) b.style.minWidth = `${b.offsetWidth}px`; // no jump in the row of buttons
  label.classList.add('sr-only');
  done.hidden = false;
  b.dataset.copied = '';
  b.dataset.timer = String(
    setTimeout(() => {
      label.classList.remove('sr-only');
      done.hidden = true;
      delete b.dataset.copied;
      b.style.minWidth = '';
    }, CONFIRM_MS),
  );
}

async function copy(text: string, b: HTMLButtonElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    live.textContent = ct('copy.done', { text });
    confirm(b);
  } catch {
    live.textContent = ct('copy.failed', { text });
  }
}

function button(label: string, text: () => string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'copy-button';
  const name = document.createElement('span');
  name.textContent = label;
  const done = document.createElement('span');
  done.textContent = ct('copy.copied');
  done.setAttribute('aria-hidden', 'true');
  done.hidden = true;
  b.append(name, done);
  b.addEventListener('click', () => void copy(text(), b));
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
    button(ct('copy.citation'), () => cite),
    ...(bluebook && bluebook !== cite ? [button(ct('copy.bluebook'), () => bluebook)] : []),
    button(ct('copy.link'), () => url),
  );
}
