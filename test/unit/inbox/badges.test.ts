// Badge tooltips are filled after the countdowns, in slices: a 1,000-row list must not get one long
// task of tooltip formatting when the page never goes idle (the idle callback times out).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBadge, updateBadge } from '../../../entrypoints/inbox.content/badges';

const NOW = Date.UTC(2026, 10, 28, 20, 0);
const HOUR = 3_600_000;

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('badge tooltips', () => {
  it('are filled in short slices when the idle callback times out, until every badge has one', async () => {
    const callbacks: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) => callbacks.push(cb));
    const hosts = Array.from({ length: 1000 }, (_, i) => {
      const host = createBadge();
      updateBadge(host, { threadId: `C${i}`, dueAt: NOW + (i + 1) * 60_000, internalDueAt: NOW - HOUR, estimated: false, marketplaceTimeZone: 'America/Los_Angeles' }, NOW, 'en');
      return host;
    });
    expect(hosts.every((h) => !h.hasAttribute('title'))).toBe(true);
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 0.05)); // each tooltip costs 50 us
    const timedOut = { didTimeout: true, timeRemaining: () => 0 } as IdleDeadline;
    let calls = 0;
    while (callbacks.length) {
      const before = hosts.filter((h) => h.hasAttribute('title')).length;
      callbacks.shift()!(timedOut);
      calls += 1;
      // a 4 ms slice at 50 us each: about 80 tooltips a call, never all 1,000 at once
      expect(hosts.filter((h) => h.hasAttribute('title')).length - before).toBeLessThan(100);
    }
    expect(calls).toBeGreaterThan(10);
    expect(hosts.every((h) => /America|PST|PDT|GMT|:/.test(h.getAttribute('title') ?? ''))).toBe(true);
  });

  it('use the idle time the browser offers', () => {
    const callbacks: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) => callbacks.push(cb));
    const host = createBadge();
    updateBadge(host, { threadId: 'X', dueAt: NOW + HOUR, internalDueAt: NOW, estimated: true, marketplaceTimeZone: 'Europe/Berlin' }, NOW, 'en');
    callbacks.shift()!({ didTimeout: false, timeRemaining: () => 40 } as IdleDeadline);
    expect(host.getAttribute('title')).toBeTruthy();
    expect(callbacks).toHaveLength(0);
  });
});
