// Images made at test time (issue #15): drawn on a canvas in a page and handed to the file input as
// bytes. A logo with a web address, a product photo with no text, a QR code of a URL (the test's own
// encoder), an insert card turned a few degrees, a 1,000 x 1,000 card for the time budget.
import type { Page } from 'playwright-core';
import { encodeQr } from '../fixtures/images/qr-encode';

export type ImageSpec =
  | { kind: 'logo'; brand: string; address: string }
  | { kind: 'photo' }
  | { kind: 'qr'; text: string }
  | { kind: 'card'; lines: string[]; degrees: number; size: number };

export interface RenderedImage { name: string; mimeType: string; buffer: Buffer }

export async function renderImage(page: Page, name: string, spec: ImageSpec, mimeType = 'image/png'): Promise<RenderedImage> {
  const matrix = spec.kind === 'qr' ? encodeQr(spec.text) : null;
  const base64 = await page.evaluate(async ({ spec, matrix, mimeType }) => {
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d')!;
    if (spec.kind === 'logo') {
      canvas.width = 900;
      canvas.height = 320;
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, 900, 320);
      ctx.fillStyle = '#1d4e89';
      ctx.beginPath();
      ctx.arc(150, 150, 100, 0, Math.PI * 2);
      ctx.fill();
      ctx.fillStyle = '#fff';
      ctx.font = 'bold 90px sans-serif';
      ctx.fillText(spec.brand[0]!, 118, 182);
      ctx.fillStyle = '#1d4e89';
      ctx.font = 'bold 64px sans-serif';
      ctx.fillText(spec.brand, 290, 140);
      ctx.fillStyle = '#333';
      ctx.font = '40px sans-serif';
      ctx.fillText(spec.address, 290, 220);
    } else if (spec.kind === 'photo') {
      // a "mug" on a table: gradients, an ellipse, soft shadows, sensor noise; no text anywhere
      canvas.width = 1000;
      canvas.height = 1000;
      const bg = ctx.createLinearGradient(0, 0, 0, 1000);
      bg.addColorStop(0, '#dfe7ef');
      bg.addColorStop(0.65, '#c9d3dc');
      bg.addColorStop(0.66, '#8a6a4f');
      bg.addColorStop(1, '#6b4f3a');
      ctx.fillStyle = bg;
      ctx.fillRect(0, 0, 1000, 1000);
      ctx.fillStyle = 'rgba(0,0,0,.25)';
      ctx.beginPath();
      ctx.ellipse(520, 790, 260, 50, 0, 0, Math.PI * 2);
      ctx.fill();
      const body = ctx.createLinearGradient(300, 0, 700, 0);
      body.addColorStop(0, '#b22222');
      body.addColorStop(0.4, '#e04848');
      body.addColorStop(1, '#7a1010');
      ctx.fillStyle = body;
      ctx.fillRect(320, 360, 380, 420);
      ctx.beginPath();
      ctx.ellipse(510, 360, 190, 40, 0, 0, Math.PI * 2);
      ctx.fillStyle = '#5a0c0c';
      ctx.fill();
      ctx.lineWidth = 38;
      ctx.strokeStyle = '#c23030';
      ctx.beginPath();
      ctx.arc(720, 560, 100, -Math.PI / 2, Math.PI / 2);
      ctx.stroke();
      const img = ctx.getImageData(0, 0, 1000, 1000);
      let seed = 7;
      for (let i = 0; i < img.data.length; i += 4) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        const n = (seed % 17) - 8;
        img.data[i]! += n;
        img.data[i + 1]! += n;
        img.data[i + 2]! += n;
      }
      ctx.putImageData(img, 0, 0);
    } else if (spec.kind === 'qr') {
      // a product insert: the code beside a plain picture, no readable address printed
      const m = matrix!;
      const scale = 10;
      canvas.width = 900;
      canvas.height = 600;
      ctx.fillStyle = '#f4f1ea';
      ctx.fillRect(0, 0, 900, 600);
      ctx.fillStyle = '#fff';
      const side = (m.length + 8) * scale;
      ctx.fillRect(450, 60, side, side);
      ctx.fillStyle = '#000';
      for (let y = 0; y < m.length; y++) for (let x = 0; x < m.length; x++) if (m[y]![x]) ctx.fillRect(450 + (x + 4) * scale, 60 + (y + 4) * scale, scale, scale);
      ctx.fillStyle = '#2e7d32';
      ctx.beginPath();
      ctx.arc(200, 300, 140, 0, Math.PI * 2);
      ctx.fill();
    } else {
      canvas.width = spec.size;
      canvas.height = spec.size;
      ctx.fillStyle = '#e9eef2';
      ctx.fillRect(0, 0, spec.size, spec.size);
      ctx.translate(spec.size / 2, spec.size / 2);
      ctx.rotate((spec.degrees * Math.PI) / 180);
      const w = spec.size * 0.8;
      const h = spec.size * 0.55;
      ctx.fillStyle = '#fff';
      ctx.fillRect(-w / 2, -h / 2, w, h);
      ctx.fillStyle = '#222';
      ctx.font = `${Math.round(spec.size / 26)}px sans-serif`;
      spec.lines.forEach((line, i) => ctx.fillText(line, -w / 2 + 40, -h / 2 + 90 + i * (spec.size / 15)));
    }
    const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), mimeType, 0.92));
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  }, { spec, matrix, mimeType });
  return { name, mimeType, buffer: Buffer.from(base64, 'base64') };
}

/** A PNG whose header claims width x height (no pixel data): refused before anything decodes it. */
export function pngHeaderOnly(name: string, width: number, height: number): RenderedImage {
  const b = Buffer.alloc(64);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82]).copy(b, 0);
  b.writeUInt32BE(width, 16);
  b.writeUInt32BE(height, 20);
  b.set([8, 6, 0, 0, 0], 24);
  return { name, mimeType: 'image/png', buffer: b };
}

/** The same image as an uncompressed 8-bit grayscale TIFF (browsers cannot decode TIFF; tesseract can). */
export async function asTiff(page: Page, image: RenderedImage, name: string): Promise<RenderedImage> {
  const { width, height, gray } = await page.evaluate(async (b64) => {
    const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))]));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const rgba = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const out = new Uint8Array(bitmap.width * bitmap.height);
    for (let i = 0; i < out.length; i++) out[i] = Math.round(0.299 * rgba[i * 4]! + 0.587 * rgba[i * 4 + 1]! + 0.114 * rgba[i * 4 + 2]!);
    let binary = '';
    for (let i = 0; i < out.length; i += 0x8000) binary += String.fromCharCode(...out.subarray(i, i + 0x8000));
    return { width: bitmap.width, height: bitmap.height, gray: btoa(binary) };
  }, image.buffer.toString('base64'));
  const pixels = Buffer.from(gray, 'base64');
  const entries: [number, number, number][] = [
    // tag, type (3 short, 4 long), value
    [256, 4, width],
    [257, 4, height],
    [258, 3, 8],
    [259, 3, 1],
    [262, 3, 1],
    [273, 4, 0], // strip offset, set below
    [277, 3, 1],
    [278, 4, height],
    [279, 4, pixels.length],
  ];
  const ifdSize = 2 + entries.length * 12 + 4;
  const dataOffset = 8 + ifdSize;
  const head = Buffer.alloc(dataOffset);
  head.write('II', 0, 'ascii');
  head.writeUInt16LE(42, 2);
  head.writeUInt32LE(8, 4);
  head.writeUInt16LE(entries.length, 8);
  entries.forEach(([tag, type, value], i) => {
    const at = 10 + i * 12;
    head.writeUInt16LE(tag, at);
    head.writeUInt16LE(type, at + 2);
    head.writeUInt32LE(1, at + 4);
    if (type === 3) head.writeUInt16LE(value, at + 8);
    else head.writeUInt32LE(tag === 273 ? dataOffset : value, at + 8);
  });
  return { name, mimeType: 'image/tiff', buffer: Buffer.concat([head, pixels]) };
}
