// "Copy page structure": the current Seller Central tab's skeleton, text-free (lib/page-structure),
// to the clipboard and shown below the button, so the seller sees exactly what a support request
// would carry. Nothing is sent anywhere.
import { useState } from 'react';
import { send } from '../../storage/client';
import { t } from '../../components/i18n';
import { activeTabId } from './store';

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string; copied: boolean } | { kind: 'failed'; reason: string };

export function CopyStructure() {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const copy = async () => {
    setState({ kind: 'busy' });
    try {
      const reply = await send('page/structure', { tabId: await activeTabId() });
      if (reply.structure === null) return setState({ kind: 'failed', reason: reply.error ?? '?' });
      // the clipboard may be refused (no focus): the text is still shown to select by hand
      const copied = await navigator.clipboard.writeText(reply.structure).then(
        () => true,
        () => false,
      );
      setState({ kind: 'done', text: reply.structure, copied });
    } catch (error) {
      setState({ kind: 'failed', reason: (error as Error).message });
    }
  };
  return (
    <div className="rg-structure">
      <button type="button" className="rg-link" data-rg="copy-structure" disabled={state.kind === 'busy'} onClick={() => void copy()} title={t('popupCopyStructureHint')}>
        {t('popupCopyStructure')}
      </button>
      {state.kind === 'failed' && (
        <p role="alert" className="rg-error" data-rg="copy-structure-status">
          {t('popupCopyStructureFailed', state.reason)}
        </p>
      )}
      {state.kind === 'done' && (
        <>
          <p role="status" className="rg-muted" data-rg="copy-structure-status">
            {t('popupCopiedStructure', state.text.split('\n').length)}
          </p>
          <details>
            <summary>{t('popupStructureShown')}</summary>
            <textarea readOnly data-rg="structure-text" rows={8} value={state.text} aria-label={t('popupStructureShown')} />
          </details>
        </>
      )}
    </div>
  );
}
