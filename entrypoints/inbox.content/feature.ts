// Placeholder wiring until the badges land: reports whether the inbox was recognised.
import type { Feature } from '../../lib/features';
import { observeDeep } from '../../lib/observe';
import { isInboxPage } from '../../lib/surface-urls';
import { findOrderIds } from '../../rules/order-id';

export const inboxFeature: Feature = {
  id: 'inbox-sla-badges',
  surface: 'inbox',
  matches: isInboxPage,
  run({ signal, report }) {
    observeDeep(document, () => {
      const found = findOrderIds(document.body.innerText).length > 0;
      report(found ? 'ok' : 'not-found', found ? undefined : 'no thread list found');
    }, { signal });
  },
};
