// QR codes in an image's pixels (jsqr). jsqr finds one code per pass and none when two codes confuse
// its finder search, so: scan the image; when nothing is found, scan its halves (left/right, top/bottom);
// each code found is painted white and the image scanned again. Runs in the extension's own pages.
import jsQR, { type QRCode } from 'jsqr';

export const MAX_QR_CODES = 4;

export interface Region { x: number; y: number; width: number; height: number }

function crop(pixels: Uint8ClampedArray, width: number, r: Region): Uint8ClampedArray {
  if (r.x === 0 && r.y === 0 && r.width === width) return pixels.subarray(0, r.width * r.height * 4);
  const out = new Uint8ClampedArray(r.width * r.height * 4);
  for (let y = 0; y < r.height; y++) out.set(pixels.subarray(((r.y + y) * width + r.x) * 4, ((r.y + y) * width + r.x + r.width) * 4), y * r.width * 4);
  return out;
}

function scan(pixels: Uint8ClampedArray, width: number, r: Region): { code: QRCode; region: Region } | null {
  const code = jsQR(crop(pixels, width, r), r.width, r.height, { inversionAttempts: 'dontInvert' });
  return code ? { code, region: r } : null;
}

function halves(width: number, height: number): Region[] {
  // 60 % each, so a code on the middle line is whole in one of them
  const w = Math.ceil(width * 0.6);
  const h = Math.ceil(height * 0.6);
  return [
    { x: 0, y: 0, width: w, height },
    { x: width - w, y: 0, width: w, height },
    { x: 0, y: 0, width, height: h },
    { x: 0, y: height - h, width, height: h },
  ];
}

/** Every other pixel in each direction, averaged over 2 x 2 (RGBA). */
function halfSize(data: Uint8ClampedArray, width: number, height: number): { data: Uint8ClampedArray; width: number; height: number } {
  const w = width >> 1;
  const h = height >> 1;
  const out = new Uint8ClampedArray(w * h * 4);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = (2 * y * width + 2 * x) * 4;
      const j = i + width * 4;
      const o = (y * w + x) * 4;
      for (let ch = 0; ch < 3; ch++) out[o + ch] = (data[i + ch]! + data[i + 4 + ch]! + data[j + ch]! + data[j + 4 + ch]!) >> 2;
      out[o + 3] = 255;
    }
  }
  return { data: out, width: w, height: h };
}

export interface QrFound {
  data: string;
  /** the code's box with its quiet zone, in the pixels' coordinates */
  box: Region;
}

/** Every QR payload in the pixels (RGBA, as from getImageData), at most MAX_QR_CODES. */
export function decodeQrCodes(data: Uint8ClampedArray, width: number, height: number): string[] {
  return [...new Set(findQrCodes(data, width, height).map((c) => c.data))];
}

/** Every QR code in the pixels with where it is (OCR paints them out: their modules are no text). */
export function findQrCodes(data: Uint8ClampedArray, width: number, height: number): QrFound[] {
  const found: QrFound[] = [];
  const pixels = new Uint8ClampedArray(data);
  const whole: Region = { x: 0, y: 0, width, height };
  for (let pass = 0; pass < MAX_QR_CODES; pass++) {
    // light-on-dark codes are rare and would double the cost of every image: not looked for
    let hit = scan(pixels, width, whole);
    // the halves at half size on a large image: 1.6 scans' cost instead of 3.4 (a code that shares an
    // image with another is large enough to read at half size)
    let k = 1;
    if (!hit && width >= 100 && height >= 100) {
      const small = width * height > 600_000 ? halfSize(pixels, width, height) : { data: pixels, width, height };
      k = width / small.width;
      for (const r of halves(small.width, small.height)) {
        hit = scan(small.data, small.width, r);
        if (hit) break;
      }
    }
    if (!hit) break;
    const { code, region } = hit;
    const { topLeftCorner: a, topRightCorner: b, bottomRightCorner: c, bottomLeftCorner: d } = code.location;
    const xs = [a.x, b.x, c.x, d.x].map((x) => (x + region.x) * k);
    const ys = [a.y, b.y, c.y, d.y].map((y) => (y + region.y) * k);
    // the code's bounding box plus a margin for the quiet zone, painted white
    const margin = Math.max(4, (Math.max(...xs) - Math.min(...xs)) * 0.1);
    const x0 = Math.max(0, Math.floor(Math.min(...xs) - margin));
    const x1 = Math.min(width, Math.ceil(Math.max(...xs) + margin));
    const y0 = Math.max(0, Math.floor(Math.min(...ys) - margin));
    const y1 = Math.min(height, Math.ceil(Math.max(...ys) + margin));
    if (x1 <= x0 || y1 <= y0) break;
    found.push({ data: code.data, box: { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } });
    for (let y = y0; y < y1; y++) pixels.fill(255, (y * width + x0) * 4, (y * width + x1) * 4);
  }
  return found;
}
