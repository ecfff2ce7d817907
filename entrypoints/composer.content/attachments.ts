// Judging a picked file: type and size always (light, in the content script); the text inside TXT,
// PDF and DOCX through the heavy checker, loaded on demand from /attachment-check.js. When that cannot
// load (not web-accessible), TXT is still read here and PDF/DOCX get an honest "could not read".
import { browser } from 'wxt/browser';
import { checkMessage, finalize } from '../../rules/compliance/check';
import type { AttachmentFile, AttachmentVerdict, CheckOptions, Finding } from '../../rules/compliance/types';
import type { Span } from '../../rules/compliance/detectors/span';

type CheckAttachment = (file: AttachmentFile, options?: CheckOptions) => Promise<AttachmentVerdict>;

// same limits as rules/compliance/attachment.ts (not imported: it would pull pdf.js into this bundle)
const MAX_BYTES = 10 * 1024 * 1024;
const ALLOWED = new Set(['doc', 'docx', 'pdf', 'txt', 'jpg', 'jpeg', 'gif', 'png', 'bmp', 'tif', 'tiff']);
const IMAGES = new Set(['jpg', 'jpeg', 'gif', 'png', 'bmp', 'tif', 'tiff']);

let heavy: Promise<CheckAttachment | null> | null = null;

function loadHeavy(): Promise<CheckAttachment | null> {
  heavy ??= (async () => {
    try {
      await import(/* @vite-ignore */ browser.runtime.getURL('/attachment-check.js' as '/'));
      const fn = (globalThis as Record<string, unknown>).__replyGuardCheckAttachment;
      return typeof fn === 'function' ? (fn as CheckAttachment) : null;
    } catch {
      return null;
    }
  })();
  return heavy;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase().trim();
}

/** The light verdict: type, size, and TXT contents. */
export function lightVerdict(file: AttachmentFile, options: CheckOptions): AttachmentVerdict {
  const whole = { start: 0, end: file.name.length };
  const ext = extensionOf(file.name);
  const spans: Span[] = [];
  if (!ALLOWED.has(ext)) spans.push({ rule: 'attachment_type', severity: 'block', ...whole });
  if (file.size > MAX_BYTES) spans.push({ rule: 'attachment_size', severity: 'block', ...whole });
  let text: string | undefined;
  let textFindings: Finding[] = [];
  if (ALLOWED.has(ext)) {
    if (IMAGES.has(ext)) spans.push({ rule: 'attachment_image', severity: 'info', ...whole });
    else if (ext === 'txt' && file.bytes) {
      text = new TextDecoder().decode(file.bytes);
      textFindings = checkMessage(text, options);
    } else if (ext !== 'txt') spans.push({ rule: 'attachment_unreadable', severity: 'warn', ...whole });
  }
  const findings = finalize(spans, options.uiLanguage ?? 'en');
  const ok = ![...findings, ...textFindings].some((f) => f.severity !== 'info');
  return { ok, findings, text, textFindings };
}

export async function judgeFile(file: File, options: CheckOptions): Promise<AttachmentVerdict> {
  const bytes = file.size <= MAX_BYTES ? new Uint8Array(await file.arrayBuffer()) : undefined;
  const input: AttachmentFile = { name: file.name, size: file.size, type: file.type, bytes };
  const ext = extensionOf(file.name);
  if (bytes && (ext === 'pdf' || ext === 'docx')) {
    const check = await loadHeavy();
    if (check) return check(input, options);
  }
  return lightVerdict(input, options);
}
