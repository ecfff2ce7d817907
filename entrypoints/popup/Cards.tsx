// The popup's header and its cards that need more than a line (the thread lists, the sweet spot).
import { browser } from 'wxt/browser';
import type { Dashboard } from '../../storage/protocol';
import { ThreadList } from '../../components/ThreadList';
import { t } from '../../components/i18n';

export function PopupHeader() {
  return (
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
  );
}

interface ThreadsCardProps {
  /** the card's heading id (aria-labelledby) */
  id: string;
  title: string;
  kind: 'overdue-list' | 'at-risk-list';
  threads: Dashboard['overdue'];
  /** full list length; undefined while unknown */
  total: number | undefined;
  empty: string;
  now: number;
  limit: number;
}

export function ThreadsCard({ id, title, kind, threads, total, empty, now, limit }: ThreadsCardProps) {
  return (
    <section className="rg-card" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="rg-count">{total ?? '…'}</span>
      </h2>
      <ThreadList kind={kind} threads={threads} empty={empty} now={now} limit={limit} total={total} />
    </section>
  );
}

export function SweetSpotCard({ dashboard }: { dashboard: Dashboard | null }) {
  return (
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
  );
}
