// The attachment policy exists once: the composer's light check (no PDF reader in the content script)
// and the full check agree on type, size, harmful MIME and images - the copy that judged every .txt
// and image file used to miss the harmful-MIME check.
import { describe, expect, it } from 'vitest';
import { lightVerdict } from '../../../entrypoints/composer.content/attachments';
import { checkAttachment } from '../../../rules/compliance/attachment';
import { MAX_ATTACHMENT_BYTES } from '../../../rules/compliance/attachment-policy';

const FILES = [
  { name: 'invoice.pdf', type: 'application/pdf', size: 2_000 },
  { name: 'setup.pdf', type: 'application/x-msdownload', size: 2_000 },
  { name: 'notes.txt', type: 'text/html', size: 10 },
  { name: 'photo.jpg', type: 'image/jpeg', size: 5_000 },
  { name: 'clip.png', type: 'video/mp4', size: 5_000 },
  { name: 'huge.png', type: 'image/png', size: MAX_ATTACHMENT_BYTES + 1 },
  { name: 'archive.zip', type: 'application/zip', size: 100 },
  { name: 'letter.doc', type: 'application/msword', size: 100 },
  { name: 'noext', type: '', size: 1 },
];

const rules = (findings: { rule: string; severity: string }[]) => findings.map((f) => `${f.rule}:${f.severity}`).sort();

describe('one attachment policy', () => {
  it.each(FILES)('$name ($type) gets the same verdict from both checks', async (file) => {
    const light = lightVerdict(file, {});
    const full = await checkAttachment(file, {});
    const fileRules = (fs: { rule: string; severity: string }[]) => rules(fs).filter((r) => !r.startsWith('attachment_unreadable'));
    expect(fileRules(light.findings)).toEqual(fileRules(full.findings));
    // the light check cannot read a PDF or DOCX itself and says so (a warn); blocking is identical
    expect(light.findings.some((f) => f.severity === 'block')).toBe(full.findings.some((f) => f.severity === 'block'));
  });

  it('blocks an allowed extension with a harmful MIME type in the composer too', () => {
    expect(rules(lightVerdict({ name: 'setup.pdf', type: 'application/x-msdownload', size: 10 }, {}).findings)).toContain('attachment_type:block');
    expect(rules(lightVerdict({ name: 'notes.txt', type: 'text/html', size: 10, bytes: new TextEncoder().encode('hi') }, {}).findings)).toContain('attachment_type:block');
  });
});
