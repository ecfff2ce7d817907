// checkAttachment(): type and size rules, then the text inside TXT, PDF and DOCX checked with the
// same rules as the message. Text extraction lives in ./extract and is loaded with import() only
// when there are bytes to read, so content scripts that only check typing stay small.
import { checkMessage, finalize, safeOptions } from './check';
import type { Span } from './detectors/span';
import type { AttachmentFile, AttachmentVerdict, CheckOptions, Finding } from './types';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const ALLOWED_ATTACHMENT_EXTENSIONS: readonly string[] = ['doc', 'docx', 'pdf', 'txt', 'jpg', 'jpeg', 'gif', 'png', 'bmp', 'tif', 'tiff'];
const IMAGE_EXTENSIONS = new Set(['jpg', 'jpeg', 'gif', 'png', 'bmp', 'tif', 'tiff']);
const READABLE = new Set(['txt', 'pdf', 'docx']);
/** MIME types that contradict an allowed extension badly enough to matter (an .exe renamed .pdf). */
const DANGEROUS_MIME = /^(?:application\/(?:x-msdownload|x-msdos-program|x-executable|x-sh|javascript|x-javascript|zip|x-zip-compressed|x-rar-compressed|x-7z-compressed|vnd\.android\.package-archive)|text\/html|video\/|audio\/)/;

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase().trim();
}

export async function checkAttachment(file: AttachmentFile, options: CheckOptions | null = {}): Promise<AttachmentVerdict> {
  const ui = safeOptions(options).uiLanguage;
  const name = typeof file?.name === 'string' ? file.name : '';
  const whole = { start: 0, end: name.length };
  const spans: Span[] = [];
  const ext = extensionOf(name);

  if (!ALLOWED_ATTACHMENT_EXTENSIONS.includes(ext) || DANGEROUS_MIME.test(file.type ?? '')) {
    spans.push({ rule: 'attachment_type', severity: 'block', ...whole });
  }
  const size = Number.isFinite(file.size) ? file.size : (file.bytes?.byteLength ?? 0);
  if (size > MAX_ATTACHMENT_BYTES || (file.bytes?.byteLength ?? 0) > MAX_ATTACHMENT_BYTES) {
    spans.push({ rule: 'attachment_size', severity: 'block', ...whole });
  }

  let text: string | undefined;
  let textFindings: Finding[] = [];
  const typeOk = !spans.some((s) => s.rule === 'attachment_type');
  if (typeOk && IMAGE_EXTENSIONS.has(ext)) {
    spans.push({ rule: 'attachment_image', severity: 'info', ...whole });
  } else if (typeOk && ext === 'doc') {
    // legacy binary Word: no maintained browser-side parser; say we did not look
    spans.push({ rule: 'attachment_unreadable', severity: 'warn', ...whole });
  } else if (typeOk && READABLE.has(ext) && file.bytes) {
    try {
      const { extractText } = await import('./extract');
      text = await extractText(ext as 'txt' | 'pdf' | 'docx', file.bytes);
      textFindings = checkMessage(text, options);
    } catch {
      spans.push({ rule: 'attachment_unreadable', severity: 'warn', ...whole });
    }
  }

  const findings = finalize(spans, ui);
  const ok = ![...findings, ...textFindings].some((f) => f.severity === 'block' || f.severity === 'warn');
  return { ok, findings, text, textFindings };
}
