// Draws BotCommit's two Teams icons (rising bars: the weekly commit) as PNGs, with no dependencies:
//   color.png   192x192, brand blue background, white bars (Teams "color" icon)
//   outline.png 32x32, transparent background, white bars only (Teams "outline" icon)
// Run: node manifest/make-icons.mjs   (the PNGs are committed; rerun only to change the design)
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0; // 8-bit RGBA
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
// Three rising bars, as fractions of the icon: [left, right, top] with a common bottom.
const BARS = [[0.22, 0.36, 0.56], [0.43, 0.57, 0.40], [0.64, 0.78, 0.22]];
const BOTTOM = 0.78;
const inBar = (fx, fy) => BARS.some(([l, r, t]) => fx >= l && fx < r && fy >= t && fy < BOTTOM);
const WHITE = [255, 255, 255, 255];
writeFileSync(path.join(here, 'color.png'), png(192, (x, y) => (inBar((x + 0.5) / 192, (y + 0.5) / 192) ? WHITE : [0x1f, 0x6f, 0xb2, 255])));
writeFileSync(path.join(here, 'outline.png'), png(32, (x, y) => (inBar((x + 0.5) / 32, (y + 0.5) / 32) ? WHITE : [0, 0, 0, 0])));
console.log('wrote color.png (192x192) and outline.png (32x32)');
