// The options page: the stored settings, saved one change at a time, and a status line that says
// what happened. Each section is its own component; what a typed value means is decided in rules/.
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { send } from '../../storage/client';
import type { Settings } from '../../storage/schema';
import { t } from '../../components/i18n';
import { ClockSection } from './ClockSection';
import { CheckerSection } from './CheckerSection';
import { DataSection } from './DataSection';
import type { Status } from './section';

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<Status>(null);

  useEffect(() => {
    send('settings/get', {}).then(setSettings, (e: Error) => setStatus({ kind: 'error', text: e.message }));
  }, []);

  async function save(patch: Partial<Settings>) {
    try {
      setSettings(await send('settings/set', patch));
      setStatus({ kind: 'ok', text: t('optionsSaved') });
    } catch (e) {
      setStatus({ kind: 'error', text: t('optionsNotSaved', (e as Error).message) });
    }
  }

  const reload = async () => setSettings(await send('settings/get', {}));

  return (
    <main className="rg-options">
      <h1>{t('optionsTitle')}</h1>
      <p className="rg-status" role={status?.kind === 'error' ? 'alert' : 'status'} aria-live="polite" data-rg="options-status" data-kind={status?.kind}>
        {status?.text}
      </p>
      {settings && (
        <>
          <ClockSection settings={settings} save={save} say={setStatus} />
          <CheckerSection settings={settings} save={save} say={setStatus} />
          <DataSection say={setStatus} reload={reload} />
        </>
      )}
      <section className="rg-card">
        <h2>{t('templatesTitle')}</h2>
        <p className="rg-muted">{t('templatesOpenNote')}</p>
        <a href={browser.runtime.getURL('/templates.html')} target="_blank" rel="noreferrer" data-rg="open-templates">
          {t('templatesTitle')}
        </a>
      </section>
    </main>
  );
}
