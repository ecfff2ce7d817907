// Highlights for contenteditable composers with the CSS Custom Highlight API: named highlights
// (`rg-<severity>-<n>`, test-contract.md) over Ranges of the live text, so they follow scrolling and
// layout by themselves and touch no node of the page. Feature-detected; without it, the panel alone.
import type { Finding } from '../../rules/compliance/types';
import { RG_UI_ATTR } from '../../lib/deep-dom';
import { rangeInText } from './text-ranges';

const SEVERITIES = ['block', 'warn', 'info'] as const;
const COLORS = { block: 'rgba(204, 12, 57, .18)', warn: 'rgba(196, 85, 0, .18)', info: 'rgba(0, 113, 133, .12)' } as const;
let nextId = 0;

export const customHighlightsSupported = () => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

export class CustomHighlighter {
  private readonly names: Record<(typeof SEVERITIES)[number], string>;
  private readonly style: HTMLStyleElement;

  constructor(private readonly root: HTMLElement) {
    const id = ++nextId;
    this.names = { block: `rg-block-${id}`, warn: `rg-warn-${id}`, info: `rg-info-${id}` };
    this.style = document.createElement('style');
    this.style.setAttribute(RG_UI_ATTR, '');
    this.style.textContent = SEVERITIES.map((s) => `::highlight(${this.names[s]}) { background-color: ${COLORS[s]}; }`).join('\n');
    document.head.append(this.style);
  }

  render(findings: readonly Finding[]): void {
    for (const severity of SEVERITIES) {
      const ranges = findings.filter((f) => f.severity === severity).map((f) => rangeInText(this.root, f.start, f.end)).filter((r): r is Range => r !== null);
      if (ranges.length) CSS.highlights.set(this.names[severity], new Highlight(...ranges));
      else CSS.highlights.delete(this.names[severity]);
    }
  }

  destroy(): void {
    for (const name of Object.values(this.names)) CSS.highlights.delete(name);
    this.style.remove();
  }
}
