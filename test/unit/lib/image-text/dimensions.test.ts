// Image sizes from headers alone (lib/image-text/dimensions.ts): a huge image is refused before decoding.
import { describe, expect, it } from 'vitest';
import { imageHeader } from '../../../../lib/image-text/dimensions';

const bytes = (...parts: (number[] | Uint8Array)[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
const be32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const le32 = (n: number) => [n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255];
const le16 = (n: number) => [n & 255, (n >>> 8) & 255];

describe('imageHeader', () => {
  it('PNG', () => {
    expect(imageHeader(bytes([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82], be32(6000), be32(5000), [8, 6, 0, 0, 0]))).toEqual({ format: 'png', width: 6000, height: 5000 });
  });
  it('JPEG (SOF after APP0)', () => {
    const app0 = [0xff, 0xe0, 0, 16, ...new Array<number>(14).fill(0)];
    const sof = [0xff, 0xc0, 0, 17, 8, ...[0x0f, 0xa0].reverse().reverse(), 0x0b, 0xb8, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    expect(imageHeader(bytes([0xff, 0xd8], app0, sof))).toEqual({ format: 'jpeg', width: 3000, height: 4000 });
  });
  it('GIF, BMP, TIFF', () => {
    expect(imageHeader(bytes([0x47, 0x49, 0x46, 0x38, 0x39, 0x61], le16(640), le16(480), new Array<number>(8).fill(0)))).toMatchObject({ width: 640, height: 480 });
    expect(imageHeader(bytes([0x42, 0x4d], new Array<number>(16).fill(0), le32(1024), le32(-768 >>> 0), new Array<number>(8).fill(0)))).toMatchObject({ format: 'bmp', width: 1024, height: 768 });
    const ifd = [...le16(2), ...le16(256), ...le16(3), ...le32(1), ...le16(800), 0, 0, ...le16(257), ...le16(4), ...le32(1), ...le32(600)];
    expect(imageHeader(bytes([0x49, 0x49, 42, 0], le32(8), ifd, [0, 0, 0, 0]))).toEqual({ format: 'tiff', width: 800, height: 600 });
  });
  it('not an image, or cut short: null', () => {
    expect(imageHeader(new TextEncoder().encode('this is not an image at all'))).toBeNull();
    expect(imageHeader(bytes([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
    expect(imageHeader(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 200], new Array<number>(20).fill(0)))).toBeNull();
  });
});
