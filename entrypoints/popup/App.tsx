import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { LIST_LIMIT, usePopupStore } from './store';
import { ThreadList } from '../../components/ThreadList';
import { CrtCard } from '../../components/CrtCard';
import { HealthList } from '../../components/HealthList';
import { t } from '../../components/i18n';
import { FIRST_FRAME_ROWS } from './snapshot';
import { CopyStructure } from './CopyStructure';

/** onFreshPaint: called after a fresh dashboard (not the remembered one) has been committed in full */
export function App({ onFreshPaint }: { onFreshPaint?: () => void }) {
  const { dashboard, counts, stale, health, error, load } = usePopupStore();
  // the first frame shows what fits the popup; the rest of each list follows in the next one
  const [listLimit, setListLimit] = useState(FIRST_FRAME_ROWS);
  useEffect(() => {
    // ask the background only once the remembered dashboard is on screen: over a large history its
    // answer may mean a rebuild, which would compete with this first paint for a 2-core machine's CPU
    let first: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      first = setTimeout(() => {
        setListLimit(LIST_LIMIT);
        void load();
      }, 0);
    });
    const timer = setInterval(() => void load(), 30_000);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [load]);

  const fresh = dashboard !== null && !stale && listLimit === LIST_LIMIT;
  useEffect(() => {
    if (fresh) onFreshPaint?.();
  }, [fresh, dashboard, onFreshPaint]);

  const now = dashboard?.now ?? Date.now();
  return (
    <main className="rg-popup">
      <header className="rg-header">
        <h1>{t('popupTitle')}</h1>
        <span className="rg-header-links">
          <a href={browser.runtime.getURL('/templates.html')} target="_blank" rel="noreferrer" data-rg="open-templates">
            {t('templatesTitle')}
          </a>
          <button type="button" className="rg-link" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('popupOptions')}
          </button>
        </span>
      </header>
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
      <section className="rg-card" aria-labelledby="rg-overdue-title">
        <h2 id="rg-overdue-title">
          {t('popupOverdue')} <span className="rg-count">{counts?.overdue ?? '…'}</span>
        </h2>
        <ThreadList kind="overdue-list" threads={dashboard?.overdue ?? []} empty={t('popupNoneOverdue')} now={now} limit={listLimit} total={counts?.overdue} />
      </section>
      <section className="rg-card" aria-labelledby="rg-atrisk-title">
        <h2 id="rg-atrisk-title">
          {t('popupAtRisk')} <span className="rg-count">{counts?.atRisk ?? '…'}</span>
        </h2>
        <ThreadList kind="at-risk-list" threads={dashboard?.atRisk ?? []} empty={t('popupNoneAtRisk')} now={now} limit={listLimit} total={counts?.atRisk} />
      </section>
      {dashboard && <CrtCard crt={dashboard.crt} daily={dashboard.daily} />}
      {dashboard && (
        <section className="rg-card">
          <p data-rg="nrn-usage">{t('popupNrn', dashboard.nrn.last7Days, dashboard.nrn.onQuestions)}</p>
        </section>
      )}
      <section className="rg-card" aria-labelledby="rg-sweet-title">
        <h2 id="rg-sweet-title">{t('popupSweetSpot')}</h2>
        <ul data-rg="sweet-spot-list" className="rg-threads">
          {dashboard?.sweetSpot.length === 0 && <li className="rg-muted">{t('popupNoSweetSpot')}</li>}
          {dashboard?.sweetSpot.map((o) => (
            <li key={`${o.host}|${o.orderId}`} data-rg-order={o.orderId}>
              <a href={o.url} target="_blank" rel="noreferrer">
                {t('popupOrder', o.orderId)}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section className="rg-card" aria-labelledby="rg-health-title">
        <h2 id="rg-health-title">{t('popupHealth')}</h2>
        <HealthList entries={health} />
        <CopyStructure />
      </section>
      {dashboard && dashboard.invalidRecords > 0 && <p className="rg-muted">{t('popupInvalid', dashboard.invalidRecords)}</p>}
    </main>
  );
}
