#!/usr/bin/env node
// Draws the extension's 128x128 marketplace icon (icons/revorg.png): the same tiny org chart as the
// file icon, on a dark rounded square. Written with zlib alone so that no image tool is needed;
// the PNG is committed, and this script documents how it was made.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const pixels = Buffer.alloc(SIZE * SIZE * 4);

/** @type {(x: number, y: number, left: number, top: number, width: number, height: number, radius: number) => boolean} */
function inRoundedRect(x, y, left, top, width, height, radius) {
    const cx = Math.min(Math.max(x, left + radius), left + width - radius);
    const cy = Math.min(Math.max(y, top + radius), top + height - radius);
    return x >= left && x < left + width && y >= top && y < top + height && (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** @type {Array<{ color: number[]; test: (x: number, y: number) => boolean }>} */
const shapes = [
    { color: [23, 32, 51, 255], test: (x, y) => inRoundedRect(x, y, 0, 0, 128, 128, 24) },
    { color: [47, 128, 237, 255], test: (x, y) => inRoundedRect(x, y, 42, 16, 44, 32, 6) },
    { color: [200, 210, 230, 255], test: (x, y) => (x >= 62 && x < 66 && y >= 48 && y < 64) || (y >= 62 && y < 66 && x >= 30 && x < 98) || ((x >= 28 && x < 32 || x >= 96 && x < 100) && y >= 62 && y < 80) },
    { color: [39, 174, 96, 255], test: (x, y) => inRoundedRect(x, y, 8, 80, 44, 32, 6) },
    { color: [242, 153, 74, 255], test: (x, y) => inRoundedRect(x, y, 76, 80, 44, 32, 6) },
];

for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
        let color = [0, 0, 0, 0];
        for (const shape of shapes) if (shape.test(x + 0.5, y + 0.5)) color = shape.color;
        pixels.set(color, (y * SIZE + x) * 4);
    }
}

/** @param {Buffer} buffer */
function crc32(buffer) {
    let crc = ~0;
    for (const byte of buffer) {
        crc ^= byte;
        for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
    }
    return ~crc >>> 0;
}

/**
 * @param {string} type
 * @param {Buffer} data
 */
function chunk(type, data) {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
const rows = Buffer.concat(Array.from({ length: SIZE }, (_, y) => Buffer.concat([Buffer.from([0]), pixels.subarray(y * SIZE * 4, (y + 1) * SIZE * 4)])));
const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
]);
const out = path.join(path.dirname(path.dirname(fileURLToPath(import.meta.url))), 'icons', 'revorg.png');
writeFileSync(out, png);
console.log(`wrote ${out} (${png.length} bytes)`);
