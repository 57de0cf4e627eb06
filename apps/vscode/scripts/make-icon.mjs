// Draw the extension's icon (images/icon.png, 256 × 256): a report page with ruled lines and a
// check mark on the red of an official document's header. Shapes are rasterised with 4 × 4
// supersampling and written as an RGBA PNG with node:zlib — no image library, nothing downloaded.
//
//   node scripts/make-icon.mjs   (rewrites images/icon.png; commit the result)
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const SIZE = 256;
const SS = 4; // samples per pixel edge

const RED = [200, 16, 46];
const PAPER = [255, 253, 247];
const LINE = [190, 190, 196];
const RULE = [200, 16, 46];
const CHECK = [22, 163, 74];

/** Signed-distance helpers, in pixel units. */
const roundedRect = (x, y, x0, y0, x1, y1, r) => {
  const qx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const qy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return Math.hypot(qx, qy) <= r && x >= x0 && x <= x1 && y >= y0 && y <= y1;
};
const circle = (x, y, cx, cy, r) => Math.hypot(x - cx, y - cy) <= r;
const segment = (x, y, ax, ay, bx, by, w) => {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy)) <= w / 2;
};

/** The colour at a sample point, top layer first (null: transparent). */
function colourAt(x, y) {
  // The check mark in a white-ringed green disc, over the page's lower right corner.
  if (circle(x, y, 186, 186, 50)) {
    if (!circle(x, y, 186, 186, 42)) return PAPER;
    if (segment(x, y, 164, 188, 180, 204, 13) || segment(x, y, 180, 204, 210, 168, 13)) return PAPER;
    return CHECK;
  }
  // The page.
  if (roundedRect(x, y, 58, 34, 198, 222, 10)) {
    if (y >= 62 && y <= 70 && x >= 80 && x <= 176) return RULE; // the red rule under an official header
    for (const ly of [92, 114, 136, 158, 180]) {
      const end = ly === 180 ? 130 : 176;
      if (y >= ly && y <= ly + 7 && x >= 80 && x <= end) return LINE;
    }
    return PAPER;
  }
  // The red tile.
  if (roundedRect(x, y, 8, 8, 248, 248, 44)) return RED;
  return null;
}

const raw = Buffer.alloc((SIZE * 4 + 1) * SIZE);
for (let py = 0; py < SIZE; py++) {
  raw[py * (SIZE * 4 + 1)] = 0; // filter: none
  for (let px = 0; px < SIZE; px++) {
    let r = 0;
    let g = 0;
    let b = 0;
    let a = 0;
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const c = colourAt(px + (sx + 0.5) / SS, py + (sy + 0.5) / SS);
        if (c === null) continue;
        r += c[0];
        g += c[1];
        b += c[2];
        a++;
      }
    }
    const o = py * (SIZE * 4 + 1) + 1 + px * 4;
    // Colour averaged over the covered samples (straight alpha), coverage as alpha.
    raw[o] = a === 0 ? 0 : Math.round(r / a);
    raw[o + 1] = a === 0 ? 0 : Math.round(g / a);
    raw[o + 2] = a === 0 ? 0 : Math.round(b / a);
    raw[o + 3] = Math.round((a / (SS * SS)) * 255);
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk("IHDR", header),
  chunk("IDAT", deflateSync(raw, { level: 9 })),
  chunk("IEND", Buffer.alloc(0)),
]);

const out = join(dirname(fileURLToPath(import.meta.url)), "..", "images", "icon.png");
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, png);
console.log(`make-icon: ${out} (${SIZE} × ${SIZE}, ${png.length} bytes)`);
