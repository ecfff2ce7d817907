// The messaging inbox's own JSON (inbox-api.md §1), answered from the router's thread state in the
// shapes the public capture shows: the case list (`/messaging/api/global/cases?...`) and one case's
// messages (`/messaging/api/global/cases/{caseId}`). Fixture-only `rgfx_api` on the PAGE's URL picks a
// variant: `404` (not served: an account or a redeploy without it) or `changed` (a new shape), so the
// extension's fallback to reading the page is tested too.
import { awaitsResponse, type FixtureThread } from '../fixtures/seller-central/scenarios';

export type InboxApiMode = 'served' | '404' | 'changed';

export function inboxApiMode(pageUrl: URL): InboxApiMode {
  const mode = pageUrl.searchParams.get('rgfx_api');
  return mode === '404' || mode === 'changed' ? mode : 'served';
}

const MARKETPLACE_NAMES: Record<string, [string, string]> = {
  ATVPDKIKX0DER: ['Amazon.com', 'US'],
  A1F83G8C2ARO7P: ['Amazon.co.uk', 'GB'],
  A1PA6795UKMFR9: ['Amazon.de', 'DE'],
  A1VC38T7YXB528: ['Amazon.co.jp', 'JP'],
};

const lastActivity = (t: FixtureThread) => Math.max(...t.messages.map((m) => m.at), ...t.nrnAt);
// 64-bit thread ids, written as bare integer literals (they lose precision in JSON.parse, as on the
// real page); placeholders are swapped in after JSON.stringify
const threadIdToken = (i: number) => `@@THREAD${i}@@`;

function listCase(t: FixtureThread, i: number) {
  const [display, country] = MARKETPLACE_NAMES[t.marketplaceId] ?? ['Amazon', 'US'];
  const open = awaitsResponse(t);
  return {
    caseId: t.caseId,
    topicId: 58,
    classifiedTopicId: 58,
    topicIdSource: 'ML_CLASSIFIED',
    topic: 'Other - Buyer Question',
    // GUESS: only "SOLVED" is evidenced; the value of an open case is not
    status: open ? 'OPEN' : 'SOLVED',
    marketplaceId: t.marketplaceId,
    marketplaceDisplayName: display,
    marketplaceCountryCode: country,
    buyerLop: 'English',
    buyerLopTag: 'en-US',
    orders: [t.orderId],
    lastUpdatedDate: lastActivity(t),
    openDate: t.messages[0]?.at ?? null,
    resolveDate: t.nrnAt.length ? Math.max(...t.nrnAt) : null,
    closeDate: null,
    formattedLastUpdatedDate: new Date(lastActivity(t)).toUTCString().slice(5, 16),
    asinIds: [],
    actions: [],
    actionNeeded: null,
    unread: null,
    archived: false,
    important: false,
    subject: `${t.subject} (Order: ${t.orderId})`,
    buyerName: t.buyer,
    buyerProxyEmail: `alias+${t.caseId}@marketplace.amazon.com`,
    slaLabel: null,
    isOverSla: null,
    suggestedReply: null,
    reportedUnresolvedCount: 0,
    latestSellerMessageId: null,
    mostRecentBuyerSellerOrderId: t.orderId,
    buyerActive: true,
    threadId: threadIdToken(i),
    parties: [
      { partyId: 'BUYERPARTY', partyRole: 'BUYER', caseRole: 'REQUESTER' },
      { partyId: 'SELLERPARTY', partyRole: 'SELLER', caseRole: 'REQUESTED' },
    ],
  };
}

function withBigIntegers(body: unknown): string {
  return JSON.stringify(body).replace(/"@@THREAD(\d+)@@"/g, (_, i: string) => String(9007199254740993n + BigInt(i)));
}

/** `GET /messaging/api/global/cases?filterList=ACTION_NEEDED|REPORTED_UNRESOLVED&…` or `?filter=ALL`. */
export function caseListBody(url: URL, threads: FixtureThread[], mode: InboxApiMode): string {
  const filterList = url.searchParams.get('filterList');
  const all = url.searchParams.get('filter') === 'ALL';
  const ascending = url.searchParams.get('sortDirection') !== 'DESCENDING';
  const picked = all ? threads : filterList === 'ACTION_NEEDED' ? threads.filter(awaitsResponse) : [];
  const sorted = [...picked].sort((a, b) => (ascending ? 1 : -1) * (lastActivity(a) - lastActivity(b)));
  const cases = sorted.map((t) => listCase(t, threads.indexOf(t)));
  if (mode === 'changed') {
    // a redeploy renamed the wrapper and moved times to ISO strings
    return JSON.stringify({ caseSummaries: cases.map((c) => ({ ...c, lastUpdatedDate: new Date(c.lastUpdatedDate).toISOString(), threadId: undefined })) });
  }
  return withBigIntegers({ cases, nextToken: null, previousToken: null, displayLanguage: 'en_US' });
}

/** `GET /messaging/api/global/cases/{caseId}?marketplaceId=…`: the case with its messages. */
export function caseDetailBody(thread: FixtureThread, mode: InboxApiMode): string {
  const artifacts = thread.messages.map((m) => ({
    caseArtifactId: `${thread.caseId}-${m.id}`,
    artifactType: 'MESSAGE',
    creator: { partyId: m.from === 'buyer' ? 'BUYERPARTY' : 'SELLERPARTY', partyRole: m.from === 'buyer' ? 'BUYER' : 'SELLER', caseRole: m.from === 'buyer' ? 'REQUESTER' : 'REQUESTED' },
    createdDate: m.at,
    formattedDate: new Date(m.at).toUTCString(),
    attachments: [],
    draftAttachments: [],
    isRequestedPartySender: m.from === 'seller',
    topicId: 58,
    message: { messageId: m.id, detectedLanguage: 'en', preContext: null, messageBody: m.text, postContext: null, status: 'SENT', statusExplanation: null },
  }));
  if (mode === 'changed') {
    return JSON.stringify({ partyCase: { caseId: thread.caseId, caseArtifacts: artifacts.map((a) => ({ ...a, createdDate: new Date(a.createdDate).toISOString() })) } });
  }
  return JSON.stringify({ partyCase: { caseId: thread.caseId, caseArtifacts: artifacts }, nextPageToken: null });
}
