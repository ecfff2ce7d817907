import { useEffect, useState, type FormEvent } from 'react';
import { send } from '../../storage/client';
import type { CustomPhrase, Settings } from '../../storage/schema';
import { UI_LANGUAGES } from '../../storage/schema';

type Status = { kind: 'ok' | 'error'; text: string } | null;

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', de: 'Deutsch', fr: 'Français', es: 'Español', it: 'Italiano', ja: '日本語' };

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
      setStatus({ kind: 'ok', text: 'Saved.' });
    } catch (e) {
      setStatus({ kind: 'error', text: `Not saved: ${(e as Error).message}` });
    }
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
      setStatus({ kind: 'ok', text: `Exported ${file.threads.length} threads, ${file.reviewRequests.length} review requests, ${file.orders.length} orders.` });
    } catch (e) {
      setStatus({ kind: 'error', text: `Export failed: ${(e as Error).message}` });
    }
  }

  async function importData(file: File | undefined) {
    if (!file) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      setStatus({ kind: 'error', text: `${file.name} is not JSON. Nothing was changed.` });
      return;
    }
    try {
      const summary = await send('data/import', { file: parsed });
      setSettings(await send('settings/get', {}));
      setStatus({ kind: 'ok', text: `Imported ${summary.threads} threads, ${summary.reviewRequests} new review requests, ${summary.orders} orders.` });
    } catch (e) {
      setStatus({ kind: 'error', text: (e as Error).message });
    }
  }

  async function wipe() {
    if (!confirm('Delete every thread, review request, order and setting ReplyGuard stored in this browser?')) return;
    try {
      await send('data/wipe', {});
      setSettings(await send('settings/get', {}));
      setStatus({ kind: 'ok', text: 'All ReplyGuard data was deleted.' });
    } catch (e) {
      setStatus({ kind: 'error', text: `Wipe failed: ${(e as Error).message}` });
    }
  }

  return (
    <main className="rg-options">
      <h1>ReplyGuard options</h1>
      <p className="rg-status" role="status" data-rg="options-status" data-kind={status?.kind}>
        {status?.text}
      </p>
      {settings && (
        <>
          <section className="rg-card">
            <h2>Reply clock</h2>
            <label className="rg-field">
              Internal reply target (hours, shorter than Amazon's 24 h)
              <input
                type="number"
                min={1}
                max={23.5}
                step={0.5}
                data-rg="internal-sla"
                defaultValue={settings.internalSlaHours}
                onBlur={(e) => void save({ internalSlaHours: Number(e.currentTarget.value) })}
              />
            </label>
            <label className="rg-field rg-field-inline">
              <input type="checkbox" data-rg="reminders" checked={settings.reminders} onChange={(e) => void save({ reminders: e.currentTarget.checked })} />
              Remind me when a thread passes my target and before the 24 h deadline
            </label>
            <label className="rg-field">
              Last reminder, minutes before 24 h
              <input
                type="number"
                min={5}
                max={600}
                data-rg="reminder-lead"
                defaultValue={settings.reminderLeadMinutes}
                onBlur={(e) => void save({ reminderLeadMinutes: Number(e.currentTarget.value) })}
              />
            </label>
          </section>
          <section className="rg-card">
            <h2>Message checker</h2>
            <fieldset className="rg-langs">
              <legend>Languages to check</legend>
              {UI_LANGUAGES.map((lang) => (
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
              <label htmlFor="rg-phrase">Your own phrases to flag</label>
              <div className="rg-field-inline">
                <input id="rg-phrase" data-rg="phrase-input" value={phrase} onChange={(e) => setPhrase(e.currentTarget.value)} maxLength={200} />
                <select aria-label="Severity" value={phraseSeverity} onChange={(e) => setPhraseSeverity(e.currentTarget.value as CustomPhrase['severity'])}>
                  <option value="block">Block</option>
                  <option value="warn">Warn</option>
                </select>
                <button type="submit" data-rg="phrase-add">Add</button>
              </div>
            </form>
            <ul className="rg-phrases" data-rg="phrases">
              {settings.customPhrases.map((p, i) => (
                <li key={`${p.phrase}|${i}`}>
                  <span>{p.phrase}</span>
                  <span className="rg-muted">{p.severity}</span>
                  <button type="button" aria-label={`Remove ${p.phrase}`} onClick={() => void save({ customPhrases: settings.customPhrases.filter((_, j) => j !== i) })}>
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          </section>
          <section className="rg-card">
            <h2>Your data</h2>
            <p className="rg-muted">Everything ReplyGuard knows stays in this browser. Export it to move it or keep a copy.</p>
            <div className="rg-field-inline">
              <button type="button" className="rg-primary" data-rg="export" onClick={() => void exportData()}>
                Export to JSON
              </button>
              <label className="rg-field-inline">
                Import
                <input type="file" accept="application/json,.json" data-rg="import" onChange={(e) => void importData(e.currentTarget.files?.[0])} />
              </label>
              <button type="button" className="rg-danger" data-rg="wipe" onClick={() => void wipe()}>
                Delete all data
              </button>
            </div>
          </section>
        </>
      )}
    </main>
  );
}
