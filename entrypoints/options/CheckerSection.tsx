// Options: the message checker (languages to check, the seller's own phrases).
import { useState, type FormEvent } from 'react';
import type { CustomPhrase } from '../../storage/schema';
import { LANGUAGES, type DetectionLanguage } from '../../rules/compliance/languages';
import { withLanguage, withPhrase } from '../../rules/settings-input';
import { t } from '../../components/i18n';
import type { SectionProps } from './section';

// each language's own name (not translated: a seller looks for their language as it writes itself)
const LANGUAGE_NAMES: Record<DetectionLanguage, string> = { en: 'English', de: 'Deutsch', fr: 'Français', es: 'Español', it: 'Italiano', ja: '日本語', pt: 'Português' };

export function CheckerSection({ settings, save }: SectionProps) {
  const [phrase, setPhrase] = useState('');
  const [phraseSeverity, setPhraseSeverity] = useState<CustomPhrase['severity']>('block');

  function addPhrase(event: FormEvent) {
    event.preventDefault();
    const next = withPhrase(settings.customPhrases, phrase, phraseSeverity);
    if (!next) return;
    void save({ customPhrases: next });
    setPhrase('');
  }

  return (
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
              onChange={(e) => void save({ checkLanguages: withLanguage(settings.checkLanguages, lang, e.currentTarget.checked, LANGUAGES) })}
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
  );
}
