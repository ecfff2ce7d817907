// One checker per composer: reads the text on composed `input` events (never mid-IME-composition),
// keeps highlights glued to the text on every keystroke (cheap shift), and runs the real check when
// the seller pauses. Owns the overlay and the panel of that composer; everything hangs off `signal`.
import { checkMessage } from '../../rules/compliance/check';
import { SLICE_CHARS, checkInSlices } from '../../rules/compliance/slices';
import type { CheckOptions, Finding } from '../../rules/compliance/types';
import { TextareaOverlay } from '../../components/composer/overlay';
import { ComposerPanel, type AttachmentRow } from '../../components/composer/panel';
import { diffEdit, shiftFindings } from '../../components/composer/shift';
import { CustomHighlighter, customHighlightsSupported } from '../../components/composer/custom-highlights';
import { rangeInText } from '../../components/composer/text-ranges';
import { readText, type ComposerSite } from './page';
import { INSTRUMENTED } from '../../lib/instrument';

const IDLE_MS = 120;

export class ComposerSession {
  readonly panel: ComposerPanel;
  private readonly overlay: TextareaOverlay | null;
  private readonly highlighter: CustomHighlighter | null;
  private readonly controller = new AbortController();
  private text = '';
  private findings: Finding[] = [];
  private composing = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Which check is the latest: a sliced check of an older text is dropped. */
  private generation = 0;
  attachments: AttachmentRow[] = [];
  /** last check duration, for the benchmark */
  lastCheckMs = 0;

  constructor(readonly site: ComposerSite, private readonly options: () => CheckOptions, parent: AbortSignal) {
    const signal = this.controller.signal;
    parent.addEventListener('abort', () => this.destroy(), { once: true, signal });
    this.panel = new ComposerPanel((f) => this.select(f));
    // beside the composer: our own node after Amazon's, never inside it
    site.host.after(this.panel.host);
    this.overlay = site.field instanceof HTMLTextAreaElement ? new TextareaOverlay(site.field, signal) : null;
    this.highlighter = !this.overlay && customHighlightsSupported() ? new CustomHighlighter(site.field) : null;

    const listen = site.host;
    listen.addEventListener('compositionstart', () => (this.composing = true), { signal });
    listen.addEventListener('compositionend', () => {
      this.composing = false;
      this.onInput();
    }, { signal });
    listen.addEventListener('input', (e) => {
      if ((e as InputEvent).isComposing) return;
      this.onInput();
    }, { signal });
    this.text = readText(site);
    this.check();
  }

  get connected(): boolean {
    return this.site.host.isConnected && this.site.field.isConnected && this.panel.host.isConnected;
  }

  /** The host set the value without an input event (a template was picked): treat it as an edit. */
  refreshIfChanged(): void {
    if (!this.composing && readText(this.site) !== this.text) this.onInput();
  }

  private onInput(): void {
    if (this.composing) return;
    const text = readText(this.site);
    const edit = diffEdit(this.text, text);
    if (!edit) return;
    this.text = text;
    this.findings = shiftFindings(this.findings, edit);
    this.paint();
    this.panel.host.dataset.rgPending = 'true';
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.checkWhenIdle(), IDLE_MS);
  }

  /** After typing pauses: a long paste is checked in slices, yielding to the page between them
   *  (about a second per MB of varied text would otherwise freeze the page). */
  private checkWhenIdle(): void {
    const text = readText(this.site);
    if (text.length <= SLICE_CHARS) {
      this.check();
      return;
    }
    const generation = ++this.generation;
    const started = performance.now();
    const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
    checkInSlices(text, this.options(), yieldToPage).then(
      (findings) => {
        if (generation !== this.generation || this.controller.signal.aborted || readText(this.site) !== text) return;
        this.show(text, findings, started);
      },
      (error: unknown) => console.error('[ReplyGuard] check failed', error),
    );
  }

  /** Check now (also used by the Send guard so a click right after typing sees the final text). */
  check(): Finding[] {
    clearTimeout(this.timer);
    this.generation += 1;
    if (this.controller.signal.aborted) return this.findings;
    const started = performance.now();
    this.text = readText(this.site);
    try {
      this.findings = this.text.trim() ? checkMessage(this.text, this.options()) : [];
    } catch (error) {
      console.error('[ReplyGuard] check failed', error);
      this.findings = [];
    }
    this.show(this.text, this.findings, started);
    return this.findings;
  }

  private show(text: string, findings: Finding[], started: number): void {
    this.text = text;
    this.findings = findings;
    this.paint();
    this.panel.renderFindings(this.text, this.findings);
    this.lastCheckMs = performance.now() - started;
    if (INSTRUMENTED) this.panel.host.dataset.rgCheckMs = this.lastCheckMs.toFixed(2);
    delete this.panel.host.dataset.rgPending;
  }

  private paint(): void {
    this.overlay?.render(this.text, this.findings);
    this.highlighter?.render(this.findings);
  }

  get currentText(): string {
    return this.text;
  }

  setAttachments(rows: AttachmentRow[]): void {
    this.attachments = rows;
    this.panel.renderAttachments(rows);
  }

  /** Blocking findings in the text and in the attached files, as lines for the Send guard. */
  blocking(): string[] {
    const lines = this.check()
      .filter((f) => f.severity === 'block')
      .map((f) => `${f.message} “${this.text.slice(f.start, f.end).slice(0, 60)}”`);
    for (const a of this.attachments) {
      for (const f of [...(a.verdict?.findings ?? []), ...(a.verdict?.textFindings ?? [])]) {
        if (f.severity === 'block') lines.push(`${a.name}: ${f.message}`);
      }
    }
    return lines;
  }

  /** A row was clicked: select that span in the composer (an explicit request, so focus moves). */
  private select(f: Finding): void {
    const field = this.site.field;
    if (field instanceof HTMLTextAreaElement) {
      field.focus({ preventScroll: true });
      field.setSelectionRange(f.start, f.end);
    } else {
      const range = rangeInText(field, f.start, f.end);
      if (!range) return;
      field.focus({ preventScroll: true });
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
  }

  /** Keep the overlay on the field after the page moved things around. */
  sync(): void {
    this.overlay?.sync();
  }

  recheckOptions(): void {
    this.check();
  }

  destroy(): void {
    clearTimeout(this.timer);
    this.controller.abort();
    this.overlay?.destroy();
    this.highlighter?.destroy();
    this.panel.host.remove();
  }
}
