// What the inbox readers found on this page, rule by rule: the support text of "Copy page structure"
// and the fixture table test (test/e2e/inbox-readers-table.test.ts) both print it, so a markup that
// defeats a rule shows up as a zero in one named place.
import { pageContext, type PageContext } from './context';
import { readOpenThread } from './open-thread';
import { readThreadList } from './rows';
import { withReadPass } from './walk';

export type ReadingReport = Record<string, number>;

export function readingReport(doc: Document = document, ctx: PageContext = pageContext(doc)): ReadingReport {
  const { rows, open } = withReadPass(() => {
    const listed = readThreadList(doc, ctx);
    return { rows: listed, open: readOpenThread(doc, ctx, listed) };
  });
  const count = (test: (r: (typeof rows)[number]) => boolean) => rows.filter(test).length;
  const messages = open?.messages ?? [];
  return {
    rows: rows.length,
    'rows: case id from a link': count((r) => r.found.caseId === 'link'),
    'rows: case id from an attribute': count((r) => r.found.caseId === 'attribute'),
    'rows: case id from the selected row': count((r) => r.found.caseId === 'selected'),
    'rows: order id': count((r) => !!r.orderId),
    'rows: time from datetime': count((r) => r.found.time === 'datetime'),
    'rows: time from text': count((r) => r.found.time === 'text'),
    'rows: time from a tooltip': count((r) => r.found.time === 'tooltip'),
    'rows: time to the minute': count((r) => r.receivedAt !== undefined && !r.estimated),
    'rows: day or span only': count((r) => r.receivedAt !== undefined && r.estimated),
    'rows: response needed in text': count((r) => r.found.responseNeeded === 'text'),
    'rows: response needed in a label': count((r) => r.found.responseNeeded === 'label'),
    'rows: response needed by the filter': count((r) => r.found.responseNeeded === 'filter'),
    'rows: buyer name': count((r) => r.found.buyer),
    'thread: open': open ? 1 : 0,
    'thread: messages': messages.length,
    'thread: seller by label': messages.filter((m) => m.from === 'seller' && m.authorBy === 'label').length,
    'thread: seller by class word': messages.filter((m) => m.from === 'seller' && m.authorBy === 'hint').length,
    'thread: seller by side': messages.filter((m) => m.from === 'seller' && m.authorBy === 'side').length,
    'thread: buyer messages': messages.filter((m) => m.from === 'buyer').length,
    'thread: no-response-needed control': open?.noResponseNeeded ? 1 : 0,
    'thread: order id': open?.orderId ? 1 : 0,
    'thread: subject': open?.subject ? 1 : 0,
    'thread: unreadable times': open?.unreadable ?? 0,
  };
}

export function formatReadingReport(report: ReadingReport): string {
  return Object.entries(report)
    .map(([rule, n]) => `# ${rule}: ${n}`)
    .join('\n');
}
