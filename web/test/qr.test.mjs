// The share panel's QR encoder (web/qr.js), without a browser: every module
// of its symbols against a reference encoder's (qrencode 4.1.1, 8-bit mode,
// no margin: web/test/qr-vectors.txt), byte capacities from the standard,
// the mask choice, and read-back with zbarimg (zbar-tools) when installed.
//
// UPDATE_QR_VECTORS=1 node web/test/run.mjs qr  rewrites the vectors with
// the qrencode command.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, assert, note, TEST_DIR } from './lib.mjs';
import '../qr.js';

const { encode } = globalThis.SpinefusionQR;
const VECTORS = join(TEST_DIR, 'qr-vectors.txt');

// Short and long texts, links like the share panel makes, and UTF-8
// beyond ASCII: versions 1 to 17, across the 8/16-bit count (version 10)
// and the version information (version 7).
function texts() {
  const base = 'https://example.org/spinefusion/?levels=L4-L5%2CL5-S1&approach=plif&graft=allograft&months=6&view=after&motion=lateral-bending&lang=pt&labels=0&theme=projector';
  return ['A', 'hello', 'https://example.org/', 'Ñandú, São Paulo, Größe — “quotes”', base.slice(0, 60), base.slice(0, 100), base,
    base + '&speed=2&condition=spondylolisthesis&posture=0.25&playing=0&controls=0&autoplay=0', base + base,
    '0123456789abcdef'.repeat(20).slice(0, 300), 'x'.repeat(400)];
}

function readVectors() {
  const out = [];
  for (const line of readFileSync(VECTORS, 'utf8').split('\n')) {
    const m = line.match(/^([LM]) (".*")$/);
    if (m) out.push({ level: m[1], text: JSON.parse(m[2]), rows: [] });
    else if (line && out.length) out[out.length - 1].rows.push(line);
  }
  return out;
}

function writeVectors() {
  let s = '';
  for (const level of ['L', 'M']) {
    for (const text of texts()) {
      const art = execFileSync('qrencode', ['-8', '-l', level, '-m', '0', '-t', 'ASCII', '-o', '-', text], { encoding: 'utf8' });
      s += `${level} ${JSON.stringify(text)}\n`;
      for (const row of art.trimEnd().split('\n')) {
        let r = '';
        for (let i = 0; i < row.length; i += 2) r += row[i] === '#' ? '#' : '.';
        s += r + '\n';
      }
      s += '\n';
    }
  }
  writeFileSync(VECTORS, s);
}

// The mask a symbol uses, from its first copy of the format information.
function maskOf(rows) {
  const pos = [[8, 0], [8, 1], [8, 2], [8, 3], [8, 4], [8, 5], [8, 7], [8, 8], [7, 8]];
  for (let i = 9; i < 15; i++) pos.push([14 - i, 8]);
  let bits = 0;
  pos.forEach(([x, y], i) => {
    if (rows[y][x] === '#') bits |= 1 << i;
  });
  return ((bits ^ 0x5412) >> 10) & 7;
}

function rowsOf(code) {
  const rows = [];
  for (let y = 0; y < code.size; y++) {
    let r = '';
    for (let x = 0; x < code.size; x++) r += code.dark(x, y) ? '#' : '.';
    rows.push(r);
  }
  return rows;
}

test('QR encoder: every module matches the reference encoder\'s symbols', () => {
  if (process.env.UPDATE_QR_VECTORS) writeVectors();
  const vectors = readVectors();
  assert.equal(vectors.length, 2 * texts().length);
  let sameMask = 0;
  for (const v of vectors) {
    const mask = maskOf(v.rows);
    const code = encode(v.text, v.level, mask);
    assert.deepEqual(rowsOf(code), v.rows, `${v.level} ${JSON.stringify(v.text)} (version ${code.version}, mask ${mask})`);
    if (encode(v.text, v.level).mask === mask) sameMask++;
  }
  // Encoders score finder-like patterns at the symbol's edge a little
  // differently, so the masks chosen may differ now and then.
  assert.ok(sameMask >= (vectors.length * 2) / 3, `chose the reference's mask for ${sameMask} of ${vectors.length}`);
  note(`the reference's mask chosen for ${sameMask} of ${vectors.length} symbols`);
});

test('QR encoder: byte capacities, too-long text, and the lowest-penalty mask', () => {
  // Byte capacities at level M (ISO/IEC 18004, table 7).
  for (const [version, bytes] of [[1, 14], [2, 26], [7, 122], [10, 213], [13, 331], [40, 2331]]) {
    assert.equal(encode('x'.repeat(bytes), 'M').version, version, `${bytes} bytes`);
    if (version < 40) assert.equal(encode('x'.repeat(bytes + 1), 'M').version, version + 1, `${bytes + 1} bytes`);
  }
  assert.throws(() => encode('x'.repeat(2332), 'M'), /too long/);
  assert.throws(() => encode('x', 'Z'), /level/);
  // A ~300-character share link fits a version a phone reads easily.
  assert.ok(encode('https://example.org/'.padEnd(300, 'x'), 'M').version <= 13);
});

test('QR encoder: zbarimg reads every symbol back', () => {
  let zbar = '';
  try {
    zbar = execFileSync('sh', ['-c', 'command -v zbarimg'], { encoding: 'utf8' }).trim();
  } catch {
    note('zbarimg not installed (apt-get install zbar-tools): decoding skipped');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'qr-'));
  // The vectors' texts, and random bytes as UTF-8 text.
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const all = texts();
  for (let i = 0; i < 6; i++) {
    let s = '';
    const n = 1 + Math.floor(rand() * 250);
    for (let j = 0; j < n; j++) s += String.fromCodePoint(32 + Math.floor(rand() * (rand() < 0.9 ? 95 : 400)));
    all.push(s);
  }
  for (const [i, text] of all.entries()) {
    for (const level of ['L', 'M', 'Q', 'H']) {
      const code = encode(text, level);
      const scale = 3;
      const n = (code.size + 8) * scale;
      let pbm = `P1\n${n} ${n}\n`;
      for (let y = 0; y < n; y++) {
        for (let x = 0; x < n; x++) pbm += code.dark(Math.floor(x / scale) - 4, Math.floor(y / scale) - 4) ? '1 ' : '0 ';
        pbm += '\n';
      }
      const file = join(dir, `${i}-${level}.pbm`);
      writeFileSync(file, pbm);
      const read = execFileSync(zbar, ['--raw', '-q', '-Sbinary', file], { encoding: 'utf8' }).replace(/\n$/, '');
      assert.equal(read, text, `${level} version ${code.version}`);
    }
  }
});
