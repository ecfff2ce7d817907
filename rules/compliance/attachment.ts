// checkAttachment(): type and size rules, then the text inside TXT, PDF and DOCX checked with the
// same rules as the message. Text extraction lives in ./extract and is loaded with import() only
// when there are bytes to read, so content scripts that only check typing stay small.
import { checkMessage, finalize, safeOptions } from './check';
import { attachmentPolicy } from './attachment-policy';
import type { AttachmentFile, AttachmentVerdict, CheckOptions, Finding } from './types';

export { ALLOWED_ATTACHMENT_EXTENSIONS, MAX_ATTACHMENT_BYTES } from './attachment-policy';

export async function checkAttachment(file: AttachmentFile, options: CheckOptions | null = {}): Promise<AttachmentVerdict> {
  const ui = safeOptions(options).uiLanguage;
  const name = typeof file?.name === 'string' ? file.name : '';
  const { spans, ext, readText } = attachmentPolicy(file);
  let text: string | undefined;
  let textFindings: Finding[] = [];
  if (readText && file.bytes) {
    try {
      const { extractText } = await import('./extract');
      text = await extractText(ext as 'txt' | 'pdf' | 'docx', file.bytes);
      textFindings = checkMessage(text, options);
    } catch {
      spans.push({ rule: 'attachment_unreadable', severity: 'warn', start: 0, end: name.length });
    }
  }

  const findings = finalize(spans, ui);
  const ok = ![...findings, ...textFindings].some((f) => f.severity === 'block' || f.severity === 'warn');
  return { ok, findings, text, textFindings };
}
