// qr.js — a QR Code encoder (ISO/IEC 18004) for the share panel: byte
// mode (UTF-8), levels L, M, Q and H, versions 1 to 40, and the mask of
// lowest penalty (§7.8.3). It draws nothing: encode() returns the modules.
// It is checked against the symbols of a reference encoder (qrencode) in
// web/test/qr-vectors.txt and read back with zbarimg (web/test/qr.test.mjs).
//
// It is JavaScript, not part of the Go app, on purpose: compiled to
// WebAssembly the same encoder added about 12 kB (brotli) to an app that
// must stay within 1.2 times the Ebitengine floor's size.
(() => {
  'use strict';

  const LEVELS = { L: 0, M: 1, Q: 2, H: 3 };
  const FORMAT_BITS = [1, 0, 3, 2]; // L, M, Q, H in the format information

  // Error correction codewords per block, and blocks, by level and version
  // (ISO/IEC 18004, table 9); index 0 is unused.
  const ECC_PER_BLOCK = [
    [0, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    [0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
    [0, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    [0, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
  ];
  const BLOCKS = [
    [0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
    [0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
    [0, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68],
    [0, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81],
  ];

  const alignCount = (v) => (v === 1 ? 0 : Math.floor(v / 7) + 2);

  // rawModules: the modules a version has for data and error correction.
  function rawModules(v) {
    let n = (16 * v + 128) * v + 64;
    const a = alignCount(v);
    if (a > 0) {
      n -= (25 * a - 10) * a - 55;
      if (v >= 7) n -= 36;
    }
    return n;
  }

  const dataCodewords = (v, lv) => Math.floor(rawModules(v) / 8) - ECC_PER_BLOCK[lv][v] * BLOCKS[lv][v];

  // The centres of the alignment patterns on each axis.
  function alignPositions(v) {
    const n = alignCount(v);
    if (n === 0) return [];
    const step = v === 32 ? 26 : Math.floor((v * 4 + n * 2 + 1) / (n * 2 - 2)) * 2;
    const out = [6];
    for (let i = 1, p = 17 + 4 * v - 7 - (n - 2) * step; i < n; i++, p += step) out.push(p);
    return out;
  }

  // GF(2^8) multiplication modulo x^8 + x^4 + x^3 + x^2 + 1.
  function gfMul(a, b) {
    let p = 0;
    for (let i = 0; i < 8; i++) {
      if (b & 1) p ^= a;
      a = a & 0x80 ? ((a << 1) ^ 0x11d) : a << 1;
      b >>= 1;
    }
    return p;
  }

  // The Reed–Solomon generator of degree n, without its leading 1.
  function generator(n) {
    const g = new Array(n).fill(0);
    g[n - 1] = 1;
    let root = 1;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        g[j] = gfMul(g[j], root);
        if (j + 1 < n) g[j] ^= g[j + 1];
      }
      root = gfMul(root, 2);
    }
    return g;
  }

  // The error correction codewords of a block.
  function remainder(data, gen) {
    const r = new Array(gen.length).fill(0);
    for (const b of data) {
      const f = b ^ r.shift();
      r.push(0);
      for (let i = 0; i < gen.length; i++) r[i] ^= gfMul(gen[i], f);
    }
    return r;
  }

  // The data codewords: mode 0100, the count, the bytes, a terminator and
  // pad codewords. After the 4-bit mode everything is whole bytes, so the
  // stream is those bytes shifted by a nibble.
  function dataBits(bytes, v, lv) {
    const out = new Array(dataCodewords(v, lv)).fill(0);
    const stream = v <= 9 ? [bytes.length] : [bytes.length >> 8, bytes.length & 0xff];
    stream.push(...bytes);
    let prev = 0b0100;
    stream.forEach((b, i) => {
      out[i] = ((prev << 4) | (b >> 4)) & 0xff;
      prev = b & 0x0f;
    });
    out[stream.length] = prev << 4;
    for (let i = stream.length + 1, pad = 0xec; i < out.length; i++, pad ^= 0xec ^ 0x11) out[i] = pad;
    return out;
  }

  // Splits the data into blocks, adds each block's error correction and
  // interleaves them in symbol order.
  function interleave(data, v, lv) {
    const nb = BLOCKS[lv][v];
    const ecc = ECC_PER_BLOCK[lv][v];
    const total = Math.floor(rawModules(v) / 8);
    const short = nb - (total % nb);
    const shortLen = Math.floor(total / nb) - ecc;
    const gen = generator(ecc);
    const blocks = [];
    for (let i = 0, at = 0; i < nb; i++) {
      const n = shortLen + (i >= short ? 1 : 0);
      blocks.push(data.slice(at, at + n));
      at += n;
    }
    const eccs = blocks.map((b) => remainder(b, gen));
    const out = [];
    for (let i = 0; i <= shortLen; i++) for (const b of blocks) if (i < b.length) out.push(b[i]);
    for (let i = 0; i < ecc; i++) for (const e of eccs) out.push(e[i]);
    return out;
  }

  // bch appends the remainder of v·x^deg modulo poly.
  function bch(v, poly, deg) {
    let r = v << deg;
    for (let i = 31; i >= deg; i--) if ((r >>> i) & 1) r ^= poly << (i - deg);
    return (v << deg) | r;
  }

  const MASKS = [
    (x, y) => (x + y) % 2 === 0,
    (x, y) => y % 2 === 0,
    (x) => x % 3 === 0,
    (x, y) => (x + y) % 3 === 0,
    (x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
    (x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
    (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
    (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
  ];

  // A symbol under construction: modules (1 dark) and which are fixed.
  function makeSymbol(v, lv) {
    const size = 17 + 4 * v;
    const s = { size, version: v, level: lv, modules: new Uint8Array(size * size), fixed: new Uint8Array(size * size) };
    const set = (x, y, dark) => {
      s.modules[y * size + x] = dark ? 1 : 0;
      s.fixed[y * size + x] = 1;
    };
    s.set = set;
    for (let i = 0; i < size; i++) {
      set(6, i, i % 2 === 0);
      set(i, 6, i % 2 === 0);
    }
    for (const [cx, cy] of [[3, 3], [size - 4, 3], [3, size - 4]]) {
      for (let dy = -4; dy <= 4; dy++) {
        for (let dx = -4; dx <= 4; dx++) {
          const x = cx + dx;
          const y = cy + dy;
          if (x < 0 || y < 0 || x >= size || y >= size) continue;
          const d = Math.max(Math.abs(dx), Math.abs(dy));
          set(x, y, d !== 2 && d !== 4);
        }
      }
    }
    const pos = alignPositions(v);
    const last = pos.length - 1;
    pos.forEach((ax, i) => pos.forEach((ay, j) => {
      if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) return;
      for (let dy = -2; dy <= 2; dy++) {
        for (let dx = -2; dx <= 2; dx++) set(ax + dx, ay + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
      }
    }));
    drawFormat(s, 0); // reserves the format modules
    if (v >= 7) {
      const bits = bch(v, 0x1f25, 12);
      for (let i = 0; i < 18; i++) {
        const dark = (bits >>> i) & 1;
        set(size - 11 + (i % 3), Math.floor(i / 3), dark);
        set(Math.floor(i / 3), size - 11 + (i % 3), dark);
      }
    }
    return s;
  }

  // The 15 bits of format information in both places, and the dark module.
  function drawFormat(s, mask) {
    const bits = bch((FORMAT_BITS[s.level] << 3) | mask, 0x537, 10) ^ 0x5412;
    const bit = (i) => (bits >>> i) & 1;
    const n = s.size;
    for (let i = 0; i <= 5; i++) s.set(8, i, bit(i));
    s.set(8, 7, bit(6));
    s.set(8, 8, bit(7));
    s.set(7, 8, bit(8));
    for (let i = 9; i < 15; i++) s.set(14 - i, 8, bit(i));
    for (let i = 0; i < 8; i++) s.set(n - 1 - i, 8, bit(i));
    for (let i = 8; i < 15; i++) s.set(8, n - 15 + i, bit(i));
    s.set(8, n - 8, 1);
  }

  // Lays the codewords' bits in the zigzag of two-module columns.
  function placeData(s, words) {
    const n = s.size;
    let i = 0;
    for (let right = n - 1; right >= 1; right -= 2) {
      if (right === 6) right = 5;
      const up = ((right + 1) & 2) === 0;
      for (let k = 0; k < n; k++) {
        const y = up ? n - 1 - k : k;
        for (let j = 0; j < 2; j++) {
          const x = right - j;
          if (s.fixed[y * n + x] || i >= words.length * 8) continue;
          s.modules[y * n + x] = (words[i >> 3] >> (7 - (i & 7))) & 1;
          i++;
        }
      }
    }
  }

  function applyMask(s, m) {
    const n = s.size;
    for (let y = 0; y < n; y++) {
      for (let x = 0; x < n; x++) if (!s.fixed[y * n + x] && MASKS[m](x, y)) s.modules[y * n + x] ^= 1;
    }
  }

  const FINDER = [1, 0, 1, 1, 1, 0, 1];

  // One row's or column's penalty: runs of 5 or more, and finder-like
  // patterns beside four light modules (outside the symbol is light).
  function linePenalty(line) {
    let p = 0;
    let run = 0;
    for (let i = 0; i < line.length; i++) {
      run = i > 0 && line[i] === line[i - 1] ? run + 1 : 1;
      if (run === 5) p += 3;
      else if (run > 5) p++;
    }
    const light = (from, to) => {
      for (let i = from; i < to; i++) if (i >= 0 && i < line.length && line[i]) return false;
      return true;
    };
    for (let i = 0; i + 7 <= line.length; i++) {
      if (FINDER.every((d, j) => line[i + j] === d) && (light(i - 4, i) || light(i + 7, i + 11))) p += 40;
    }
    return p;
  }

  function penalty(s) {
    const n = s.size;
    const m = s.modules;
    let p = 0;
    let dark = 0;
    for (let a = 0; a < n; a++) {
      const row = [];
      const col = [];
      for (let b = 0; b < n; b++) {
        row.push(m[a * n + b]);
        col.push(m[b * n + a]);
      }
      p += linePenalty(row) + linePenalty(col);
    }
    for (let y = 0; y < n; y++) {
      for (let x = 0; x < n; x++) {
        const d = m[y * n + x];
        dark += d;
        if (x + 1 < n && y + 1 < n && d === m[y * n + x + 1] && d === m[(y + 1) * n + x] && d === m[(y + 1) * n + x + 1]) p += 3;
      }
    }
    const total = n * n;
    const k = Math.ceil(Math.abs(dark * 20 - total * 10) / total) - 1;
    return p + Math.max(k, 0) * 10;
  }

  /**
   * encode returns the smallest QR Code holding text (as UTF-8) at level
   * ('L', 'M', 'Q' or 'H'): {size, version, mask, dark(x, y)}, without the
   * quiet zone. mask 0–7 forces a mask; otherwise the lowest penalty wins.
   * Throws if the text does not fit version 40.
   */
  function encode(text, level = 'M', mask = -1) {
    const lv = LEVELS[level];
    if (lv === undefined) throw new Error(`qr: no level ${level}`);
    const bytes = Array.from(new TextEncoder().encode(text));
    let v = 1;
    while (v <= 40 && 4 + (v <= 9 ? 8 : 16) + 8 * bytes.length > 8 * dataCodewords(v, lv)) v++;
    if (v > 40) throw new Error('qr: text too long for a QR Code');
    const s = makeSymbol(v, lv);
    placeData(s, interleave(dataBits(bytes, v, lv), v, lv));
    if (!(mask >= 0 && mask <= 7)) {
      let best = Infinity;
      for (let m = 0; m < 8; m++) {
        applyMask(s, m);
        drawFormat(s, m);
        const p = penalty(s);
        if (p < best) [best, mask] = [p, m];
        applyMask(s, m);
      }
    }
    applyMask(s, mask);
    drawFormat(s, mask);
    const { size, modules } = s;
    return {
      size,
      version: v,
      mask,
      dark: (x, y) => x >= 0 && y >= 0 && x < size && y < size && modules[y * size + x] === 1,
    };
  }

  globalThis.SpinefusionQR = { encode };
})();
