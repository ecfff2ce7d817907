import type { ThreadSummary } from '../storage/protocol';
import { formatDuration } from './format';
import { t } from './i18n';

interface Props {
  kind: 'overdue-list' | 'at-risk-list';
  threads: ThreadSummary[];
  empty: string;
  now: number;
}

export function ThreadList({ kind, threads, empty, now }: Props) {
  return (
    <ul data-rg={kind} className="rg-threads">
      {threads.length === 0 && <li className="rg-muted">{empty}</li>}
      {threads.map((thread) => {
        const left = thread.dueAt - now;
        return (
          <li key={`${thread.host}|${thread.caseId}`} data-rg-thread="" data-thread-id={thread.caseId} data-state={thread.state}>
            <a href={thread.url} target="_blank" rel="noreferrer">
              <span className="rg-buyer">{thread.buyerAlias ?? thread.caseId}</span>
              {thread.orderId && <span className="rg-order">{t('popupOrder', thread.orderId)}</span>}
              <span className={`rg-time rg-${thread.state}`}>
                {left < 0 ? t('popupOverdueBy', formatDuration(left)) : t('popupLeft', formatDuration(left))}
                {thread.estimated && <abbr title={t('popupEstimated')}> ~</abbr>}
              </span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}
