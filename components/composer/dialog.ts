// Our own confirmation dialog (Send guard, "No response needed" guard): role=dialog, focus kept inside
// while open, Escape = the safe choice. Resolves true only when the seller picks the risky action.
import { createUiHost } from './ui-host';

export interface ConfirmOptions {
  kind: string;
  title: string;
  intro: string;
  items: string[];
  safeLabel: string;
  riskyLabel: string;
}

export function confirmDialog(options: ConfirmOptions): Promise<boolean> {
  const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const { host, root } = createUiHost('rg-composer-dialog');
  host.dataset.rg = options.kind;
  host.style.display = 'block';
  const backdrop = document.createElement('div');
  backdrop.className = 'backdrop';
  const dialog = document.createElement('div');
  dialog.className = 'dialog';
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-labelledby', 'rg-dialog-title');
  const title = Object.assign(document.createElement('h2'), { id: 'rg-dialog-title', textContent: options.title });
  const intro = Object.assign(document.createElement('p'), { textContent: options.intro });
  const list = document.createElement('ul');
  list.append(...options.items.map((text) => Object.assign(document.createElement('li'), { textContent: text })));
  const safe = Object.assign(document.createElement('button'), { type: 'button', className: 'primary', textContent: options.safeLabel });
  safe.dataset.rgAction = 'safe';
  const risky = Object.assign(document.createElement('button'), { type: 'button', textContent: options.riskyLabel });
  risky.dataset.rgAction = 'risky';
  const actions = Object.assign(document.createElement('div'), { className: 'actions' });
  actions.append(risky, safe);
  dialog.append(title, intro, list, actions);
  backdrop.append(dialog);
  root.append(backdrop);
  document.body.append(host);

  return new Promise((resolve) => {
    const close = (answer: boolean) => {
      host.remove();
      if (!answer) previous?.focus({ preventScroll: true });
      resolve(answer);
    };
    safe.addEventListener('click', () => close(false));
    risky.addEventListener('click', () => close(true));
    backdrop.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        close(false);
      } else if (e.key === 'Tab') {
        // two buttons: Tab and Shift+Tab only move between them
        e.preventDefault();
        (root.activeElement === safe ? risky : safe).focus();
      }
      e.stopPropagation();
    });
    safe.focus();
  });
}
