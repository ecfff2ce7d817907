// Placeholder wiring until the checker UI lands: finds the composer and reports health.
import type { Feature } from '../../lib/features';
import { observeDeep } from '../../lib/observe';
import { hasComposer } from '../../lib/surface-urls';
import { findComposers } from './page';

export const composerFeature: Feature = {
  id: 'composer-checker',
  surface: 'composer',
  matches: hasComposer,
  run({ signal, report }) {
    observeDeep(document, () => report(findComposers(document).length ? 'ok' : 'not-found', findComposers(document).length ? undefined : 'no message box found on this page'), { signal });
  },
};
