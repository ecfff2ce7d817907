// A Send clicked before the composer's engine is in: the light recorder marks the thread answered at
// once and hands the text to the engine, which records a review asked for by message.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const send = vi.fn((..._args: unknown[]) => Promise.resolve({}));
vi.mock('../../../storage/client', () => ({ send: (...args: unknown[]) => send(...args) }));

const { recordEarlySends } = await import('../../../entrypoints/composer.content/early-send');
const { recordEarlySends: checkEarlySends } = await import('../../../entrypoints/composer.content/send-guard');
const { DEFAULT_SETTINGS } = await import('../../../storage/schema');

const THREAD = new URL('https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded&cc=CASE-7');
const CONTACT = new URL('https://sellercentral.amazon.de/messaging/contact?orderID=302-0000008-0000008&marketplaceID=A1PA6795UKMFR9');

function mountComposer(text: string) {
  document.body.innerHTML = '<div class="reply-box"><textarea></textarea><button type="button">Send</button></div><button type="button" id="other">Archive</button>';
  document.querySelector('textarea')!.value = text;
  return { sendButton: document.querySelector<HTMLButtonElement>('.reply-box button')!, other: document.querySelector<HTMLButtonElement>('#other')! };
}

const calls = (type: string) => send.mock.calls.filter(([t]) => t === type).map(([, payload]) => payload as Record<string, unknown>);

let run: AbortController;
beforeEach(() => {
  send.mockClear();
  run = new AbortController();
});
afterEach(() => {
  run.abort();
  document.body.innerHTML = '';
  // the queue is per page: a failed test must not leave texts for the next one
  recordEarlySends(new AbortController().signal).handOver();
});

describe('Sends clicked before the engine is in', () => {
  it('a Send in an inbox thread counts as its answer at once, and its text waits for the engine', () => {
    const recorder = recordEarlySends(run.signal, () => THREAD);
    const { sendButton } = mountComposer('The replacement ships today.');
    sendButton.click();
    expect(calls('thread/answered')).toEqual([{ host: location.hostname, caseId: 'CASE-7', at: expect.any(Number) }]);
    const handed = recorder.handOver();
    expect(handed).toEqual([{ text: 'The replacement ships today.', context: expect.objectContaining({ surface: 'thread', caseId: 'CASE-7' }), at: expect.any(Number) }]);
    // handed over once: the engine's Send guard records from now on
    sendButton.click();
    expect(calls('thread/answered')).toHaveLength(1);
    expect(recorder.handOver()).toEqual([]);
  });

  it('records nothing for an empty box, a click elsewhere, or after the page navigated away', () => {
    const recorder = recordEarlySends(run.signal, () => THREAD);
    mountComposer('   ').sendButton.click();
    mountComposer('Thanks!').other.click();
    run.abort();
    mountComposer('Thanks!').sendButton.click();
    expect(send).not.toHaveBeenCalled();
    expect(recorder.handOver()).toEqual([]);
  });

  it('a Contact Buyer Send is not a thread answer; its order goes to the engine with the text', () => {
    const recorder = recordEarlySends(run.signal, () => CONTACT);
    mountComposer('Hallo, wie gefällt Ihnen der Artikel? Eine Bewertung würde uns sehr helfen.').sendButton.click();
    expect(calls('thread/answered')).toEqual([]);
    expect(recorder.handOver()).toEqual([expect.objectContaining({ context: expect.objectContaining({ surface: 'contact', orderId: '302-0000008-0000008' }) })]);
  });
});

describe('the engine checks the early Sends', () => {
  const state = () => ({
    signal: run.signal,
    host: 'sellercentral.amazon.de',
    settings: DEFAULT_SETTINGS,
    context: { surface: 'other' as const },
    sessions: new Map(),
    reviewRequested: new Map<string, boolean>(),
  });
  const contact = { surface: 'contact' as const, orderId: '302-0000008-0000008', marketplaceId: 'A1PA6795UKMFR9' };

  it('a review asked for by message uses the order\'s review channel, at the time it was sent', () => {
    const s = state();
    checkEarlySends(s, [{ text: 'Please leave us a review on Amazon if you have a minute.', context: contact, at: 1_790_000_000_000 }]);
    expect(calls('review/record')).toEqual([{ host: 'sellercentral.amazon.de', orderId: contact.orderId, marketplaceId: contact.marketplaceId, channel: 'message', at: 1_790_000_000_000, source: 'message-sent' }]);
    expect(s.reviewRequested.get(contact.orderId)).toBe(true);
  });

  it('a reply without a review ask, or without an order, records nothing', () => {
    const s = state();
    checkEarlySends(s, [
      { text: 'Your parcel left our warehouse this morning.', context: contact, at: 1 },
      { text: 'Please leave us a review on Amazon.', context: { surface: 'thread', caseId: 'C' }, at: 2 },
    ]);
    expect(send).not.toHaveBeenCalled();
    expect(s.reviewRequested.size).toBe(0);
  });
});
