// An attached image in the composer (entrypoints/composer.content/attachments.ts): what comes back from
// the reader (the background's 'image/read', mocked here) becomes findings that name the image and say
// how it was read; a huge image is refused before any bytes leave the page; every failure is a message.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImageReading } from '../../../storage/protocol';

// a plain stand-in (a vi.fn that rejects is reported as a failure by vitest even when handled)
let answer: () => Promise<ImageReading> = () => Promise.reject(new Error('no answer set'));
const calls: [string, unknown][] = [];
vi.mock('../../../storage/client', () => ({
  send: (type: string, payload: unknown) => {
    calls.push([type, payload]);
    return answer();
  },
}));
const { judgeFile } = await import('../../../entrypoints/composer.content/attachments');

const png = (width: number, height: number) => {
  const b = new Uint8Array(64);
  b.set([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82]);
  new DataView(b.buffer).setUint32(16, width);
  new DataView(b.buffer).setUint32(20, height);
  return b;
};
const file = (name: string, bytes: Uint8Array, type = 'image/png') => new File([bytes as Uint8Array<ArrayBuffer>], name, { type });
const reading = (r: Partial<ImageReading>): ImageReading => ({ status: 'read', text: '', qr: [], ms: 5, ...r });

describe('image attachments in the composer', () => {
  beforeEach(() => {
    calls.length = 0;
  });

  it('a QR payload and OCR text are checked; findings name the image and say how it was read', async () => {
    answer = async () => (reading({ qr: ['https://www.example-shop.com/register'], text: 'ACME HOME\nwww.acme-warranty.com\n' }));
    const verdict = await judgeFile(file('insert.png', png(800, 600)), {});
    expect(calls).toEqual([['image/read', expect.objectContaining({ name: 'insert.png', type: 'image/png', ocr: true })]]);
    expect(verdict.ok).toBe(false);
    const found = verdict.textFindings as (typeof verdict.textFindings[number] & { via?: string; quote?: string })[];
    expect(found.find((f) => f.via === 'qr')).toMatchObject({ rule: 'url', severity: 'block', quote: 'https://www.example-shop.com/register' });
    expect(found.find((f) => f.via === 'ocr')).toMatchObject({ rule: 'url', quote: 'www.acme-warranty.com' });
    expect(found.every((f) => f.message.includes('insert.png'))).toBe(true);
    // read: the general "Amazon reads images" note is no longer needed
    expect(verdict.findings.map((f) => f.rule)).not.toContain('attachment_image');
  });

  it('an image with no text passes', async () => {
    answer = async () => (reading({}));
    const verdict = await judgeFile(file('photo.png', png(1000, 1000)), {});
    expect(verdict).toMatchObject({ ok: true, textFindings: [] });
  });

  it('over 20 megapixels: refused from the header, nothing sent, a clear warning', async () => {
    const verdict = await judgeFile(file('huge.png', png(10_000, 10_000)), {});
    expect(calls).toEqual([]);
    expect(verdict.ok).toBe(false);
    expect(verdict.findings.find((f) => f.rule === 'attachment_unreadable')).toMatchObject({ severity: 'warn' });
  });

  it.each([
    ['corrupt', 'warn'],
    ['timeout', 'warn'],
    ['failed', 'warn'],
    ['unsupported', 'info'],
  ] as const)('reader says %s: attachment_unreadable (%s), QR payloads read before it still count', async (status, severity) => {
    answer = async () => (reading({ status, qr: status === 'timeout' ? ['https://shop.example.com'] : [] }));
    const verdict = await judgeFile(file('card.png', png(500, 500)), {});
    expect(verdict.findings.find((f) => f.rule === 'attachment_unreadable')).toMatchObject({ severity });
    if (status === 'timeout') expect(verdict.textFindings.map((f) => f.rule)).toContain('url');
  });

  it('the background does not answer: a clear message, never a hang', async () => {
    answer = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    const verdict = await judgeFile(file('card.png', png(500, 500)), {});
    expect(verdict.ok).toBe(false);
    expect(verdict.findings.find((f) => f.rule === 'attachment_unreadable')).toMatchObject({ severity: 'warn' });
  });

  it('a wrong type or an image over 10 MB is judged by the policy alone', async () => {
    const verdict = await judgeFile(file('clip.png', png(10, 10), 'video/mp4'), {});
    expect(calls).toEqual([]);
    expect(verdict.findings.map((f) => f.rule)).toContain('attachment_type');
  });
});
