// A small PNG encoder for chart pixels: RGBA rows without filter, deflated off the main thread (on the chart worker,
// which filters and deflates the rows the same way, or on Node's thread pool). resvg's own asPng runs on the calling
// thread (about 10 ms per chart); deflate level 3 keeps a chart near 40 KB at half the time of level 6. A pHYs chunk
// records the resolution, so image editors show the print size.
import zlib from 'node:zlib';

const crcTable = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i += 1) c = crcTable[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Deflates filtered rows on Node's thread pool. */
export function deflateRows(data: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => zlib.deflate(data, { level: PNG_DEFLATE_LEVEL }, (error, result) => (error ? reject(error) : resolve(result))));
}

/** The PNG rows of `width` × `height` RGBA pixels: each row prefixed with its filter type 0 (none), ready to deflate. */
export function filteredRows(rgba: Uint8Array, width: number, height: number): Buffer {
  if (rgba.length !== width * height * 4) throw new Error(`expected ${width * height * 4} bytes of pixels, got ${rgba.length}`);
  const row = width * 4;
  const raw = Buffer.allocUnsafe((row + 1) * height);
  for (let y = 0; y < height; y += 1) {
    const o = y * (row + 1);
    raw[o] = 0;
    raw.set(rgba.subarray(y * row, (y + 1) * row), o + 1);
  }
  return raw;
}

/** The deflate settings of the rows; the chart worker uses the same, so a chart comes out the same either way. */
export const PNG_DEFLATE_LEVEL = 3;

/** PNG bytes around rows already filtered and deflated (`idat`). */
export function pngFromDeflated(idat: Uint8Array, width: number, height: number, dpi: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // truecolour with alpha (RGBA)
  const perMetre = Math.round(dpi / 0.0254);
  const physical = Buffer.alloc(9);
  physical.writeUInt32BE(perMetre, 0);
  physical.writeUInt32BE(perMetre, 4);
  physical[8] = 1; // unit: metre
  return Buffer.concat([signature, chunk('IHDR', header), chunk('pHYs', physical), chunk('IDAT', idat), chunk('IEND', new Uint8Array(0))]);
}
