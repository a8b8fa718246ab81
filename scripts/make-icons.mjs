// Draws Saring's icon — a rounded green square with a white "S" — at 16, 32, 48 and 128 px into
// public/icon/<size>.png. Only node:zlib: the PNG encoder (signature, IHDR, IDAT, IEND, CRC-32) is here.
// Run: node scripts/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
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
/** RGBA pixels (Uint8Array, width*height*4) → PNG bytes (8-bit RGBA, filter 0 on every row). */
export function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type RGBA, deflate, no filter method, no interlace
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([sig, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

// ---- drawing, in unit coordinates (0..1), supersampled ----
const GREEN = [11, 110, 79]; // --accent of the popup
const WHITE = [255, 255, 255];

function insideRoundedSquare(x, y, r = 0.22) {
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= 0 && x <= 1 && y >= 0 && y <= 1;
}

// The "S" as a polyline: two three-quarter arcs (upper: counter-clockwise from the upper right, lower:
// clockwise to the lower left), sampled finely; a point is ink when it is near the line.
const S_POINTS = (() => {
  const pts = [];
  const arc = (cx, cy, rx, ry, a0, a1, n = 64) => {
    for (let i = 0; i <= n; i++) {
      const a = a0 + ((a1 - a0) * i) / n;
      pts.push([cx + rx * Math.cos(a), cy - ry * Math.sin(a)]);
    }
  };
  const rx = 0.19, ry = 0.135;
  arc(0.5, 0.355, rx, ry, Math.PI * 0.15, Math.PI * 1.5); // top: from upper right, over the top, down the left
  arc(0.5, 0.625, rx, ry, Math.PI * 0.5, -Math.PI * 0.85); // bottom: from the middle, down the right, to lower left
  return pts;
})();
function distToS(x, y) {
  let best = Infinity;
  for (let i = 1; i < S_POINTS.length; i++) {
    const [ax, ay] = S_POINTS[i - 1], [bx, by] = S_POINTS[i];
    const dx = bx - ax, dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy || 1)));
    best = Math.min(best, Math.hypot(x - (ax + t * dx), y - (ay + t * dy)));
  }
  return best;
}

function draw(size) {
  const ss = size <= 32 ? 6 : 4; // samples per axis
  const stroke = size <= 16 ? 0.075 : 0.062; // half-width; thicker when small so it stays legible
  const px = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let bg = 0, ink = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const u = (x + (sx + 0.5) / ss) / size, v = (y + (sy + 0.5) / ss) / size;
          if (!insideRoundedSquare(u, v)) continue;
          bg++;
          if (distToS(u, v) <= stroke) ink++;
        }
      }
      const n = ss * ss, a = bg / n, k = bg ? ink / bg : 0;
      const o = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) px[o + c] = Math.round(GREEN[c] * (1 - k) + WHITE[c] * k);
      px[o + 3] = Math.round(a * 255);
    }
  }
  return px;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = new URL('../public/icon/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  for (const size of [16, 32, 48, 128]) {
    const png = encodePng(size, size, draw(size));
    writeFileSync(new URL(`${size}.png`, dir), png);
    console.log(`public/icon/${size}.png ${png.length} bytes`);
  }
}
