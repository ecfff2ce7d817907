// Judging a picked file: type and size always (light, in the content script); the text inside TXT,
// PDF and DOCX through the heavy checker, loaded on demand from /attachment-check.js. When that cannot
// load (not web-accessible), TXT is still read here and PDF/DOCX get an honest "could not read".
import { browser } from 'wxt/browser';
import { checkMessage, finalize } from '../../rules/compliance/check';
import type { AttachmentFile, AttachmentVerdict, CheckOptions, Finding } from '../../rules/compliance/types';
import { attachmentPolicy, MAX_ATTACHMENT_BYTES } from '../../rules/compliance/attachment-policy';

type CheckAttachment = (file: AttachmentFile, options?: CheckOptions) => Promise<AttachmentVerdict>;


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

/** The light verdict: the one attachment policy (type, size, harmful MIME), and TXT contents. */
export function lightVerdict(file: AttachmentFile, options: CheckOptions): AttachmentVerdict {
  const { spans, ext, readText } = attachmentPolicy(file);
  let text: string | undefined;
  let textFindings: Finding[] = [];
  if (readText && ext === 'txt' && file.bytes) {
    text = new TextDecoder().decode(file.bytes);
    textFindings = checkMessage(text, options);
  } else if (readText) {
    // PDF/DOCX when the reader could not load: say we did not look
    spans.push({ rule: 'attachment_unreadable', severity: 'warn', start: 0, end: file.name.length });
  }
  const findings = finalize(spans, options.uiLanguage ?? 'en');
  const ok = ![...findings, ...textFindings].some((f) => f.severity !== 'info');
  return { ok, findings, text, textFindings };
}

export async function judgeFile(file: File, options: CheckOptions): Promise<AttachmentVerdict> {
  const bytes = file.size <= MAX_ATTACHMENT_BYTES ? new Uint8Array(await file.arrayBuffer()) : undefined;
  const input: AttachmentFile = { name: file.name, size: file.size, type: file.type, bytes };
  const { ext, readText } = attachmentPolicy(input);
  if (bytes && readText && (ext === 'pdf' || ext === 'docx')) {
    const check = await loadHeavy();
    if (check) return check(input, options);
  }
  return lightVerdict(input, options);
}
