#!/usr/bin/env node
// Draws the extension's icons (public/icon/16, 32, 48, 128 .png) from shapes, so they can be remade
// without an image editor: a blue rounded square, a coin ring (not at 16 px, where it would blur) and a
// check mark, antialiased by 4x4 supersampling. `node scripts/icons.mjs` rewrites the committed files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const BLUE = [11, 87, 208];
const WHITE = [255, 255, 255];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
/** RGBA pixels -> PNG (8-bit RGBA, no interlace). */
export function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shapes in a unit square (0..1), as signed distances (negative inside).
const roundedSquare = (x, y, r) => {
  const qx = Math.abs(x - 0.5) - (0.5 - r);
  const qy = Math.abs(y - 0.5) - (0.5 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const segment = (x, y, [ax, ay], [bx, by], w) => {
  const t = Math.max(
    0,
    Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(x - ax - t * (bx - ax), y - ay - t * (by - ay)) - w / 2;
};

function draw(size) {
  const small = size < 32;
  const ring = size >= 32;
  const stroke = small ? 0.16 : size < 48 ? 0.11 : 0.085;
  const check = small
    ? [
        [0.24, 0.52],
        [0.43, 0.71],
        [0.77, 0.31],
      ]
    : [
        [0.33, 0.52],
        [0.46, 0.65],
        [0.69, 0.38],
      ];
  const pixels = Buffer.alloc(size * size * 4);
  const N = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < N; sy++) {
        for (let sx = 0; sx < N; sx++) {
          const x = (px + (sx + 0.5) / N) / size;
          const y = (py + (sy + 0.5) / N) / size;
          if (roundedSquare(x, y, 0.2) > 0) continue;
          bg++;
          const onRing = ring && Math.abs(Math.hypot(x - 0.5, y - 0.5) - 0.32) < stroke / 2;
          const onCheck =
            segment(x, y, check[0], check[1], stroke) < 0 || segment(x, y, check[1], check[2], stroke) < 0;
          if (onRing || onCheck) fg++;
        }
      }
      const i = (py * size + px) * 4;
      const a = bg / (N * N);
      const mix = bg ? fg / bg : 0;
      for (let c = 0; c < 3; c++) pixels[i + c] = Math.round(BLUE[c] * (1 - mix) + WHITE[c] * mix);
      pixels[i + 3] = Math.round(a * 255);
    }
  }
  return png(size, pixels);
}

const out = resolve(import.meta.dirname, '..', 'public', 'icon');
mkdirSync(out, { recursive: true });
for (const size of SIZES) {
  const file = join(out, `${size}.png`);
  writeFileSync(file, draw(size));
  console.log(`${file}`);
}
