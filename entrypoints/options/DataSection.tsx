// Options: the seller's data (export, import, delete). Everything stays in this browser.
import { send } from '../../storage/client';
import { forgetPopupMemory } from '../../lib/popup-memory';
import { t } from '../../components/i18n';
import type { Status } from './section';

function downloadJson(name: string, data: unknown) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

interface DataSectionProps {
  say: (status: Status) => void;
  /** read the settings again (an import or a wipe changed them) */
  reload: () => Promise<void>;
}

export function DataSection({ say, reload }: DataSectionProps) {
  async function exportData() {
    try {
      const file = await send('data/export', {});
      downloadJson(`replyguard-export-${new Date(file.exportedAt).toISOString().slice(0, 10)}.json`, file);
      say({ kind: 'ok', text: t('optionsExported', file.threads.length, file.reviewRequests.length, file.orders.length) });
    } catch (e) {
      say({ kind: 'error', text: t('optionsExportFailed', (e as Error).message) });
    }
  }

  async function importData(file: File | undefined) {
    if (!file) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      say({ kind: 'error', text: t('optionsNotJson', file.name) });
      return;
    }
    try {
      const summary = await send('data/import', { file: parsed });
      await reload();
      say({ kind: 'ok', text: t('optionsImported', summary.threads, summary.reviewRequests, summary.orders) });
    } catch (e) {
      say({ kind: 'error', text: t('optionsImportFailed', file.name, (e as Error).message) });
    }
  }

  async function wipe() {
    if (!confirm(t('optionsWipeConfirm'))) return;
    try {
      await send('data/wipe', {});
      // the popup's copy of its last paint lives in this origin's localStorage, out of the background's reach
      forgetPopupMemory();
      await reload();
      say({ kind: 'ok', text: t('optionsWiped') });
    } catch (e) {
      say({ kind: 'error', text: t('optionsWipeFailed', (e as Error).message) });
    }
  }

  return (
    <section className="rg-card">
      <h2>{t('optionsData')}</h2>
      <p className="rg-muted">{t('optionsDataNote')}</p>
      <div className="rg-field-inline">
        <button type="button" className="rg-primary" data-rg="export" onClick={() => void exportData()}>
          {t('optionsExport')}
        </button>
        <label className="rg-field-inline">
          {t('optionsImport')}
          <input type="file" accept="application/json,.json" data-rg="import" onChange={(e) => {
              // cleared afterwards, so choosing the same file again imports again
              const input = e.currentTarget;
              void importData(input.files?.[0]).finally(() => (input.value = ''));
            }} />
        </label>
        <button type="button" className="rg-danger" data-rg="wipe" onClick={() => void wipe()}>
          {t('optionsWipe')}
        </button>
      </div>
    </section>
  );
}
