// "No response needed" on a buyer message that asks something: confirm first, and count it.
import { send } from '../../storage/client';
import { nrnClickStep } from '../../rules/composer-guards';
import { t } from '../../components/i18n';
import { confirmDialog } from '../../components/composer/dialog';
import { asksQuestion } from './asks-question';
import { guarded } from './guarded';
import { findNrnControls } from './page';
import type { ComposerState } from './state';

type NrnControl = ReturnType<typeof findNrnControls>[number];

export function installNrnGuard(state: ComposerState): void {
  // the click the seller confirmed, sent again by us: it passes, counted
  const bypass = { on: false };
  window.addEventListener('click', (event) => guarded(() => {
    const path = event.composedPath();
    const control = findNrnControls(document).find((c) => path.includes(c.element));
    if (!control) return;
    const step = nrnClickStep(bypass.on, asksQuestion(control.messageText || state.context.buyerMessage || ''));
    if (step === 'count') void send('usage/record', { kind: 'nrn-on-question', host: state.host, caseId: state.context.caseId }).catch(() => undefined);
    if (step !== 'confirm') return;
    event.preventDefault();
    event.stopImmediatePropagation();
    confirmNrn(control, bypass);
  }), { capture: true, signal: state.signal });
}

function confirmNrn(control: NrnControl, bypass: { on: boolean }): void {
  void confirmDialog({
    kind: 'nrn-guard',
    title: t('composerNrnTitle'),
    intro: t('composerNrnIntro'),
    items: [control.messageText.slice(0, 200)],
    safeLabel: t('composerNrnCancel'),
    riskyLabel: t('composerNrnConfirm'),
  }).then((confirmed) => {
    if (!confirmed || !control.element.isConnected) return;
    bypass.on = true;
    control.element.click();
    bypass.on = false;
  });
}
