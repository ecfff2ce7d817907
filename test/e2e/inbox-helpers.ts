// Reading our SLA badges off an inbox page (or the frame that holds the inbox).
import { expect } from 'vitest';
import type { Frame, Page } from 'playwright-core';

export interface BadgeInfo {
  state: string | null;
  dueAt: string | null;
  estimated: boolean;
  /** what the badge shows (its shadow root's text) */
  text: string;
}

/** thread id -> its badge; a thread without a badge is absent */
export async function slaBadges(scope: Page | Frame): Promise<Record<string, BadgeInfo>> {
  return scope.locator('[data-rg="sla-badge"]').evaluateAll((els) =>
    Object.fromEntries(
      els.map((el) => [
        el.getAttribute('data-thread-id'),
        { state: el.getAttribute('data-state'), dueAt: el.getAttribute('data-due-at'), estimated: el.getAttribute('data-estimated') === 'true', text: el.shadowRoot?.textContent ?? '' },
      ]),
    ),
  );
}

/**
 * Just after midnight in the marketplace, the list shows the 2-hour-old thread's time as "Yesterday"
 * (a day, no time): its badge is then an estimate from the start of that day, the pessimistic end,
 * so it reads overdue. Opening the thread gives the exact time, as a seller would. Tests that need the
 * thread's real state call this first; it checks the estimate on the way.
 */
export async function withExactTime(scope: Page | Frame, buyer: string, caseId: string): Promise<void> {
  const badge = (await slaBadges(scope))[caseId];
  if (!badge?.estimated) return;
  expect(badge.state).toBe('overdue');
  await scope.locator('.thread-link', { hasText: buyer }).click();
  await expect.poll(async () => (await slaBadges(scope))[caseId]?.estimated, { timeout: 10_000 }).toBe(false);
}
