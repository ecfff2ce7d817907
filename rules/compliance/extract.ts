// Text inside attachments: TXT (TextDecoder), DOCX (fflate unzip + WordprocessingML text runs,
// including headers, footers and hyperlink targets) and PDF (pdfjs-dist, text content and link
// annotations). Loaded on demand with import() by attachment.ts.
import { strFromU8, unzipSync } from 'fflate';

export type ReadableType = 'txt' | 'pdf' | 'docx';

export async function extractText(type: ReadableType, bytes: Uint8Array): Promise<string> {
  if (type === 'txt') return decodeText(bytes);
  if (type === 'docx') return docxText(bytes);
  return pdfText(bytes);
}

function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const utf8 = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return utf8.charCodeAt(0) === 0xfeff ? utf8.slice(1) : utf8;
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** XML text with its five named entities and numeric references resolved (DOCX here, XLSX in rules/templates). */
export function unescapeXml(s: string): string {
  return s.replace(/&(?:#x([0-9a-f]{1,6})|#(\d{1,7})|(amp|lt|gt|quot|apos));/gi, (_, hex: string, dec: string, named: string) => {
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    if (dec) return String.fromCodePoint(parseInt(dec, 10));
    return XML_ENTITIES[named.toLowerCase()] ?? '';
  });
}

/** The visible text of one WordprocessingML part: runs (w:t), tabs and breaks, one line per paragraph. */
function wordPartText(xml: string): string {
  const out: string[] = [];
  // [^<>] not [^>]: a tag never holds a raw '<', and stopping there keeps a start without its '>'
  // from scanning on through every later tag (O(n²) on a hostile part)
  const re = /<w:t(?:\s[^<>]*)?>([^<]*)<\/w:t>|<w:(?:tab|br|cr)\b[^<>]*\/>|<\/w:p>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[1] !== undefined) out.push(unescapeXml(m[1]));
    else if (m[0] === '</w:p>') out.push('\n');
    else out.push(m[0].startsWith('<w:tab') ? '\t' : '\n');
  }
  return out.join('');
}

function docxText(bytes: Uint8Array): string {
  const files = unzipSync(bytes, {
    filter: (f) => /^word\/(?:document|header\d*|footer\d*|footnotes|endnotes)\.xml$|^word\/_rels\/[^/]+\.rels$/.test(f.name),
  });
  const main = files['word/document.xml'];
  if (!main) throw new Error('not a DOCX: word/document.xml missing');
  const parts = Object.keys(files).filter((n) => n.endsWith('.xml')).sort((a, b) => (a === 'word/document.xml' ? -1 : b === 'word/document.xml' ? 1 : a.localeCompare(b)));
  const texts = parts.map((n) => wordPartText(strFromU8(files[n]!)));
  // A hyperlink's target is not in the visible text ("click here" -> https://shop.com): list it too.
  for (const n of Object.keys(files).filter((k) => k.endsWith('.rels'))) {
    const rels = strFromU8(files[n]!);
    for (const m of rels.matchAll(/<Relationship\b[^<>]*>/g)) {
      if (/TargetMode="External"/.test(m[0]) && /relationships\/hyperlink"/.test(m[0])) {
        const target = /Target="([^"]*)"/.exec(m[0])?.[1];
        if (target) texts.push(unescapeXml(target));
      }
    }
  }
  return texts.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

interface PdfTextItem {
  str?: string;
  hasEOL?: boolean;
}

let pdfjsReady: Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> | undefined;

/** pdfjs without a worker file: the worker module is imported into this realm and registered as
 *  globalThis.pdfjsWorker, which pdfjs uses for its in-thread "fake worker". This works the same in
 *  Node and in an extension page (no worker URL, no eval). */
function loadPdfjs() {
  pdfjsReady ??= (async () => {
    // @ts-expect-error pdfjs ships no typings for the worker module; only its namespace object is needed
    const worker: unknown = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjsReady;
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await loadPdfjs();
  // pdfjs transfers (detaches) the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, stopAtErrors: false, verbosity: 0 });
  const doc = await task.promise;
  try {
    const pages: string[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const line = (content.items as PdfTextItem[]).map((i) => (i.str ?? '') + (i.hasEOL ? '\n' : '')).join('');
      const links = (await page.getAnnotations()).map((a: { url?: string; unsafeUrl?: string }) => a.url ?? a.unsafeUrl).filter(Boolean);
      pages.push([line, ...links].join('\n'));
      page.cleanup();
    }
    return pages.join('\n\n').trim();
  } finally {
    await task.destroy();
  }
}
