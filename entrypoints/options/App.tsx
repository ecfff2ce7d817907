import { useEffect, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { send } from '../../storage/client';
import type { CustomPhrase, Settings } from '../../storage/schema';
import { LANGUAGES, type DetectionLanguage } from '../../rules/compliance/languages';
import { t } from '../../components/i18n';
import { forgetPopupMemory } from '../../lib/popup-memory';

type Status = { kind: 'ok' | 'error'; text: string } | null;

// each language's own name (not translated: a seller looks for their language as it writes itself)
const LANGUAGE_NAMES: Record<DetectionLanguage, string> = { en: 'English', de: 'Deutsch', fr: 'Français', es: 'Español', it: 'Italiano', ja: '日本語', pt: 'Português' };

function downloadJson(name: string, data: unknown) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [phrase, setPhrase] = useState('');
  const [phraseSeverity, setPhraseSeverity] = useState<CustomPhrase['severity']>('block');

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

  /** A number field saves only a value in range; otherwise it says why and keeps the stored value. */
  function saveNumber(input: HTMLInputElement, label: string, apply: (value: number) => Partial<Settings>) {
    const value = Number(input.value);
    const [min, max] = [Number(input.min), Number(input.max)];
    if (input.value.trim() === '' || !Number.isFinite(value) || value < min || value > max || (input.step === '1' && !Number.isInteger(value))) {
      input.setAttribute('aria-invalid', 'true');
      setStatus({ kind: 'error', text: t('optionsOutOfRange', label, min, max) });
      return;
    }
    input.removeAttribute('aria-invalid');
    void save(apply(value));
  }

  function addPhrase(event: FormEvent) {
    event.preventDefault();
    if (!settings || phrase.trim().length < 2) return;
    void save({ customPhrases: [...settings.customPhrases, { phrase: phrase.trim(), severity: phraseSeverity }] });
    setPhrase('');
  }

  async function exportData() {
    try {
      const file = await send('data/export', {});
      downloadJson(`replyguard-export-${new Date(file.exportedAt).toISOString().slice(0, 10)}.json`, file);
      setStatus({ kind: 'ok', text: t('optionsExported', file.threads.length, file.reviewRequests.length, file.orders.length) });
    } catch (e) {
      setStatus({ kind: 'error', text: t('optionsExportFailed', (e as Error).message) });
    }
  }

  async function importData(file: File | undefined) {
    if (!file) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      setStatus({ kind: 'error', text: t('optionsNotJson', file.name) });
      return;
    }
    try {
      const summary = await send('data/import', { file: parsed });
      setSettings(await send('settings/get', {}));
      setStatus({ kind: 'ok', text: t('optionsImported', summary.threads, summary.reviewRequests, summary.orders) });
    } catch (e) {
      setStatus({ kind: 'error', text: t('optionsImportFailed', file.name, (e as Error).message) });
    }
  }

  async function wipe() {
    if (!confirm(t('optionsWipeConfirm'))) return;
    try {
      await send('data/wipe', {});
      // the popup's copy of its last paint lives in this origin's localStorage, out of the background's reach
      forgetPopupMemory();
      setSettings(await send('settings/get', {}));
      setStatus({ kind: 'ok', text: t('optionsWiped') });
    } catch (e) {
      setStatus({ kind: 'error', text: t('optionsWipeFailed', (e as Error).message) });
    }
  }

  return (
    <main className="rg-options">
      <h1>{t('optionsTitle')}</h1>
      <p className="rg-status" role={status?.kind === 'error' ? 'alert' : 'status'} aria-live="polite" data-rg="options-status" data-kind={status?.kind}>
        {status?.text}
      </p>
      {settings && (
        <>
          <section className="rg-card">
            <h2>{t('optionsClock')}</h2>
            <label className="rg-field">
              {t('optionsInternalSla')}
              <input
                type="number"
                min={1}
                max={23.5}
                step={0.5}
                data-rg="internal-sla"
                defaultValue={settings.internalSlaHours}
                onBlur={(e) => saveNumber(e.currentTarget, t('optionsInternalSla'), (internalSlaHours) => ({ internalSlaHours }))}
              />
            </label>
            <label className="rg-field rg-field-inline">
              <input type="checkbox" data-rg="reminders" checked={settings.reminders} onChange={(e) => void save({ reminders: e.currentTarget.checked })} />
              {t('optionsReminders')}
            </label>
            <label className="rg-field">
              {t('optionsReminderLead')}
              <input
                type="number"
                min={5}
                max={600}
                step={1}
                disabled={!settings.reminders}
                data-rg="reminder-lead"
                defaultValue={settings.reminderLeadMinutes}
                onBlur={(e) => saveNumber(e.currentTarget, t('optionsReminderLead'), (reminderLeadMinutes) => ({ reminderLeadMinutes }))}
              />
            </label>
          </section>
          <section className="rg-card">
            <h2>{t('optionsChecker')}</h2>
            <fieldset className="rg-langs">
              <legend>{t('optionsLanguages')}</legend>
              {LANGUAGES.map((lang) => (
                <label key={lang} className="rg-field-inline">
                  <input
                    type="checkbox"
                    data-rg-lang={lang}
                    checked={settings.checkLanguages.includes(lang)}
                    onChange={(e) =>
                      void save({
                        checkLanguages: e.currentTarget.checked
                          ? [...settings.checkLanguages, lang]
                          : settings.checkLanguages.filter((l) => l !== lang),
                      })
                    }
                  />
                  {LANGUAGE_NAMES[lang]}
                </label>
              ))}
            </fieldset>
            <form onSubmit={addPhrase} className="rg-field">
              <label htmlFor="rg-phrase">{t('optionsPhrases')}</label>
              <div className="rg-field-inline">
                <input id="rg-phrase" data-rg="phrase-input" value={phrase} onChange={(e) => setPhrase(e.currentTarget.value)} maxLength={200} />
                <select aria-label={t('optionsSeverity')} value={phraseSeverity} onChange={(e) => setPhraseSeverity(e.currentTarget.value as CustomPhrase['severity'])}>
                  <option value="block">{t('optionsBlock')}</option>
                  <option value="warn">{t('optionsWarn')}</option>
                </select>
                <button type="submit" data-rg="phrase-add">
                  {t('optionsAdd')}
                </button>
              </div>
            </form>
            <ul className="rg-phrases" data-rg="phrases">
              {settings.customPhrases.map((p, i) => (
                <li key={`${p.phrase}|${i}`}>
                  <span>{p.phrase}</span>
                  <span className="rg-muted">{p.severity === 'block' ? t('optionsBlock') : t('optionsWarn')}</span>
                  <button type="button" aria-label={t('optionsRemovePhrase', p.phrase)} onClick={() => void save({ customPhrases: settings.customPhrases.filter((_, j) => j !== i) })}>
                    {t('optionsRemove')}
                  </button>
                </li>
              ))}
            </ul>
          </section>
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
