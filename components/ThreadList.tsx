import type { ThreadSummary } from '../storage/protocol';
import { formatDuration } from './format';
import { t } from './i18n';

interface Props {
  kind: 'overdue-list' | 'at-risk-list';
  threads: ThreadSummary[];
  empty: string;
  now: number;
  /** show at most this many (most urgent first, as the dashboard orders them) */
  limit?: number;
  /** how many there are in all, when `threads` is already cut short */
  total?: number;
}

export function ThreadList({ kind, threads, empty, now, limit = Infinity, total = threads.length }: Props) {
  const shown = threads.slice(0, limit);
  return (
    <ul data-rg={kind} className="rg-threads">
      {threads.length === 0 && <li className="rg-muted">{empty}</li>}
      {shown.map((thread) => {
        const left = thread.dueAt - now;
        return (
          <li key={`${thread.host}|${thread.caseId}`} data-rg-thread="" data-thread-id={thread.caseId} data-state={thread.state} data-due-at={new Date(thread.dueAt).toISOString()} data-marketplace={thread.marketplace}>
            <a href={thread.url} target="_blank" rel="noreferrer">
              <span className="rg-buyer">
                {thread.marketplace && (
                  <abbr className="rg-market" title={t('popupMarketplace', thread.marketplace)}>
                    {thread.marketplace}
                  </abbr>
                )}
                {thread.buyerAlias ?? thread.caseId}
              </span>
              {thread.orderId && <span className="rg-order">{t('popupOrder', thread.orderId)}</span>}
              <span className={`rg-time rg-${thread.state}`}>
                {left < 0 ? t('popupOverdueBy', formatDuration(left)) : t('popupLeft', formatDuration(left))}
                {thread.estimated && <abbr title={t('popupEstimated')}> ~</abbr>}
              </span>
            </a>
          </li>
        );
      })}
      {total > shown.length && (
        <li className="rg-muted" data-rg="more">
          {t('popupMore', total - shown.length)}
        </li>
      )}
    </ul>
  );
}
