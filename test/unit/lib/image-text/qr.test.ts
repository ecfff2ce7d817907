// QR payloads from pixels (lib/image-text/qr.ts), on codes made by the test's own encoder: a URL, a
// second code on the same image, a rotated code, and an image with no code.
import { describe, expect, it } from 'vitest';
import { decodeQrCodes } from '../../../../lib/image-text/qr';
import { encodeQr, qrPixels } from '../../../fixtures/images/qr-encode';

function blank(width: number, height: number) {
  return new Uint8ClampedArray(width * height * 4).fill(255);
}

function paste(target: Uint8ClampedArray, width: number, src: { data: Uint8ClampedArray; width: number; height: number }, left: number, top: number) {
  for (let y = 0; y < src.height; y++) target.set(src.data.subarray(y * src.width * 4, (y + 1) * src.width * 4), ((top + y) * width + left) * 4);
}

describe('decodeQrCodes', () => {
  it.each(['https://www.example-shop.com', 'https://www.example-shop.com/warranty-registration?o=1', 'Hi', 'x'.repeat(100)])('reads back what the encoder wrote: %s', (text) => {
    const img = qrPixels(encodeQr(text), 6);
    expect(decodeQrCodes(img.data, img.width, img.height)).toEqual([text]);
  });

  it('finds two codes on one image', () => {
    const a = qrPixels(encodeQr('https://one.example.com'), 6);
    const b = qrPixels(encodeQr('https://two.example.com'), 6);
    const width = a.width + b.width + 40;
    const height = Math.max(a.height, b.height) + 20;
    const data = blank(width, height);
    paste(data, width, a, 10, 10);
    paste(data, width, b, a.width + 30, 10);
    expect(decodeQrCodes(data, width, height).sort()).toEqual(['https://one.example.com', 'https://two.example.com']);
  });

  it('finds two codes on a large image (the halves scanned at half size)', () => {
    const a = qrPixels(encodeQr('https://one.example.com'), 12);
    const b = qrPixels(encodeQr('https://two.example.com'), 12);
    const width = 1200;
    const height = 800;
    const data = blank(width, height);
    paste(data, width, a, 60, 100);
    paste(data, width, b, 700, 200);
    expect(decodeQrCodes(data, width, height).sort()).toEqual(['https://one.example.com', 'https://two.example.com']);
  });

  it('reads a code turned a quarter', () => {
    const matrix = encodeQr('https://www.example-shop.com');
    const turned = matrix.map((_, y) => matrix.map((row) => row[y]!).reverse());
    const img = qrPixels(turned, 5);
    expect(decodeQrCodes(img.data, img.width, img.height)).toEqual(['https://www.example-shop.com']);
  });

  it('finds nothing in an image without a code', () => {
    const width = 300;
    const height = 200;
    const data = blank(width, height);
    for (let i = 0; i < data.length; i += 4) data[i] = data[i + 1] = (i / 4) % width; // a gradient
    expect(decodeQrCodes(data, width, height)).toEqual([]);
  });
});
