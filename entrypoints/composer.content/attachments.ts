// Judging a picked file: type and size always (light, in the content script); the text inside TXT,
// PDF and DOCX through the heavy checker, loaded on demand from /attachment-check.js. When that cannot
// load (not web-accessible), TXT is still read here and PDF/DOCX get an honest "could not read".
// Images (issue #15): their bytes go to the background, which reads them in the extension's own pages
// (lib/image-text: QR codes and OCR, off the page's main thread); the text and the QR payloads come back
// and are checked here with the same rules, each finding naming the image and how it was read.
import { checkMessage, finalize } from '../../rules/compliance/check';
import type { AttachmentFile, AttachmentVerdict, CheckOptions, Finding } from '../../rules/compliance/types';
import { attachmentPolicy, MAX_ATTACHMENT_BYTES } from '../../rules/compliance/attachment-policy';
import { imageHeader, MAX_IMAGE_PIXELS } from '../../lib/image-text/dimensions';
import { send } from '../../storage/client';
import { importPublished } from '../../lib/published-script';
import type { ImageReading } from '../../storage/protocol';
import type { AttachmentFinding } from '../../components/composer/panel';
import { t, type MessageKey } from '../../components/i18n';

type CheckAttachment = (file: AttachmentFile, options?: CheckOptions) => Promise<AttachmentVerdict>;

const IMAGE_EXTENSIONS = new Set(['jpg', 'jpeg', 'gif', 'png', 'bmp', 'tif', 'tiff']);
/** the content script's own limit: above the background's (30 s), so a dead background still ends */
const IMAGE_READ_TIMEOUT_MS = 40_000;

let heavy: Promise<CheckAttachment | null> | null = null;

function loadHeavy(): Promise<CheckAttachment | null> {
  heavy ??= (async () => {
    try {
      const fn = await importPublished('/attachment-check.js', '__replyGuardCheckAttachment');
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

const isProblem = (f: Finding) => f.severity === 'block' || f.severity === 'warn';

/** Findings in text read from an image, each naming the image and what it shows. */
export function imageFindings(name: string, text: string, via: 'ocr' | 'qr', options: CheckOptions): AttachmentFinding[] {
  if (!text.trim()) return [];
  return checkMessage(text, options).map((f) => {
    const quote = text.slice(f.start, f.end).replace(/\s+/g, ' ').trim();
    const shown = quote.length > 80 ? `${quote.slice(0, 77)}…` : quote;
    const lead = t(via === 'qr' ? 'composerImageQr' : 'composerImageShows', name, shown);
    return { ...f, message: `${lead} ${f.message}`, via, quote };
  });
}

const STATUS_MESSAGE: Record<Exclude<ImageReading['status'], 'read'>, MessageKey> = {
  corrupt: 'composerImageCorrupt',
  'too-large': 'composerImageTooLarge',
  timeout: 'composerImageTimeout',
  unsupported: 'composerImageUnsupported',
  failed: 'composerImageFailed',
};

function unreadable(name: string, status: Exclude<ImageReading['status'], 'read'>, width?: number, height?: number): Finding {
  const mp = width && height ? String(Math.round((width * height) / 100_000) / 10) : '?';
  // a browser that cannot read images here is not the seller's problem: info; anything else: look yourself
  return {
    rule: 'attachment_unreadable',
    severity: status === 'unsupported' ? 'info' : 'warn',
    start: 0,
    end: name.length,
    message: status === 'too-large' ? t('composerImageTooLarge', mp) : t(STATUS_MESSAGE[status]),
  };
}

function fileToBase64(file: Blob): Promise<string> {
  // FileReader encodes off the main thread; the result is a data: URL
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('could not read the file'));
    reader.readAsDataURL(file);
  });
}

async function askBackground(file: File, name: string): Promise<ImageReading> {
  const base64 = await fileToBase64(file);
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      send('image/read', { name, type: file.type, base64, ocr: true }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), IMAGE_READ_TIMEOUT_MS);
      }),
    ]);
  } catch (error) {
    const message = String(error);
    const status = /timeout|after \d+ ms/i.test(message) ? 'timeout' : /not available|offscreen/i.test(message) ? 'unsupported' : 'failed';
    return { status, text: '', qr: [], ms: 0, detail: message.slice(0, 500) };
  } finally {
    clearTimeout(timer);
  }
}

/** An attached image: type and size, then its text and QR codes read in the extension's own pages. */
export async function judgeImage(input: AttachmentFile, file: File, options: CheckOptions): Promise<AttachmentVerdict & { readMs?: number; readDetail?: string }> {
  const { spans } = attachmentPolicy(input);
  const base = finalize(spans, options.uiLanguage ?? 'en');
  // a wrong type or a file over 10 MB is already blocked: nothing to read
  if (base.some((f) => f.rule === 'attachment_type' || f.rule === 'attachment_size') || !input.bytes) {
    return { ok: !base.some(isProblem), findings: base, textFindings: [] };
  }
  const header = imageHeader(input.bytes);
  let reading: ImageReading;
  if (header && header.width * header.height > MAX_IMAGE_PIXELS) {
    reading = { status: 'too-large', text: '', qr: [], width: header.width, height: header.height, ms: 0 };
  } else {
    reading = await askBackground(file, input.name);
  }
  const textFindings: AttachmentFinding[] = [
    ...reading.qr.flatMap((payload) => imageFindings(input.name, payload, 'qr', options)),
    ...imageFindings(input.name, reading.text, 'ocr', options),
  ];
  // read: the general "Amazon reads images too" note has been acted on; not read: say why
  const findings = reading.status === 'read'
    ? base.filter((f) => f.rule !== 'attachment_image')
    : [...base, unreadable(input.name, reading.status, reading.width, reading.height)];
  const ok = ![...findings, ...textFindings].some(isProblem);
  const text = [reading.text, ...reading.qr].filter(Boolean).join('\n');
  return { ok, findings, text: text || undefined, textFindings, readMs: reading.ms, readDetail: reading.detail };
}

export async function judgeFile(file: File, options: CheckOptions): Promise<AttachmentVerdict> {
  const bytes = file.size <= MAX_ATTACHMENT_BYTES ? new Uint8Array(await file.arrayBuffer()) : undefined;
  const input: AttachmentFile = { name: file.name, size: file.size, type: file.type, bytes };
  const { ext, readText } = attachmentPolicy(input);
  if (bytes && readText && (ext === 'pdf' || ext === 'docx')) {
    const check = await loadHeavy();
    if (check) return check(input, options);
  }
  if (IMAGE_EXTENSIONS.has(ext)) return judgeImage(input, file, options);
  return lightVerdict(input, options);
}
