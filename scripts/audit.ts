// `npm run --silent audit -- --jsonl FILE` (FILE may be "-" for stdin): one {"id","text"} per line in,
// one {"id","findings"} per line out, in input order. Optional per-line context fields:
// buyerMessage, reviewAlreadyRequested. Exit 0 when it ran, 2 on bad input (stderr names the line).
// Without --jsonl, each FILE is read as one plain-text message and gets a human-readable report.
import { readFileSync } from 'node:fs';
import { checkMessage, type CheckOptions, type Finding, type UiLanguage } from '../rules/compliance';

const UI_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'ja'];
const USAGE = 'usage: npm run --silent audit -- [--ui en|de|fr|es|it|ja|pt] --jsonl FILE|-   or   npm run --silent audit -- FILE...';

function fail(message: string): never {
  process.stderr.write(`audit: ${message}\n`);
  process.exit(2);
}

function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    fail(`cannot read ${file === '-' ? 'stdin' : file}: ${(e as Error).message}`);
  }
}

interface Parsed {
  jsonl?: string;
  files: string[];
  ui: UiLanguage;
}

function parseArgs(argv: string[]): Parsed {
  const out: Parsed = { files: [], ui: 'en' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--jsonl') {
      const f = argv[++i];
      if (f === undefined) fail(`--jsonl needs a file name (or - for stdin)\n${USAGE}`);
      out.jsonl = f;
    } else if (a === '--ui') {
      const l = argv[++i];
      if (!l || !UI_LANGUAGES.includes(l)) fail(`--ui needs one of ${UI_LANGUAGES.join(', ')}`);
      out.ui = l as UiLanguage;
    } else if (a === '-h' || a === '--help') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (a.startsWith('--')) {
      fail(`unknown option ${a}\n${USAGE}`);
    } else {
      out.files.push(a);
    }
  }
  if (!out.jsonl && !out.files.length) fail(`nothing to audit\n${USAGE}`);
  return out;
}

interface Record {
  id: string | number;
  text: string;
  options: CheckOptions;
}

/** Validates every line first, so bad input produces no partial output. */
function parseJsonl(content: string, ui: UiLanguage): Record[] {
  const records: Record[] = [];
  const errors: string[] = [];
  const lines = content.split(/\r?\n/);
  lines.forEach((line, index) => {
    const where = `line ${index + 1}`;
    if (!line.trim()) return; // blank lines (e.g. the trailing newline) are not records
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      errors.push(`${where}: not valid JSON (${(e as Error).message})`);
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      errors.push(`${where}: expected an object like {"id": "...", "text": "..."}`);
      return;
    }
    const v = value as { [k: string]: unknown };
    if (typeof v.id !== 'string' && typeof v.id !== 'number') errors.push(`${where}: "id" must be a string`);
    else if (typeof v.text !== 'string') errors.push(`${where}: "text" must be a string`);
    else if (v.buyerMessage !== undefined && typeof v.buyerMessage !== 'string') errors.push(`${where}: "buyerMessage" must be a string`);
    else if (v.reviewAlreadyRequested !== undefined && typeof v.reviewAlreadyRequested !== 'boolean') errors.push(`${where}: "reviewAlreadyRequested" must be true or false`);
    else {
      const options: CheckOptions = { uiLanguage: ui };
      if (typeof v.buyerMessage === 'string') options.buyerMessage = v.buyerMessage;
      if (v.reviewAlreadyRequested === true) options.reviewAlreadyRequested = true;
      records.push({ id: v.id, text: v.text, options });
    }
  });
  if (errors.length) fail(`bad input\n${errors.map((e) => `  ${e}`).join('\n')}`);
  return records;
}

function report(name: string, text: string, findings: Finding[]): string {
  const lines = [`${name}: ${findings.filter((f) => f.severity !== 'info').length} violation(s), ${findings.filter((f) => f.severity === 'info').length} hint(s)`];
  for (const f of findings) {
    const before = text.slice(0, f.start);
    const line = before.split('\n').length;
    const col = f.start - before.lastIndexOf('\n');
    // the entry that fired (a lexicon entry, an entity rule or the model): a false alarm is traced in one step
    const source = f.entry ? ` [${f.entry}]` : '';
    lines.push(`  ${line}:${col} ${f.severity.padEnd(5)} ${f.rule.padEnd(14)} ${JSON.stringify(text.slice(f.start, f.end))}${source} - ${f.message}${f.suggestion ? ` ${f.suggestion}` : ''}`);
  }
  return lines.join('\n');
}

const args = parseArgs(process.argv.slice(2));
if (args.jsonl !== undefined) {
  const records = parseJsonl(readInput(args.jsonl), args.ui);
  const out = records.map((r) => JSON.stringify({ id: r.id, findings: checkMessage(r.text, r.options) }));
  process.stdout.write(out.length ? `${out.join('\n')}\n` : '');
}
for (const file of args.files) {
  const text = readInput(file);
  process.stdout.write(`${report(file === '-' ? 'stdin' : file, text, checkMessage(text, { uiLanguage: args.ui }))}\n`);
}
