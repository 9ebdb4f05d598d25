/** A real PNG made in memory (gradient with a frame), for export tests and the benchmark. */
import zlib from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An RGB PNG of the given size; `seed` varies the colours so images differ. */
export function makePng(widthPx: number, heightPx: number, seed = 0): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(widthPx, 0);
  header.writeUInt32BE(heightPx, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const raw = Buffer.alloc((widthPx * 3 + 1) * heightPx);
  for (let y = 0; y < heightPx; y++) {
    const row = y * (widthPx * 3 + 1);
    raw[row] = 0;
    for (let x = 0; x < widthPx; x++) {
      const edge = x < 4 || y < 4 || x >= widthPx - 4 || y >= heightPx - 4;
      const at = row + 1 + x * 3;
      raw[at] = edge ? 40 : (x * 255) / widthPx + seed * 37;
      raw[at + 1] = edge ? 40 : (y * 255) / heightPx;
      raw[at + 2] = edge ? 40 : 160 + ((seed * 53) % 90);
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
