// @vitest-environment node
// Templates from files: text split at "---" lines, CSV and XLSX with one template per row (the text
// column found by its header in several languages, else by length; a name column when there is
// one), and a clear error for a file that is not what it says. Fixtures are made here.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { csvRows, splitText, tableTemplates, TemplateFileError, xlsxRows } from '../../../../rules/templates';

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const colName = (i: number) => String.fromCharCode(65 + i);

/** A minimal .xlsx: the first sheet's cells as shared strings (or inline strings / numbers). */
function makeXlsx(rows: (string | number)[][], { inline = false, sheetFile = 'sheet1.xml' } = {}): Uint8Array {
  const shared: string[] = [];
  const cell = (v: string | number, ref: string) => {
    if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
    if (inline) return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xml(v)}</t></is></c>`;
    shared.push(v);
    return `<c r="${ref}" t="s"><v>${shared.length - 1}</v></c>`;
  };
  const sheet = rows.map((r, i) => `<row r="${i + 1}">${r.map((v, j) => cell(v, `${colName(j)}${i + 1}`)).join('')}</row>`).join('');
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/workbook.xml': strToU8('<?xml version="1.0"?><workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Templates" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    'xl/_rels/workbook.xml.rels': strToU8(`<?xml version="1.0"?><Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/${sheetFile}"/></Relationships>`),
    [`xl/worksheets/${sheetFile}`]: strToU8(`<?xml version="1.0"?><worksheet><sheetData>${sheet}</sheetData></worksheet>`),
    'xl/sharedStrings.xml': strToU8(`<?xml version="1.0"?><sst count="${shared.length}">${shared.map((s) => `<si><t xml:space="preserve">${xml(s)}</t></si>`).join('')}</sst>`),
  });
}

describe('splitText', () => {
  it('one template without separators, named after the file', () => {
    expect(splitText('Hello,\nthanks for your order.\n', 'a.txt')).toEqual([{ name: 'a.txt', text: 'Hello,\nthanks for your order.', file: 'a.txt' }]);
  });

  it('several templates separated by lines of dashes (CRLF too), blank parts dropped', () => {
    const out = splitText('First one\r\n---\r\nSecond one\n  -----  \n\n---\nThird\n', 'lib.txt');
    expect(out.map((t) => [t.name, t.text])).toEqual([
      ['lib.txt #1', 'First one'],
      ['lib.txt #2', 'Second one'],
      ['lib.txt #3', 'Third'],
    ]);
  });

  it('dashes inside a line do not split', () => {
    expect(splitText('Order 123-456 --- shipped', 'x.txt')).toHaveLength(1);
  });
});

describe('tableTemplates', () => {
  it('English header: name and message columns, whatever their order', () => {
    const rows = [['Message', 'ID', 'Title'], ['Thanks for your order!', '1', 'Thanks'], ['', '2', 'Empty'], ['Your parcel shipped.', '3', 'Shipped']];
    expect(tableTemplates(rows, 't.csv').map((t) => [t.name, t.text])).toEqual([
      ['Thanks', 'Thanks for your order!'],
      ['Shipped', 'Your parcel shipped.'],
    ]);
  });

  it.each([
    [['Vorlagenname', 'Nachricht'], 'de'],
    [['Nom du modèle', 'Texte'], 'fr'],
    [['Nombre', 'Mensaje'], 'es'],
    [['Titolo', 'Testo del messaggio'], 'it'],
    [['件名', '本文'], 'ja'],
    [['Template name', 'Template'], 'en'],
    [['subject', 'body'], 'en lower case'],
  ])('header %j (%s) picks the name and the text column', (header) => {
    const rows = [header, ['Greeting', 'Hello and thank you for your order, it ships today.']];
    expect(tableTemplates(rows, 'h.csv')).toEqual([{ name: 'Greeting', text: 'Hello and thank you for your order, it ships today.', file: 'h.csv' }]);
  });

  it('no recognised header: the longest-text column, rows named by file and row number', () => {
    const rows = [['a', 'Hello, thanks for your order, it ships today.', 'x'], ['b', 'Your parcel is on its way to you now.', 'y']];
    expect(tableTemplates(rows, 'plain.csv').map((t) => [t.name, t.text])).toEqual([
      ['plain.csv row 1', 'Hello, thanks for your order, it ships today.'],
      ['plain.csv row 2', 'Your parcel is on its way to you now.'],
    ]);
  });

  it('a header with a name column but no text header: the longest other column is the text', () => {
    const rows = [['Name', 'Notes', 'Col3'], ['Welcome', 'x', 'Welcome to our store, thanks for buying with us.']];
    expect(tableTemplates(rows, 'n.csv')).toEqual([{ name: 'Welcome', text: 'Welcome to our store, thanks for buying with us.', file: 'n.csv' }]);
  });

  it('an id column names rows when there is no name column', () => {
    expect(tableTemplates([['ID', 'Text'], ['T-7', 'Hello there.']], 'i.csv')).toEqual([{ name: 'T-7', text: 'Hello there.', file: 'i.csv' }]);
  });

  it('an empty table gives no templates', () => {
    expect(tableTemplates([], 'e.csv')).toEqual([]);
  });
});

describe('csvRows', () => {
  it('quoted cells with commas, quotes and line breaks; a BOM; CRLF', () => {
    const csv = '\uFEFFname,template\r\n"Late, sorry","We are sorry, the parcel is late.\r\nIt ships ""today""."\r\nThanks,Thank you!\r\n';
    expect(tableTemplates(csvRows(csv), 'q.csv').map((t) => [t.name, t.text])).toEqual([
      ['Late, sorry', 'We are sorry, the parcel is late.\nIt ships "today".'],
      ['Thanks', 'Thank you!'],
    ]);
  });

  it('semicolon-separated (German Excel) and tab-separated files', () => {
    expect(csvRows('Name;Nachricht\nDank;Vielen Dank für Ihre Bestellung, sie ist unterwegs.\n')[1]).toEqual(['Dank', 'Vielen Dank für Ihre Bestellung, sie ist unterwegs.']);
    expect(csvRows('name\tmessage\nA\tHello there, your order is on its way.\n')[1]).toEqual(['A', 'Hello there, your order is on its way.']);
  });

  it('a text that starts with a formula character stays text', () => {
    expect(csvRows('name,message\n=A1,"=HYPERLINK(""http://x"")"\n')[1]).toEqual(['=A1', '=HYPERLINK("http://x")']);
  });
});

describe('xlsxRows', () => {
  it('shared strings with escapes, numbers, and the header row', () => {
    const bytes = makeXlsx([['Name', 'Template'], ['Shipped', 'Your order <#123> & more shipped — "today".'], [42, 'Thanks!']]);
    expect(xlsxRows(bytes)).toEqual([
      ['Name', 'Template'],
      ['Shipped', 'Your order <#123> & more shipped — "today".'],
      ['42', 'Thanks!'],
    ]);
  });

  it('inline strings, a sheet file with another name, and gaps between cells and rows', () => {
    const bytes = zipSync({
      'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="A" sheetId="1" r:id="rId7"/></sheets></workbook>'),
      'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId7" Target="/xl/worksheets/data.xml"/></Relationships>'),
      'xl/worksheets/data.xml': strToU8(
        '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Titel</t></is></c><c r="C1" t="inlineStr"><is><r><t>Nach</t></r><r><t>richt</t></r></is></c></row>' +
          '<row r="3"><c r="A3" t="inlineStr"><is><t>Dank</t></is></c><c r="C3" t="inlineStr"><is><t>Vielen Dank!</t></is></c></row></sheetData></worksheet>',
      ),
    });
    const rows = xlsxRows(bytes);
    expect(rows).toEqual([['Titel', '', 'Nachricht'], [], ['Dank', '', 'Vielen Dank!']]);
    expect(tableTemplates(rows, 'de.xlsx')).toEqual([{ name: 'Dank', text: 'Vielen Dank!', file: 'de.xlsx' }]);
  });

  it('rich-text shared strings join their runs; phonetic guides are left out', () => {
    const bytes = zipSync({
      'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>'),
      'xl/worksheets/sheet1.xml': strToU8('<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>'),
      'xl/sharedStrings.xml': strToU8('<sst><si><r><t>ご注文</t></r><r><rPr><b/></rPr><t xml:space="preserve">ありがとう</t></r><rPh sb="0" eb="2"><t>チュウモン</t></rPh></si></sst>'),
    });
    expect(xlsxRows(bytes)).toEqual([['ご注文ありがとう']]);
  });

  it('1,000 rows of 2,000 characters read quickly', () => {
    const rows: string[][] = [['name', 'message']];
    for (let i = 0; i < 1_000; i++) rows.push([`T${i}`, 'Thank you for your order. '.repeat(77).slice(0, 2_000)]);
    const t0 = performance.now();
    const out = tableTemplates(xlsxRows(makeXlsx(rows)), 'big.xlsx');
    expect(out).toHaveLength(1_000);
    expect(out[999]!.text).toHaveLength(2_000);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });

  it.each([
    ['not a zip', strToU8('name,message\nA,B')],
    ['a zip without a workbook', zipSync({ 'word/document.xml': strToU8('<w:document/>') })],
    ['a truncated zip', makeXlsx([['a', 'b']]).slice(0, 60)],
  ])('%s is a TemplateFileError', (_, bytes) => {
    expect(() => xlsxRows(bytes)).toThrow(TemplateFileError);
  });
});
