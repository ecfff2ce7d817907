// Files -> templates on the templates page. The bytes are read here; the formats are understood by
// rules/templates (text, CSV, XLSX) and by the attachment readers the composer uses
// (rules/compliance/extract: DOCX through fflate, PDF through pdf.js, loaded only when needed).
import { extractText } from '../../rules/compliance/extract';
import { csvRows, splitText, tableTemplates, TemplateFileError, xlsxRows, type Template } from '../../rules/templates/sources';
import { t } from '../../components/i18n';

export const MAX_FILE_MB = 50;

export interface FileError {
  file: string;
  message: string;
}

type Kind = 'txt' | 'csv' | 'xlsx' | 'docx' | 'pdf';
const KINDS: Record<string, Kind> = { txt: 'txt', text: 'txt', md: 'txt', csv: 'csv', tsv: 'csv', xlsx: 'xlsx', docx: 'docx', pdf: 'pdf' };

/** Text files: a BOM decides; else UTF-8 when it is valid, else Windows-1252 (older Excel CSVs). */
async function decodeText(bytes: Uint8Array): Promise<string> {
  const bom = (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (bom) return extractText('txt', bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The templates in one file, or a message saying why there are none. */
export async function readTemplateFile(file: File): Promise<{ templates: Template[] } | { error: FileError }> {
  const ext = /\.([a-z0-9]{1,5})$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  const kind = KINDS[ext];
  const fail = (message: string) => ({ error: { file: file.name, message } });
  if (!kind) return fail(t('templatesErrorType'));
  if (file.size > MAX_FILE_MB * 1024 * 1024) return fail(t('templatesErrorTooBig', MAX_FILE_MB));
  let templates: Template[];
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (kind === 'csv') templates = tableTemplates(csvRows(await decodeText(bytes)), file.name);
    else if (kind === 'xlsx') templates = tableTemplates(xlsxRows(bytes), file.name);
    else if (kind === 'txt') templates = splitText(await decodeText(bytes), file.name);
    else templates = splitText(await extractText(kind, bytes), file.name);
  } catch (e) {
    const reason = e instanceof TemplateFileError ? e.message : e instanceof Error && e.message ? e.message.slice(0, 160) : String(e);
    return fail(t('templatesErrorUnreadable', reason));
  }
  if (!templates.length) return fail(t('templatesErrorEmpty'));
  return { templates };
}
