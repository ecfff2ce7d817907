// Reading our SLA badges off an inbox page (or the frame that holds the inbox).
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
