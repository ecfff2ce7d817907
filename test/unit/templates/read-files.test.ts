// Files on the templates page: text decoded as the seller saved it (a BOM, UTF-8, or Windows-1252
// from an older Excel), each format to its reader, and a clear message for a file that is not one.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readTemplateFile } from '../../../entrypoints/templates/read-files';

const file = (name: string, bytes: Uint8Array | string) => new File([(typeof bytes === 'string' ? strToU8(bytes) : bytes) as BlobPart], name);

describe('readTemplateFile', () => {
  it('a Windows-1252 CSV (older Excel) keeps its accents', async () => {
    // every character below 256: one byte each, as Windows-1252 (Latin-1 for these) stores them
    const bytes = Uint8Array.from('name;message\nMerci;Votre colis est expédié', (c) => c.charCodeAt(0));
    const read = await readTemplateFile(file('fr.csv', bytes));
    expect(read).toEqual({ templates: [{ name: 'Merci', text: 'Votre colis est expédié', file: 'fr.csv' }] });
  });

  it('UTF-8 with a BOM, and UTF-16 text files', async () => {
    expect(await readTemplateFile(file('a.txt', Uint8Array.from([0xef, 0xbb, 0xbf, ...strToU8('Grüße\n---\nご注文')])))).toEqual({
      templates: [
        { name: 'a.txt #1', text: 'Grüße', file: 'a.txt' },
        { name: 'a.txt #2', text: 'ご注文', file: 'a.txt' },
      ],
    });
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Hallo'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(await readTemplateFile(file('b.txt', utf16))).toEqual({ templates: [{ name: 'b.txt', text: 'Hallo', file: 'b.txt' }] });
  });

  it('a DOCX through the composer reader, one template (or several split at ---)', async () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const docx = zipSync({ 'word/document.xml': strToU8(`<w:document ${W}><w:body><w:p><w:r><w:t>One</w:t></w:r></w:p><w:p><w:r><w:t>---</w:t></w:r></w:p><w:p><w:r><w:t>Two</w:t></w:r></w:p></w:body></w:document>`) });
    const read = await readTemplateFile(file('lib.docx', docx));
    expect('templates' in read && read.templates.map((t) => t.text)).toEqual(['One', 'Two']);
  });

  it.each([
    ['old.xls', 'x', 'templatesErrorType'],
    ['broken.docx', 'not a zip', 'templatesErrorUnreadable'],
    ['broken.pdf', 'not a pdf', 'templatesErrorUnreadable'],
    ['empty.csv', 'name,message\n', 'templatesErrorEmpty'],
    ['blank.txt', '  \n---\n ', 'templatesErrorEmpty'],
  ])('%s gets a message of its own (%s)', async (name, content, key) => {
    const read = await readTemplateFile(file(name, content));
    expect('error' in read && read.error.file).toBe(name);
    expect('error' in read && read.error.message).toContain(key);
  });
});
