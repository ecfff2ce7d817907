// An image's pixel size from its header alone (PNG, JPEG, GIF, BMP, TIFF), so a huge image is refused
// before anything decodes it (a 100-megapixel PNG would need 400 MB of pixels). Pure: bytes in, size out.

export interface ImageHeader {
  format: 'png' | 'jpeg' | 'gif' | 'bmp' | 'tiff' | 'webp';
  width: number;
  height: number;
}

/** Images larger than this are not read (a clear message instead of minutes of OCR). */
export const MAX_IMAGE_PIXELS = 20_000_000;

const u16be = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const u16le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u32be = (b: Uint8Array, i: number) => ((b[i]! << 24) >>> 0) + (b[i + 1]! << 16) + (b[i + 2]! << 8) + b[i + 3]!;
const u32le = (b: Uint8Array, i: number) => b[i]! + (b[i + 1]! << 8) + (b[i + 2]! << 16) + ((b[i + 3]! << 24) >>> 0);
const i32le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24);

function jpeg(b: Uint8Array): ImageHeader | null {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++;
      continue;
    }
    // SOF0..SOF15 except DHT (C4), JPG (C8), DAC (CC)
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { format: 'jpeg', height: u16be(b, i + 5), width: u16be(b, i + 7) };
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      i += 2;
      continue;
    }
    i += 2 + u16be(b, i + 2);
  }
  return null;
}

function tiff(b: Uint8Array): ImageHeader | null {
  const le = b[0] === 0x49;
  const u16 = le ? u16le : u16be;
  const u32 = le ? u32le : u32be;
  const ifd = u32(b, 4);
  if (ifd + 2 > b.length) return null;
  const entries = u16(b, ifd);
  let width = 0;
  let height = 0;
  for (let e = 0; e < entries; e++) {
    const at = ifd + 2 + e * 12;
    if (at + 12 > b.length) break;
    const tag = u16(b, at);
    const type = u16(b, at + 2);
    const value = type === 3 ? u16(b, at + 8) : u32(b, at + 8);
    if (tag === 256) width = value;
    else if (tag === 257) height = value;
  }
  return width && height ? { format: 'tiff', width, height } : null;
}

/** The header's size, or null when the bytes are not an image we know (or are cut short). */
export function imageHeader(bytes: Uint8Array): ImageHeader | null {
  const b = bytes;
  if (b.length < 16) return null;
  try {
    if (b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 && b.length >= 24) {
      // the first chunk must be IHDR; PNG sizes stop at 2^31 - 1
      if (b[12] !== 0x49 || b[13] !== 0x48 || b[14] !== 0x44 || b[15] !== 0x52) return null;
      const width = u32be(b, 16);
      const height = u32be(b, 20);
      return width && height && width < 2 ** 31 && height < 2 ** 31 ? { format: 'png', width, height } : null;
    }
    if (b[0] === 0xff && b[1] === 0xd8) return jpeg(b);
    if (b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46) return { format: 'gif', width: u16le(b, 6), height: u16le(b, 8) };
    if (b[0] === 0x42 && b[1] === 0x4d && b.length >= 26) {
      return { format: 'bmp', width: Math.abs(i32le(b, 18)), height: Math.abs(i32le(b, 22)) };
    }
    if ((b[0] === 0x49 && b[1] === 0x49 && b[2] === 42 && b[3] === 0) || (b[0] === 0x4d && b[1] === 0x4d && b[2] === 0 && b[3] === 42)) return tiff(b);
    if (b[0] === 0x52 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x46 && b[8] === 0x57 && b[9] === 0x45 && b[10] === 0x42 && b[11] === 0x50) {
      // WEBP (not an allowed attachment type, but a renamed one still decodes): VP8X canvas size
      if (b[12] === 0x56 && b[13] === 0x50 && b[14] === 0x38 && b[15] === 0x58 && b.length >= 30) {
        return { format: 'webp', width: 1 + (b[24]! | (b[25]! << 8) | (b[26]! << 16)), height: 1 + (b[27]! | (b[28]! << 8) | (b[29]! << 16)) };
      }
      if (b[15] === 0x20 && b.length >= 30) return { format: 'webp', width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
      if (b[15] === 0x4c && b.length >= 25) {
        const bits = u32le(b, 21);
        return { format: 'webp', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
      }
    }
  } catch {
    return null;
  }
  return null;
}
