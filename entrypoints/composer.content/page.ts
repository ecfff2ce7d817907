// The ONLY code that knows the composer's DOM (seller-central-dom.md §2.4, §2.5).
import { findAll, type SelectorList } from '../../lib/selectors';

export const COMPOSER_SELECTORS: SelectorList = [
  { variant: 'contact-buyer kat-textarea', selector: '.contact-buyer-text-area kat-textarea' },
  { variant: 'any kat-textarea', selector: 'kat-textarea', deep: true },
  { variant: 'plain textarea', selector: 'textarea' },
];

export function findComposers(root: ParentNode) {
  return findAll(root, COMPOSER_SELECTORS);
}
