// The compact panel beside a composer (test-contract.md, Composer): a count, one row per finding with
// its explanation and what to write instead, a calm "ready to send" when clean, and the verdict on
// each attached file. Plain DOM in our own shadow root; rebuilt only when the findings change.
import type { AttachmentVerdict, Finding } from '../../rules/compliance/types';
import { t } from '../i18n';
import { createUiHost } from './ui-host';

export interface AttachmentRow {
  name: string;
  /** undefined while the file is being read */
  verdict?: AttachmentVerdict;
  error?: string;
}

export const isViolation = (f: Finding) => f.severity === 'block' || f.severity === 'warn';

export class ComposerPanel {
  readonly host: HTMLElement;
  private readonly head: HTMLDivElement;
  private readonly list: HTMLUListElement;
  private readonly attachments: HTMLUListElement;
  private signature = '';

  constructor(private readonly onPick: (finding: Finding) => void) {
    const { host, root } = createUiHost();
    host.dataset.rg = 'composer-panel';
    host.style.display = 'block';
    host.setAttribute('role', 'region');
    host.setAttribute('aria-label', t('composerPanelLabel'));
    const panel = document.createElement('div');
    panel.className = 'panel';
    this.head = document.createElement('div');
    this.head.className = 'panel-head';
    this.head.setAttribute('aria-live', 'polite');
    this.list = document.createElement('ul');
    this.attachments = document.createElement('ul');
    this.attachments.className = 'attachments';
    panel.append(this.head, this.list, this.attachments);
    root.append(panel);
    this.host = host;
    this.renderFindings('', []);
  }

  renderFindings(text: string, findings: readonly Finding[]): void {
    const signature = JSON.stringify([!text.trim(), findings.map((f) => [f.rule, f.severity, f.start, f.end, f.message])]);
    if (signature === this.signature) return;
    this.signature = signature;
    const blocking = findings.filter((f) => f.severity === 'block').length;
    const violations = findings.filter(isViolation).length;
    this.host.dataset.rgCount = String(violations);
    this.host.dataset.rgBlock = String(blocking);

    const brand = Object.assign(document.createElement('span'), { className: 'brand', textContent: 'ReplyGuard' });
    const summary = document.createElement('span');
    if (!text.trim()) summary.textContent = t('composerEmpty');
    else if (!violations) {
      summary.className = 'ready';
      summary.textContent = t('composerReady');
    } else {
      summary.className = blocking ? 'count-block' : 'count-warn';
      summary.textContent = blocking ? t('composerBlocking', violations, blocking) : t('composerWarnings', violations);
    }
    this.head.replaceChildren(summary, brand);

    this.list.replaceChildren(
      ...findings.map((f) => {
        // a real <button> inside the list item: lists keep their semantics, Enter/Space work natively
        const row = document.createElement('li');
        row.className = 'row';
        row.dataset.rgFinding = '';
        row.dataset.rule = f.rule;
        row.dataset.severity = f.severity;
        row.dataset.start = String(f.start);
        row.dataset.end = String(f.end);
        // which layer and entry found it (test contract "Finding sources")
        if (f.layer) row.dataset.layer = f.layer;
        if (f.entry) row.dataset.entry = f.entry;
        const pickButton = Object.assign(document.createElement('button'), { type: 'button', className: 'row-pick' });
        const dot = Object.assign(document.createElement('span'), { className: 'dot' });
        const message = document.createElement('span');
        const quote = text.slice(f.start, f.end);
        message.append(f.message, ' ');
        if (quote) message.append(Object.assign(document.createElement('span'), { className: 'quote', textContent: `“${quote.length > 60 ? quote.slice(0, 57) + '…' : quote}”` }));
        pickButton.append(dot, message);
        if (f.suggestion) {
          const suggest = Object.assign(document.createElement('span'), { className: 'suggest' });
          suggest.append(Object.assign(document.createElement('b'), { textContent: `${t('composerInstead')} ` }), f.suggestion);
          pickButton.append(suggest);
        }
        pickButton.addEventListener('click', () => this.onPick(f));
        row.append(pickButton);
        return row;
      }),
    );
  }

  renderAttachments(rows: readonly AttachmentRow[]): void {
    this.attachments.replaceChildren(
      ...rows.map((r) => {
        const li = document.createElement('li');
        li.className = 'att';
        li.dataset.rg = 'attachment';
        li.dataset.name = r.name;
        const state = Object.assign(document.createElement('span'), { className: 'att-state' });
        const all = r.verdict ? [...r.verdict.findings, ...r.verdict.textFindings] : [];
        const problems = all.filter(isViolation);
        if (r.error) {
          li.dataset.ok = 'false';
          state.textContent = t('composerAttachmentUnread');
        } else if (!r.verdict) {
          li.dataset.state = 'checking';
          state.textContent = t('composerAttachmentChecking');
        } else {
          li.dataset.ok = String(r.verdict.ok);
          li.dataset.rules = [...new Set(all.map((f) => f.rule))].join(' ');
          state.textContent = r.verdict.ok ? t('composerAttachmentOk') : t('composerAttachmentBad');
        }
        li.append(state, r.name);
        for (const p of problems.slice(0, 3)) li.append(Object.assign(document.createElement('div'), { textContent: p.message }));
        return li;
      }),
    );
  }
}
