// Reply templates from the files a seller keeps them in: plain text (one template, or several
// separated by a line of "---"), and tables (CSV, XLSX) with one template per row. Pure, DOM-free:
// the page reads the bytes, these functions turn text or rows into templates.
import Papa from 'papaparse';
import { strFromU8, unzipSync } from 'fflate';
import { unescapeXml } from '../compliance/extract';

export interface Template {
  /** shown on the page and in the report; unique within one run is not required */
  name: string;
  text: string;
  /** the file it came from (undefined for a pasted message) */
  file?: string;
}

/** Thrown for a file that cannot be read as templates; the message names what is wrong. */
export class TemplateFileError extends Error {
  override name = 'TemplateFileError';
}

const SEPARATOR = /^[ \t]*-{3,}[ \t]*$/m;

/** Templates in a plain text: split at each line of three or more dashes; blank parts dropped. */
export function splitText(text: string, file?: string, baseName = file ?? ''): Template[] {
  const parts = text
    .replace(/\r\n?/g, '\n')
    .split(new RegExp(SEPARATOR.source, 'gm'))
    .map((p) => p.replace(/^\n+|\s+$/g, ''))
    .filter((p) => p.trim());
  if (parts.length === 1) return [{ name: baseName, text: parts[0]!, file }];
  return parts.map((p, i) => ({ name: `${baseName} #${i + 1}`, text: p, file }));
}

// Header words, compared after lowercasing and dropping everything but letters and digits.
// Name-like headers win over text-like ones ("Template name" names, "Template" holds the text).
const NAME_HEADERS = [
  'name', 'title', 'subject', 'label', 'shortcut', 'templatename', 'macro',
  'titel', 'betreff', 'bezeichnung', 'vorlagenname', 'kurzname',
  'nom', 'titre', 'objet', 'sujet', 'intitule', 'intitulé',
  'nombre', 'titulo', 'título', 'asunto', 'etiqueta',
  'nome', 'titolo', 'oggetto', 'etichetta', 'assunto',
  '名前', '名称', 'タイトル', '件名', 'テンプレート名', '見出し',
].map(squash);
const TEXT_HEADERS = [
  'template', 'text', 'message', 'body', 'content', 'reply', 'response', 'answer', 'macro text',
  'vorlage', 'nachricht', 'inhalt', 'antwort', 'textbaustein', 'mitteilung',
  'modele', 'modèle', 'texte', 'corps', 'contenu', 'reponse', 'réponse',
  'plantilla', 'mensaje', 'texto', 'cuerpo', 'contenido', 'respuesta',
  'modello', 'messaggio', 'testo', 'corpo', 'contenuto', 'risposta',
  'mensagem', 'modelo', 'resposta', 'conteudo', 'conteúdo',
  'テンプレート', '本文', 'メッセージ', '文章', '内容', '返信', '文面',
].map(squash);

function squash(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

// an id or key names a row only when nothing better does
const ID_HEADERS = ['id', 'key', 'no', 'nr', 'number', 'code', 'schlüssel', 'clé', 'clave', 'chiave', '番号'];

function headerKind(cell: string): 'name' | 'id' | 'text' | null {
  const h = squash(cell);
  if (!h || h.length > 40) return null;
  if (ID_HEADERS.includes(h)) return 'id';
  if (NAME_HEADERS.some((w) => h === w || (w.length >= 3 && (h.startsWith(w) || h.endsWith(w))))) return 'name';
  if (TEXT_HEADERS.some((w) => h === w || h.startsWith(w) || h.endsWith(w))) return 'text';
  return null;
}

/**
 * One template per row. The text column is the one whose header reads like template / text /
 * message / body (in seven languages), else the column with the longest texts; a name column is
 * one headed like name / title / subject. Without a recognised header the first row is data and
 * rows are named "<file> row <n>" (n as the spreadsheet numbers rows).
 */
export function tableTemplates(rows: readonly (readonly string[])[], file: string): Template[] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (!rows.length || !width) return [];
  const header = rows[0]!;
  const kinds = header.map((c) => headerKind(c ?? ''));
  const hasHeader = kinds.some((k) => k !== null);
  const body = hasHeader ? rows.slice(1) : rows;
  let nameCol = hasHeader ? (kinds.includes('name') ? kinds.indexOf('name') : kinds.indexOf('id')) : -1;
  let textCol = hasHeader ? kinds.indexOf('text') : -1;
  if (textCol < 0) {
    // the column with the most text in it (ties: the leftmost)
    let best = -1;
    for (let c = 0; c < width; c++) {
      if (c === nameCol) continue;
      let total = 0;
      for (const r of body) total += (r[c] ?? '').trim().length;
      if (best < 0 || total > best) {
        best = total;
        textCol = c;
      }
    }
  }
  if (nameCol === textCol) nameCol = -1;
  const out: Template[] = [];
  body.forEach((r, i) => {
    const text = (r[textCol] ?? '').replace(/\r\n?/g, '\n');
    if (!text.trim()) return;
    const rowNumber = i + 1 + (hasHeader ? 1 : 0);
    const name = (nameCol >= 0 ? (r[nameCol] ?? '').trim() : '') || `${file} row ${rowNumber}`;
    out.push({ name, text, file });
  });
  return out;
}

/** Rows of a CSV (or TSV / semicolon-separated: papaparse guesses the delimiter). */
export function csvRows(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t', '|'] });
  if (!parsed.data.length && parsed.errors.length) throw new TemplateFileError(parsed.errors[0]!.message);
  return parsed.data.map((r) => r.map((c) => String(c ?? '')));
}

/** The text of a shared string or inline string: every <t> run, phonetic runs (<rPh>) left out. */
function runsText(xml: string): string {
  return [...xml.replace(/<rPh\b[^<>]*>[\s\S]*?<\/rPh>/g, '').matchAll(/<t(?:\s[^<>]*)?>([^<]*)<\/t>/g)].map((m) => unescapeXml(m[1]!)).join('');
}

/** "BC12" -> 54 (zero-based column) */
function columnIndex(ref: string): number {
  const letters = /^[A-Z]{1,3}/.exec(ref)?.[0] ?? '';
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const MAX_XLSX_ROWS = 100_000;
const MAX_XLSX_COLUMNS = 200;

/** Rows of the first worksheet of an .xlsx workbook (values as shown for strings and numbers). */
export function xlsxRows(bytes: Uint8Array): string[][] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => /^xl\/(?:workbook\.xml|sharedStrings\.xml|_rels\/workbook\.xml\.rels|worksheets\/[^/]+\.xml)$/.test(f.name) });
  } catch {
    throw new TemplateFileError('not an .xlsx workbook: the file is not a ZIP archive');
  }
  const workbook = files['xl/workbook.xml'];
  if (!workbook) throw new TemplateFileError('not an .xlsx workbook: xl/workbook.xml is missing');
  // the first sheet in the workbook's order, through its relationship id
  const firstSheet = /<sheet\b[^<>]*\br:id="([^"]+)"/.exec(strFromU8(workbook))?.[1];
  const rels = files['xl/_rels/workbook.xml.rels'] ? strFromU8(files['xl/_rels/workbook.xml.rels']) : '';
  let sheetPath: string | undefined;
  for (const m of rels.matchAll(/<Relationship\b[^<>]*>/g)) {
    if (firstSheet && new RegExp(`\\bId="${firstSheet.replace(/[^\w-]/g, '')}"`).test(m[0])) {
      const target = /Target="([^"]+)"/.exec(m[0])?.[1];
      if (target) sheetPath = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
    }
  }
  sheetPath = sheetPath && files[sheetPath] ? sheetPath : Object.keys(files).filter((n) => n.startsWith('xl/worksheets/')).sort()[0];
  if (!sheetPath) throw new TemplateFileError('the workbook has no worksheet');
  const shared = files['xl/sharedStrings.xml'] ? [...strFromU8(files['xl/sharedStrings.xml']).matchAll(/<si\b[^<>]*>([\s\S]*?)<\/si>|<si\b[^<>]*\/>/g)].map((m) => runsText(m[1] ?? '')) : [];

  const rows: string[][] = [];
  const sheet = strFromU8(files[sheetPath]!);
  for (const row of sheet.matchAll(/<row\b([^<>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    if (rows.length >= MAX_XLSX_ROWS) break;
    const rowNumber = Number(/\br="(\d+)"/.exec(row[1]!)?.[1] ?? rows.length + 1);
    const cells: string[] = [];
    let next = 0;
    for (const c of (row[2] ?? '').matchAll(/<c\b([^<>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = c[1]!;
      const ref = /\br="([A-Z]+\d+)"/.exec(attrs)?.[1];
      const col = ref ? columnIndex(ref) : next;
      next = col + 1;
      if (col < 0 || col >= MAX_XLSX_COLUMNS) continue;
      const type = /\bt="(\w+)"/.exec(attrs)?.[1];
      const inner = c[2] ?? '';
      const v = /<v>([^<]*)<\/v>/.exec(inner)?.[1];
      let value = '';
      if (type === 's') value = shared[Number(v)] ?? '';
      else if (type === 'inlineStr') value = runsText(inner);
      else if (v !== undefined) value = unescapeXml(v);
      while (cells.length < col) cells.push('');
      cells[col] = value;
    }
    // keep the spreadsheet's row numbers: empty rows in between become empty rows here
    while (rows.length < rowNumber - 1 && rows.length < MAX_XLSX_ROWS) rows.push([]);
    rows.push(cells);
  }
  // leading empty rows would hide the header: drop them
  while (rows.length && !rows[0]!.some((c) => c.trim())) rows.shift();
  return rows;
}
