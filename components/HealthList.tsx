import type { HealthEntry } from '../storage/schema';
import { t, type MessageKey } from './i18n';

export function HealthList({ entries }: { entries: HealthEntry[] }) {
  return (
    <ul data-rg="health" className="rg-health" aria-label={t('popupHealth')}>
      {entries.length === 0 && <li className="rg-muted">{t('popupHealthNone')}</li>}
      {entries.map((entry) => (
        <li key={entry.surface} data-rg-surface={entry.surface} data-status={entry.status} className={`rg-health-${entry.status}`}>
          <span className="rg-dot" aria-hidden="true" />
          <span className="rg-health-name">{t(`surface_${entry.surface.replace('-', '_')}` as MessageKey)}</span>
          {': '}
          <span>{t(`status_${entry.status.replace('-', '_')}` as MessageKey)}</span>
          {entry.detail && <span className="rg-muted"> ({entry.detail})</span>}
        </li>
      ))}
    </ul>
  );
}
