// Every piece of injected UI sits in an element of our own, marked with RG_UI_ATTR (so observers and
// scanners skip it) and holding an OPEN shadow root (so tests and the contract hooks reach inside).
import { createShadowHost } from '../shadow-host';
import { COMPOSER_CSS } from './styles';

export function createUiHost(tag = 'rg-composer-ui'): { host: HTMLElement; root: ShadowRoot } {
  return createShadowHost(document, tag, COMPOSER_CSS);
}
