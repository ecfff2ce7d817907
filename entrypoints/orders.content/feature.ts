// Placeholder wiring until the guard lands: reports whether the RaR control was found.
import type { Feature } from '../../lib/features';
import { observeDeep } from '../../lib/observe';
import { isOrderDetailsPage } from '../../lib/surface-urls';

export const reviewGuardFeature: Feature = {
  id: 'review-guard',
  surface: 'review-guard',
  matches: isOrderDetailsPage,
  run({ signal, report }) {
    observeDeep(document, () => {
      const found = document.querySelector('[data-test-id="plugin-button-requestAReview"] a, span[data-test-id="request-a-review-button"] a');
      report(found ? 'ok' : 'not-found', found ? undefined : 'Request a Review button not found');
    }, { signal });
  },
};
