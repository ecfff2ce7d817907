// Options: the reply clock (internal target, reminders).
import type { Settings } from '../../storage/schema';
import { settingNumber, type NumberRange } from '../../rules/settings-input';
import { t } from '../../components/i18n';
import type { SectionProps } from './section';

const SLA_RANGE: NumberRange = { min: 1, max: 23.5 };
const LEAD_RANGE: NumberRange = { min: 5, max: 600, integer: true };

export function ClockSection({ settings, save, say }: SectionProps) {
  /** A number field saves only a value in range; otherwise it says why and keeps the stored value. */
  function saveNumber(input: HTMLInputElement, label: string, range: NumberRange, apply: (value: number) => Partial<Settings>) {
    const value = settingNumber(input.value, range);
    if (value === null) {
      input.setAttribute('aria-invalid', 'true');
      say({ kind: 'error', text: t('optionsOutOfRange', label, range.min, range.max) });
      return;
    }
    input.removeAttribute('aria-invalid');
    void save(apply(value));
  }

  return (
    <section className="rg-card">
      <h2>{t('optionsClock')}</h2>
      <label className="rg-field">
        {t('optionsInternalSla')}
        <input
          type="number"
          min={SLA_RANGE.min}
          max={SLA_RANGE.max}
          step={0.5}
          data-rg="internal-sla"
          defaultValue={settings.internalSlaHours}
          onBlur={(e) => saveNumber(e.currentTarget, t('optionsInternalSla'), SLA_RANGE, (internalSlaHours) => ({ internalSlaHours }))}
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
          min={LEAD_RANGE.min}
          max={LEAD_RANGE.max}
          step={1}
          disabled={!settings.reminders}
          data-rg="reminder-lead"
          defaultValue={settings.reminderLeadMinutes}
          onBlur={(e) => saveNumber(e.currentTarget, t('optionsReminderLead'), LEAD_RANGE, (reminderLeadMinutes) => ({ reminderLeadMinutes }))}
        />
      </label>
    </section>
  );
}
