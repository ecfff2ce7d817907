import { useEffect } from 'react';
import { LIST_LIMIT, usePopupStore } from './store';
import { CrtCard } from '../../components/CrtCard';
import { HealthList } from '../../components/HealthList';
import { t } from '../../components/i18n';
import { CopyStructure } from './CopyStructure';
import { useDeferredLoad } from './use-deferred-load';
import { PopupHeader, SweetSpotCard, ThreadsCard } from './Cards';

/** onFreshPaint: called after a fresh dashboard (not the remembered one) has been committed in full */
export function App({ onFreshPaint }: { onFreshPaint?: () => void }) {
  const { dashboard, counts, stale, health, error, load } = usePopupStore();
  const listLimit = useDeferredLoad(load);
  const fresh = dashboard !== null && !stale && listLimit === LIST_LIMIT;
  useEffect(() => {
    if (fresh) onFreshPaint?.();
  }, [fresh, dashboard, onFreshPaint]);

  const now = dashboard?.now ?? Date.now();
  return (
    <main className="rg-popup">
      <PopupHeader />
      {stale && (
        <p className="rg-stale" role="status" data-rg="popup-stale">
          {t('popupUpdating')}
        </p>
      )}
      {error && (
        <p role="alert" className="rg-error">
          {t('popupError', error)}
        </p>
      )}
      <ThreadsCard id="rg-overdue-title" title={t('popupOverdue')} kind="overdue-list" threads={dashboard?.overdue ?? []} total={counts?.overdue} empty={t('popupNoneOverdue')} now={now} limit={listLimit} />
      <ThreadsCard id="rg-atrisk-title" title={t('popupAtRisk')} kind="at-risk-list" threads={dashboard?.atRisk ?? []} total={counts?.atRisk} empty={t('popupNoneAtRisk')} now={now} limit={listLimit} />
      {dashboard && <CrtCard crt={dashboard.crt} daily={dashboard.daily} />}
      {dashboard && (
        <section className="rg-card">
          <p data-rg="nrn-usage">{t('popupNrn', dashboard.nrn.last7Days, dashboard.nrn.onQuestions)}</p>
        </section>
      )}
      <SweetSpotCard dashboard={dashboard} />
      <section className="rg-card" aria-labelledby="rg-health-title">
        <h2 id="rg-health-title">{t('popupHealth')}</h2>
        <HealthList entries={health} />
        <CopyStructure />
      </section>
      {dashboard && dashboard.invalidRecords > 0 && <p className="rg-muted">{t('popupInvalid', dashboard.invalidRecords)}</p>}
    </main>
  );
}
