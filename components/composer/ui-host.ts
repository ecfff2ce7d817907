// Every piece of injected UI sits in an element of our own, marked with RG_UI_ATTR (so observers and
// scanners skip it) and holding an OPEN shadow root (so tests and the contract hooks reach inside).
import { RG_UI_ATTR } from '../../lib/deep-dom';
import { adoptStyles } from './styles';

export function createUiHost(tag = 'rg-composer-ui'): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(tag);
  host.setAttribute(RG_UI_ATTR, '');
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root);
  return { host, root };
}
