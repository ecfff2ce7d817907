// In-place highlights over a <textarea> (Harper / LanguageTool technique): a measuring mirror that
// copies the field's box and font, with the text in transparent ink and each finding wrapped in a
// tinted span, drawn in our own shadow root on top of the field with pointer-events:none. The field
// itself is never touched: no restyling, no re-parenting, no value writes.
import type { Finding } from '../../rules/compliance/types';
import { createUiHost } from './ui-host';

const COPIED_STYLES = [
  'boxSizing', 'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant', 'fontStretch', 'lineHeight',
  'letterSpacing', 'wordSpacing', 'textIndent', 'textTransform', 'textAlign', 'direction', 'tabSize',
  'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'wordBreak',
] as const;

const ENTITY_RULES: ReadonlySet<string> = new Set(['url', 'email', 'phone', 'emoji', 'important_tag']);

/** Non-overlapping spans to paint: the earlier finding wins an overlap, a block beats a warn at the same start. */
export function paintSpans(findings: readonly Finding[], textLength: number): Finding[] {
  const rank = { block: 0, warn: 1, info: 2 } as const;
  const valid = findings.filter((f) => f.end > f.start && f.start < textLength);
  // a long paste with hundreds of findings: first come, first painted (linear)
  if (valid.length > 300) return firstComePaint(valid, textLength, rank);
  // every piece of text shows the most severe, then the most specific (shortest) finding over it: an
  // e-mail address inside a sentence that invites off Amazon shows as the address, the rest as the sentence
  const cuts = [...new Set(valid.flatMap((f) => [f.start, Math.min(f.end, textLength)]))].sort((a, b) => a - b);
  const out: Finding[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i]!, cuts[i + 1]!];
    let best: Finding | undefined;
    for (const f of valid) {
      if (f.start > start || f.end < end) continue;
      if (!best || rank[f.severity] < rank[best.severity]) best = f;
      else if (rank[f.severity] === rank[best.severity]) {
        const [length, bestLength] = [f.end - f.start, best.end - best.start];
        // on the very same text, the thing to remove (a phone, an address) over the intent it carries
        if (length < bestLength || (length === bestLength && ENTITY_RULES.has(f.rule) && !ENTITY_RULES.has(best.rule))) best = f;
      }
    }
    if (!best) continue;
    const last = out.at(-1);
    if (last && last.end === start && last.rule === best.rule && last.severity === best.severity && last.message === best.message) last.end = end;
    else out.push({ ...best, start, end });
  }
  return out;
}

function firstComePaint(findings: readonly Finding[], textLength: number, rank: Record<Finding['severity'], number>): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || rank[a.severity] - rank[b.severity] || b.end - a.end);
  const out: Finding[] = [];
  let cursor = 0;
  for (const f of sorted) {
    const start = Math.max(f.start, cursor);
    const end = Math.min(f.end, textLength);
    if (end <= start) continue;
    out.push(start === f.start && end === f.end ? f : { ...f, start, end });
    cursor = end;
  }
  return out;
}

export class TextareaOverlay {
  readonly host: HTMLElement;
  private readonly box: HTMLDivElement;
  private readonly mirror: HTMLDivElement;
  private readonly resize: ResizeObserver;
  private syncQueued = false;
  private lastText = '';
  private lastFindings: readonly Finding[] = [];

  constructor(private readonly field: HTMLTextAreaElement, signal: AbortSignal) {
    const { host, root } = createUiHost();
    host.setAttribute('data-rg', 'composer-overlay');
    host.style.cssText = 'position:absolute;left:0;top:0;width:0;height:0;overflow:visible;pointer-events:none;z-index:2147483000;display:block';
    this.host = host;
    this.box = document.createElement('div');
    this.box.className = 'box';
    this.mirror = document.createElement('div');
    this.mirror.className = 'mirror';
    this.mirror.setAttribute('aria-hidden', 'true');
    this.box.append(this.mirror);
    root.append(this.box);
    document.body.append(host);

    const queue = () => this.queueSync();
    field.addEventListener('scroll', () => this.syncScroll(), { passive: true, signal });
    window.addEventListener('scroll', queue, { passive: true, capture: true, signal });
    window.addEventListener('resize', queue, { passive: true, signal });
    this.resize = new ResizeObserver(() => {
      this.copyStyles();
      this.queueSync();
    });
    this.resize.observe(field);
    signal.addEventListener('abort', () => this.destroy(), { once: true });
    this.copyStyles();
    this.sync();
  }

  /** Repaint the text and its highlights; cheap enough for every keystroke. */
  render(text: string, findings: readonly Finding[]): void {
    this.lastText = text;
    this.lastFindings = findings;
    const fragment = document.createDocumentFragment();
    let at = 0;
    for (const f of paintSpans(findings, text.length)) {
      if (f.start > at) fragment.append(text.slice(at, f.start));
      const mark = document.createElement('span');
      mark.className = 'hl';
      mark.dataset.rg = 'highlight';
      mark.dataset.rule = f.rule;
      mark.dataset.severity = f.severity;
      mark.dataset.start = String(f.start);
      mark.dataset.end = String(f.end);
      mark.textContent = text.slice(f.start, f.end);
      fragment.append(mark);
      at = f.end;
    }
    // a trailing newline needs one more line box to keep the mirror's height (and scroll) equal
    fragment.append(text.slice(at) + '\u200b');
    this.mirror.replaceChildren(fragment);
    this.syncScroll();
  }

  get findings(): readonly Finding[] {
    return this.lastFindings;
  }

  get text(): string {
    return this.lastText;
  }

  private copyStyles(): void {
    const computed = getComputedStyle(this.field);
    const style = this.mirror.style;
    for (const key of COPIED_STYLES) style[key] = computed[key];
    // the field's vertical scrollbar narrows its text; the mirror has none, so pad for it
    const scrollbar = this.field.offsetWidth - this.field.clientWidth - parseFloat(computed.borderLeftWidth) - parseFloat(computed.borderRightWidth);
    if (scrollbar > 0) style.paddingRight = `${parseFloat(computed.paddingRight) + scrollbar}px`;
  }

  private queueSync(): void {
    if (this.syncQueued) return;
    this.syncQueued = true;
    requestAnimationFrame(() => {
      this.syncQueued = false;
      this.sync();
    });
  }

  /** Place the box exactly over the field (document coordinates relative to our host). */
  sync(): void {
    if (!this.field.isConnected) return;
    const rect = this.field.getBoundingClientRect();
    const origin = this.host.getBoundingClientRect();
    const visible = rect.width > 0 && rect.height > 0 && !this.covered(rect);
    this.box.style.display = visible ? 'block' : 'none';
    if (!visible) return;
    this.box.style.transform = `translate(${rect.left - origin.left}px, ${rect.top - origin.top}px)`;
    this.box.style.width = `${rect.width}px`;
    this.box.style.height = `${rect.height}px`;
    this.syncScroll();
  }

  /** A host dialog over the composer must not get our highlights painted on top of it. */
  private covered(rect: DOMRect): boolean {
    const top = document.elementFromPoint(rect.left + rect.width / 2, rect.top + Math.min(rect.height / 2, 20));
    if (!top) return false; // off-screen: nothing to cover
    const root = this.field.getRootNode();
    return !(top === this.field || this.field.contains(top) || (root instanceof ShadowRoot && (top === root.host || root.host.contains(top))));
  }

  private syncScroll(): void {
    this.mirror.scrollTop = this.field.scrollTop;
    this.mirror.scrollLeft = this.field.scrollLeft;
  }

  destroy(): void {
    this.resize.disconnect();
    this.host.remove();
  }
}
