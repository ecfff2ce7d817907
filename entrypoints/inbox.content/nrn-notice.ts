// "No response needed" used on the open thread (seen as the offer disappearing under the same buyer
// message, rules/inbox-threads nrnStep): recorded, counted and applied here at once.
import { send } from '../../storage/client';
import { nrnStep } from '../../rules/inbox-threads';
import { amazon } from './amazon-sync';
import type { InboxRun } from './inbox-run';
import type { OpenThread } from './page';

export function noticeNrn(run: InboxRun, open: OpenThread | null, at: number): void {
  if (!open) return;
  const { nrnOffered, book, host } = run;
  const step = nrnStep({ messages: open.messages, noResponseNeededOffered: !!open.noResponseNeeded }, nrnOffered.get(open.caseId));
  if (step.kind === 'offered') nrnOffered.set(open.caseId, step.offeredFor);
  if (step.kind !== 'used') return;
  nrnOffered.delete(open.caseId);
  void send('thread/nrn', { host, caseId: open.caseId, at }).catch(() => undefined);
  void send('usage/record', { kind: 'nrn', host, caseId: open.caseId }).catch(() => undefined);
  // apply it here too: a scan racing the write must not bring the badge back
  const record = book.known.get(open.caseId);
  if (record) book.remember({ ...record, nrnAt: [...record.nrnAt, at] });
  if (amazon.view) run.sync.poke();
}
