// Writes the app icons with no dependencies: node manifest/make-icons.mjs [dir]
// color.png 192x192 (white medal on the accent colour), outline.png 32x32 (white medal on transparent),
// the sizes and colours Teams requires (tests/oracles/validate-manifest.mjs checks them).
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = bytes => { let c = ~0; for (const b of bytes) c = crcTable[(c ^ b) & 255] ^ (c >>> 8); return ~c >>> 0; };

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4); length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

// 8-bit RGBA PNG; pixel(x, y) returns [r, g, b, a]
function png(size, pixel) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0); header.writeUInt32BE(size, 4); header[8] = 8; header[9] = 6;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

// a medal: a ring with a filled centre, and two ribbon tails below; coordinates relative to the icon size
function medal(x, y, size) {
  const u = (x + 0.5) / size, v = (y + 0.5) / size;
  const r = Math.hypot(u - 0.5, v - 0.42);
  const ring = r > 0.22 && r < 0.3, centre = r < 0.14;
  const tail = v > 0.66 && v < 0.9 && (Math.abs(u - 0.4 + (v - 0.66) * 0.3) < 0.06 || Math.abs(u - 0.6 - (v - 0.66) * 0.3) < 0.06);
  return ring || centre || tail;
}

const WHITE = [255, 255, 255, 255], CLEAR = [0, 0, 0, 0], ACCENT = [0x0f, 0x6c, 0xbd, 255];
const dir = process.argv[2] ?? dirname(fileURLToPath(import.meta.url));
writeFileSync(join(dir, 'color.png'), png(192, (x, y) => (medal(x, y, 192) ? WHITE : ACCENT)));
writeFileSync(join(dir, 'outline.png'), png(32, (x, y) => (medal(x, y, 32) ? WHITE : CLEAR)));
