// The compact panel beside a composer (test-contract.md, Composer): a count, one row per finding with
// its explanation and what to write instead, a calm "ready to send" when clean, and the verdict on
// each attached file. Plain DOM in our own shadow root; rebuilt only when the findings change.
import type { AttachmentVerdict, Finding } from '../../rules/compliance/types';
import { t } from '../i18n';
import { createUiHost } from './ui-host';

export interface AttachmentRow {
  name: string;
  /** undefined while the file is being read */
  verdict?: AttachmentVerdict & { readMs?: number; readDetail?: string };
  error?: string;
}

/** A finding in text read from an attachment; images say how (test-contract.md, Finding sources). */
export interface AttachmentFinding extends Finding {
  via?: 'ocr' | 'qr';
  /** the offending text as read (the offsets are in the image's text, not the message) */
  quote?: string;
}

export const isViolation = (f: Finding) => f.severity === 'block' || f.severity === 'warn';

export class ComposerPanel {
  readonly host: HTMLElement;
  private readonly head: HTMLDivElement;
  private readonly list: HTMLUListElement;
  private readonly attachments: HTMLUListElement;
  private signature = '';
  private text = '';
  private findings: readonly Finding[] = [];
  private attachmentFindings: Finding[] = [];

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
    this.text = text;
    this.findings = findings;
    this.renderHead();

    this.list.replaceChildren(
      ...findings.map((f) => {
        // a real <button> inside the list item: lists keep their semantics, Enter/Space work natively
        const row = findingRow(f);
        const pickButton = Object.assign(document.createElement('button'), { type: 'button', className: 'row-pick' });
        fillFindingBody(pickButton, f, text.slice(f.start, f.end));
        pickButton.addEventListener('click', () => this.onPick(f));
        row.append(pickButton);
        return row;
      }),
    );
  }

  /** The count covers every finding row: the message's and those in the attachments' text. */
  private renderHead(): void {
    const all = [...this.findings, ...this.attachmentFindings];
    const blocking = all.filter((f) => f.severity === 'block').length;
    const violations = all.filter(isViolation).length;
    this.host.dataset.rgCount = String(violations);
    this.host.dataset.rgBlock = String(blocking);

    const brand = Object.assign(document.createElement('span'), { className: 'brand', textContent: 'ReplyGuard' });
    const summary = document.createElement('span');
    if (!this.text.trim() && !violations) summary.textContent = t('composerEmpty');
    else if (!violations) {
      summary.className = 'ready';
      summary.textContent = t('composerReady');
    } else {
      summary.className = blocking ? 'count-block' : 'count-warn';
      summary.textContent = blocking ? t('composerBlocking', violations, blocking) : t('composerWarnings', violations);
    }
    this.head.replaceChildren(summary, brand);
  }

  /** One row per finding in a file's text, marked with the file (and, for images, OCR or QR). */
  private attachmentFindingRow(file: string, f: AttachmentFinding, sourceText: string | undefined): HTMLLIElement {
    const row = findingRow(f);
    row.dataset.source = 'attachment';
    row.dataset.file = file;
    if (f.via) row.dataset.via = f.via;
    // not a button: there is nothing in the message box to select
    const body = Object.assign(document.createElement('div'), { className: 'row-pick' });
    body.style.cursor = 'default';
    fillFindingBody(body, f, f.via ? '' : (sourceText ?? '').slice(f.start, f.end));
    row.append(body);
    return row;
  }

  renderAttachments(rows: readonly AttachmentRow[]): void {
    this.attachmentFindings = rows.flatMap((r) => r.verdict?.textFindings ?? []);
    this.renderHead();
    this.attachments.replaceChildren(
      ...rows.map((r) => {
        const li = document.createElement('li');
        li.className = 'att';
        li.dataset.rg = 'attachment';
        li.dataset.name = r.name;
        const state = Object.assign(document.createElement('span'), { className: 'att-state' });
        const all = r.verdict ? [...r.verdict.findings, ...r.verdict.textFindings] : [];
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
        // how long an image took to read, and where the time went (benchmarks, support)
        if (r.verdict?.readMs !== undefined) li.dataset.readMs = String(r.verdict.readMs);
        if (r.verdict?.readDetail) li.dataset.readDetail = r.verdict.readDetail;
        li.append(state, r.name);
        // the file itself (type, size, unreadable); then each finding in its text, as a row
        for (const p of (r.verdict?.findings ?? []).filter(isViolation).slice(0, 3)) li.append(Object.assign(document.createElement('div'), { textContent: p.message }));
        const textRows = (r.verdict?.textFindings ?? []).slice(0, 20);
        if (textRows.length) {
          const list = document.createElement('ul');
          list.append(...textRows.map((f) => this.attachmentFindingRow(r.name, f, r.verdict?.text)));
          li.append(list);
        }
        return li;
      }),
    );
  }
}

/** A finding's list item with the contract's attributes (rule, severity, offsets, layer and entry). */
function findingRow(f: Pick<Finding, 'rule' | 'severity' | 'start' | 'end' | 'layer' | 'entry'>): HTMLLIElement {
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
  return row;
}

/** The dot, the message with the quoted text it is about, and the suggestion, into a row's body. */
function fillFindingBody(body: HTMLElement, f: Pick<Finding, 'message' | 'suggestion'>, quote: string): void {
  const dot = Object.assign(document.createElement('span'), { className: 'dot' });
  const message = document.createElement('span');
  message.append(f.message);
  if (quote) message.append(' ', Object.assign(document.createElement('span'), { className: 'quote', textContent: `“${quote.length > 60 ? quote.slice(0, 57) + '…' : quote}”` }));
  body.append(dot, message);
  if (f.suggestion) {
    const suggest = Object.assign(document.createElement('span'), { className: 'suggest' });
    suggest.append(Object.assign(document.createElement('b'), { textContent: `${t('composerInstead')} ` }), f.suggestion);
    body.append(suggest);
  }
}
