// Amazon's attachment rules (policy.md §2: types, 10 MB) and what we read inside, decided ONCE: the
// composer's light check (no PDF/DOCX reader in the content script) and the full check
// (attachment.ts, with text extraction) both call this, so they cannot drift apart.
import type { Span } from './detectors/span';
import type { AttachmentFile } from './types';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const ALLOWED_ATTACHMENT_EXTENSIONS: readonly string[] = ['doc', 'docx', 'pdf', 'txt', 'jpg', 'jpeg', 'gif', 'png', 'bmp', 'tif', 'tiff'];
const IMAGE_EXTENSIONS = new Set(['jpg', 'jpeg', 'gif', 'png', 'bmp', 'tif', 'tiff']);
/** MIME types that contradict an allowed extension badly enough to matter (an .exe renamed .pdf). */
const DANGEROUS_MIME = /^(?:application\/(?:x-msdownload|x-msdos-program|x-executable|x-sh|javascript|x-javascript|zip|x-zip-compressed|x-rar-compressed|x-7z-compressed|vnd\.android\.package-archive)|text\/html|video\/|audio\/)/;

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase().trim();
}

export interface AttachmentPolicy {
  /** findings about the file itself: type, size, image, legacy .doc */
  spans: Span[];
  ext: string;
  /** the text inside should be read and checked (txt, pdf, docx of an allowed, harmless type) */
  readText: boolean;
}

export function attachmentPolicy(file: Pick<AttachmentFile, 'name' | 'size' | 'type' | 'bytes'>): AttachmentPolicy {
  const name = typeof file?.name === 'string' ? file.name : '';
  const whole = { start: 0, end: name.length };
  const spans: Span[] = [];
  const ext = extensionOf(name);
  const typeOk = ALLOWED_ATTACHMENT_EXTENSIONS.includes(ext) && !DANGEROUS_MIME.test(typeof file.type === 'string' ? file.type : '');
  if (!typeOk) spans.push({ rule: 'attachment_type', severity: 'block', ...whole });
  const size = Number.isFinite(file.size) ? file.size : (file.bytes?.byteLength ?? 0);
  if (size > MAX_ATTACHMENT_BYTES || (file.bytes?.byteLength ?? 0) > MAX_ATTACHMENT_BYTES) spans.push({ rule: 'attachment_size', severity: 'block', ...whole });
  if (typeOk && IMAGE_EXTENSIONS.has(ext)) spans.push({ rule: 'attachment_image', severity: 'info', ...whole });
  // legacy binary Word: no maintained browser-side parser; say we did not look
  else if (typeOk && ext === 'doc') spans.push({ rule: 'attachment_unreadable', severity: 'warn', ...whole });
  return { spans, ext, readText: typeOk && (ext === 'txt' || ext === 'pdf' || ext === 'docx') };
}
