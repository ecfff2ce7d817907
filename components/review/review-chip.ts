// Small plain-DOM review UI for Seller Central pages: the reason chip next to Request a Review and
// the per-row window pill on Manage Orders. Each is a host element marked data-rg-ui with an open
// shadow root; all of them share ONE constructed stylesheet. The text lives in the host's light DOM
// (slotted), so it stays readable by tests and screen readers while Amazon's CSS cannot restyle the chip.
import { createShadowHost } from '../shadow-host';

export type ChipTone = 'blocked' | 'warn' | 'ok' | 'sweet' | 'muted';

const CSS = `
:host { all: initial; display: inline-block; vertical-align: middle; margin: 0 6px; max-width: 100%; }
.chip { display: inline-flex; align-items: center; gap: 4px; box-sizing: border-box; padding: 2px 8px;
  border-radius: 8px; border: 1px solid currentColor; font: 13px/18px "Amazon Ember", Arial, sans-serif;
  color: #0f1111; background: #fff; white-space: normal; }
.chip::before { content: ""; width: 7px; height: 7px; border-radius: 50%; background: currentColor; flex: none; }
:host([data-tone="blocked"]) .chip { color: #cc0c39; background: #fff5f6; }
:host([data-tone="warn"]) .chip { color: #b34d00; background: #fffaf3; }
:host([data-tone="ok"]) .chip { color: #067d62; background: #f3fbf8; }
:host([data-tone="sweet"]) .chip { color: #067d62; background: #e6f6f1; font-weight: 700; }
:host([data-tone="muted"]) .chip { color: #565959; background: #f7f7f7; }
:host([data-size="small"]) .chip { font-size: 12px; line-height: 16px; padding: 1px 6px; }
@media (prefers-color-scheme: dark) {
  .chip { background: #1b1f24; color: #e6e6e6; }
  :host([data-tone="blocked"]) .chip { color: #ff7b8f; background: #2a1518; }
  :host([data-tone="warn"]) .chip { color: #ffa45c; background: #2a1e12; }
  :host([data-tone="ok"]) .chip, :host([data-tone="sweet"]) .chip { color: #4fd1ae; background: #10241f; }
  :host([data-tone="muted"]) .chip { color: #b0b4b4; background: #1b1f24; }
}
`;

export interface ChipOptions {
  /** contract hook, e.g. "review-reason" or "review-pill" */
  role: string;
  size?: 'normal' | 'small';
}

/** Creates an empty chip host; fill it with `updateChip`. */
export function createChip(doc: Document, { role, size = 'normal' }: ChipOptions): HTMLElement {
  const { host, root: shadow } = createShadowHost(doc, 'span', CSS, { 'data-rg': role, 'data-size': size });
  const chip = doc.createElement('span');
  chip.className = 'chip';
  chip.setAttribute('part', 'chip');
  chip.append(doc.createElement('slot'));
  shadow.append(chip);
  return host;
}

/** Sets text and tone only when they changed (no mutation churn on every re-scan). */
export function updateChip(host: HTMLElement, text: string, tone: ChipTone, title?: string): void {
  if (host.textContent !== text) host.textContent = text;
  if (host.getAttribute('data-tone') !== tone) host.setAttribute('data-tone', tone);
  if (title !== undefined && host.title !== title) host.title = title;
}
