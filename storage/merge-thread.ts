// How a new observation of a thread combines with what we already stored. Pure.
import type { ThreadRecord, TimelineMessage } from './schema';

const SOURCE_RANK: Record<ThreadRecord['source'], number> = { 'first-seen': 0, list: 1, thread: 2 };

function sortMessages(messages: TimelineMessage[]): TimelineMessage[] {
  return [...messages].sort((a, b) => a.at - b.at);
}

function latest(messages: TimelineMessage[]): number {
  return messages.reduce((max, m) => Math.max(max, m.at), -Infinity);
}

/**
 * - An open thread's timeline is exact: it replaces list or first-seen times.
 * - A list or first-seen observation never moves a known message later (first-seen must stay the FIRST
 *   time we saw it) and only adds buyer messages newer than everything known (a new message arrived).
 * - NRN marks accumulate.
 */
export function mergeThread(existing: ThreadRecord | undefined, incoming: ThreadRecord): ThreadRecord {
  if (!existing) return { ...incoming, messages: sortMessages(incoming.messages) };
  const nrnAt = [...new Set([...existing.nrnAt, ...incoming.nrnAt])].sort((a, b) => a - b);
  const base = {
    ...existing,
    marketplaceId: incoming.marketplaceId ?? existing.marketplaceId,
    orderId: incoming.orderId ?? existing.orderId,
    buyerAlias: incoming.buyerAlias ?? existing.buyerAlias,
    subject: incoming.subject ?? existing.subject,
    url: incoming.url ?? existing.url,
    firstSeenAt: Math.min(existing.firstSeenAt, incoming.firstSeenAt),
    lastSeenAt: Math.max(existing.lastSeenAt, incoming.lastSeenAt),
    nrnAt,
  };
  if (incoming.source === 'thread') {
    // keep messages we recorded ourselves after the view was rendered (e.g. the reply just sent)
    const after = latest(incoming.messages);
    const newer = existing.messages.filter((m) => m.at > after && m.from === 'seller');
    return { ...base, source: 'thread', messages: sortMessages([...incoming.messages, ...newer]) };
  }
  if (SOURCE_RANK[incoming.source] > SOURCE_RANK[existing.source] && existing.source === 'first-seen') {
    // a list time is better than our first-seen guess, but only if it is not later than that guess
    const known = latest(existing.messages);
    const incomingBuyer = incoming.messages.filter((m) => m.from === 'buyer');
    if (incomingBuyer.length && incomingBuyer.every((m) => m.at <= known || known === -Infinity)) {
      return { ...base, source: incoming.source, messages: sortMessages(incoming.messages) };
    }
  }
  const known = latest(existing.messages);
  // "first seen" only says a message is waiting: it is new only if nothing known is still waiting
  if (incoming.source === 'first-seen' && hasOpenBuyerMessage(existing)) return base;
  const added = incoming.messages.filter((m) => m.at > known);
  return { ...base, messages: sortMessages([...existing.messages, ...added]) };
}

function hasOpenBuyerMessage(thread: ThreadRecord): boolean {
  const last = sortMessages(thread.messages).at(-1);
  if (!last || last.from !== 'buyer') return false;
  return !thread.nrnAt.some((at) => at >= last.at);
}
