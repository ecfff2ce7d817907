// @vitest-environment node
// Attachments: allowed types, the 10 MB limit, and the text inside TXT, PDF and DOCX checked with
// the same rules as the message (a warranty PDF with a website footer is a URL).
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkAttachment, MAX_ATTACHMENT_BYTES } from '../../../../rules/compliance';

/** A minimal, valid one-page PDF: one text line per entry, and optionally a link annotation. */
function makePdf(lines: string[], linkUri?: string): Uint8Array {
  const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const content = `BT /F1 12 Tf 72 720 Td 14 TL ${lines.map((l) => `(${esc(l)}) Tj T*`).join(' ')} ET`;
  const annots = linkUri ? ' /Annots [6 0 R]' : '';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >>${annots} >>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  if (linkUri) objects.push(`<< /Type /Annot /Subtype /Link /Rect [72 700 300 720] /Border [0 0 0] /A << /S /URI /URI (${esc(linkUri)}) >> >>`);
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

/** A minimal DOCX: body paragraphs, a footer, and optionally a hyperlink whose target is not visible. */
function makeDocx(paragraphs: string[], footer?: string, hyperlink?: string): Uint8Array {
  const p = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${t.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r></w:p>`;
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const link = hyperlink ? '<w:p><w:hyperlink r:id="rId9"><w:r><w:t>click here</w:t></w:r></w:hyperlink></w:p>' : '';
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'),
    'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${paragraphs.map(p).join('')}${link}</w:body></w:document>`),
  };
  if (footer) files['word/footer1.xml'] = strToU8(`<?xml version="1.0"?><w:ftr ${W}>${p(footer)}</w:ftr>`);
  if (hyperlink) {
    files['word/_rels/document.xml.rels'] = strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${hyperlink}" TargetMode="External"/></Relationships>`,
    );
  }
  return zipSync(files);
}

describe('checkAttachment', () => {
  it('accepts the allowed types and flags others', async () => {
    for (const name of ['a.doc', 'a.DOCX', 'a.pdf', 'a.txt', 'a.jpg', 'a.jpeg', 'a.gif', 'a.png', 'a.bmp', 'a.tif', 'a.tiff']) {
      const v = await checkAttachment({ name, size: 100, type: '' });
      expect(v.findings.map((f) => f.rule)).not.toContain('attachment_type');
    }
    for (const name of ['a.zip', 'a.exe', 'a.mp4', 'a.html', 'noextension']) {
      const v = await checkAttachment({ name, size: 100, type: '' });
      expect(v.ok).toBe(false);
      expect(v.findings).toMatchObject([{ rule: 'attachment_type', severity: 'block', start: 0, end: name.length }]);
    }
    const disguised = await checkAttachment({ name: 'invoice.pdf', size: 100, type: 'application/x-msdownload' });
    expect(disguised.findings.map((f) => f.rule)).toContain('attachment_type');
  });

  it('enforces the 10 MB limit', async () => {
    expect((await checkAttachment({ name: 'a.png', size: MAX_ATTACHMENT_BYTES, type: 'image/png' })).ok).toBe(true);
    const big = await checkAttachment({ name: 'a.png', size: MAX_ATTACHMENT_BYTES + 1, type: 'image/png' });
    expect(big.ok).toBe(false);
    expect(big.findings.map((f) => f.rule)).toContain('attachment_size');
  });

  it('reminds that images are read too (info only)', async () => {
    const v = await checkAttachment({ name: 'logo.png', size: 10, type: 'image/png' });
    expect(v.ok).toBe(true);
    expect(v.findings).toMatchObject([{ rule: 'attachment_image', severity: 'info' }]);
  });

  it('checks the text of a TXT file (UTF-8 and UTF-16)', async () => {
    const bytes = new TextEncoder().encode('Thanks! Visit www.myshop.com for 10% off.');
    const v = await checkAttachment({ name: 'note.txt', size: bytes.length, type: 'text/plain', bytes });
    expect(v.ok).toBe(false);
    expect(v.text).toContain('www.myshop.com');
    expect(v.textFindings.map((f) => f.rule)).toEqual(expect.arrayContaining(['url', 'marketing']));
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'call +49 30 1234567'].flatMap((c) => [c.charCodeAt(0), 0])]);
    const w = await checkAttachment({ name: 'n.txt', size: utf16.length, type: 'text/plain', bytes: utf16 });
    expect(w.textFindings.map((f) => f.rule)).toContain('phone');
  });

  it('reads a PDF: the website in the footer and a hidden link annotation', async () => {
    const bytes = makePdf(['Warranty card', 'Keep your receipt for two years.', 'www.myshop-warranty.com'], 'https://myshop.example.com/register');
    const v = await checkAttachment({ name: 'warranty.pdf', size: bytes.length, type: 'application/pdf', bytes });
    expect(v.text).toContain('Warranty card');
    expect(v.text).toContain('https://myshop.example.com/register');
    expect(v.ok).toBe(false);
    const urls = v.textFindings.filter((f) => f.rule === 'url').map((f) => v.text!.slice(f.start, f.end));
    expect(urls).toEqual(expect.arrayContaining(['www.myshop-warranty.com', 'https://myshop.example.com/register']));
  });

  it('passes a clean PDF', async () => {
    const bytes = makePdf(['Invoice 2024-113', 'Order 113-1234567-1234567', 'Total 19.99 EUR']);
    const v = await checkAttachment({ name: 'invoice.pdf', size: bytes.length, type: 'application/pdf', bytes });
    expect(v.text).toContain('113-1234567-1234567');
    expect(v.textFindings).toEqual([]);
    expect(v.ok).toBe(true);
  });

  it('reads a DOCX: body, footer and hyperlink targets', async () => {
    const bytes = makeDocx(['Instructions for your lamp.', 'Use code LAMP10 for a discount.'], 'Lampenhaus GmbH - lampenhaus.de', 'https://lampenhaus.example.de/manual');
    const v = await checkAttachment({ name: 'manual.docx', size: bytes.length, type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes });
    expect(v.text).toContain('Instructions for your lamp.');
    const rules = v.textFindings.map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['url', 'marketing']));
    expect(v.textFindings.filter((f) => f.rule === 'url').map((f) => v.text!.slice(f.start, f.end))).toEqual(
      expect.arrayContaining(['lampenhaus.de', 'https://lampenhaus.example.de/manual']),
    );
  });

  it('says when it could not read a file', async () => {
    const garbage = new Uint8Array([1, 2, 3, 4, 5]);
    for (const name of ['broken.pdf', 'broken.docx']) {
      const v = await checkAttachment({ name, size: garbage.length, type: '', bytes: garbage });
      expect(v.findings.map((f) => [f.rule, f.severity])).toEqual([['attachment_unreadable', 'warn']]);
      expect(v.ok).toBe(false);
    }
    const legacy = await checkAttachment({ name: 'old.doc', size: 5, type: 'application/msword', bytes: garbage });
    expect(legacy.findings.map((f) => f.rule)).toEqual(['attachment_unreadable']);
  });
});
