// How a new observation of a thread combines with what we already stored. Pure.
import type { ThreadRecord, TimelineMessage } from './schema';

const SOURCE_RANK: Record<ThreadRecord['source'], number> = { 'first-seen': 0, list: 1, thread: 2, api: 3 };

function sortMessages(messages: TimelineMessage[]): TimelineMessage[] {
  return [...messages].sort((a, b) => a.at - b.at);
}

function latest(messages: TimelineMessage[]): number {
  return messages.reduce((max, m) => Math.max(max, m.at), -Infinity);
}

/**
 * - Amazon's inbox JSON is the truth: it replaces every other timeline. The open thread's page text
 *   (exact to the minute) replaces list or first-seen times, but over Amazon's JSON it only adds
 *   messages newer than all it knows (a reply just sent, before the JSON is read again): a page
 *   reader guessing an author wrong must not undo the JSON.
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
  // a list row's time is the list's guess (often the LAST message, maybe the seller's): never over the JSON
  if (existing.source === 'api' && (incoming.source === 'list' || incoming.source === 'first-seen')) return base;
  if (incoming.source === 'thread' && existing.source === 'api') {
    const after = latest(existing.messages);
    return { ...base, messages: sortMessages([...existing.messages, ...incoming.messages.filter((m) => m.at > after)]) };
  }
  if (incoming.source === 'api' || incoming.source === 'thread') {
    // keep messages we recorded ourselves after the view was rendered (e.g. the reply just sent)
    const after = latest(incoming.messages);
    const newer = existing.messages.filter((m) => m.at > after && m.from === 'seller');
    return { ...base, source: incoming.source, messages: sortMessages([...incoming.messages, ...newer]) };
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
