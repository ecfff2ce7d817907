// What health says for the inbox: ok, or partial with every reason we are not seeing everything.
import type { HealthStatus } from '../../storage/schema';
import { amazon } from './amazon-sync';
import type { OpenThread, ThreadRow } from './page';

export function inboxHealth(rows: ThreadRow[], keyedRows: number, open: OpenThread | null): [HealthStatus, string | undefined] {
  const problems: string[] = [];
  const view = amazon.view;
  if (amazon.problem) problems.push(view ? amazon.problem : `${amazon.problem}: times read from the page`);
  if (!rows.length && !open) {
    if (view) return ['partial', [`no message list recognised on this page, so no badges (Amazon's data: ${view.cases.size} cases need a reply)`, ...problems].join('; ')];
    return ['not-found', ['no message list or open thread recognised on this page', ...problems].join('; ')];
  }
  if (!view) {
    const untimed = rows.filter((r) => r.responseNeeded && r.receivedAt === undefined).length;
    if (untimed) problems.push(`${untimed} of ${rows.length} rows show no readable time`);
    if (keyedRows < rows.length) problems.push(`${rows.length - keyedRows} rows show neither a case nor an order id`);
  }
  if (open?.unreadable) problems.push(`${open.unreadable} message times could not be read`);
  return problems.length ? ['partial', problems.join('; ')] : ['ok', undefined];
}
