// Robustness (issue #6): a seeded "monkey" does random things to the app
// for a bounded time (clicks, drags, wheel, keys, resizes down to 320×240,
// random setState values and random host messages); the app must never
// throw, log an error, hold an invalid state or go blank. And a lost WebGL
// context ends with the app running again in the same state.
//
// MONKEY_SEED=<n> replays a run; MONKEY_SECONDS=<n> changes its length.

import { test, assert, env, eventually, imageStats, note, openApp } from './lib.mjs';

const SEED = Number(process.env.MONKEY_SEED) || (Date.now() % 2 ** 31);
const SECONDS = Number(process.env.MONKEY_SECONDS) || 40;

/** mulberry32: a small seeded PRNG, floats in [0, 1). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STATE_KEYS = ['region', 'levels', 'approach', 'graft', 'months', 'view', 'motion', 'posture', 'playing', 'speed',
  'condition', 'lang', 'labels', 'controls', 'theme', 'segments', 'tour', 'nonsense'];
const GOOD = {
  region: ['lumbar', 'cervical'],
  levels: [['L4-L5'], ['L3-L4', 'L4-L5'], ['L5-S1'], 'L4-L5,L5-S1', ['C5-C6'], ['L1-L2', 'L2-L3', 'L3-L4']],
  approach: ['tlif', 'plif', 'posterolateral', 'alif', 'acdf', 'posterior'],
  graft: ['autograft', 'allograft', 'synthetic', 'bmp'],
  months: [0, 0.1, 1, 3, 6, 9, 24, 60, 120],
  view: ['compare', 'before', 'after'],
  motion: ['flexion-extension', 'lateral-bending', 'axial-rotation'],
  posture: [-1, -0.5, 0, 0.3, 1],
  playing: [true, false],
  speed: [0.25, 0.5, 1, 2, 4],
  condition: ['degenerative-disc', 'herniated-disc', 'spondylolisthesis', 'fracture', 'scoliosis', 'failed-surgery'],
  lang: ['en', 'es', 'fr', 'de', 'pt', 'pt-BR'],
  labels: [true, false],
  controls: [true, false, true, true],
  theme: ['light', 'dark', 'contrast', 'projector'],
};
const BAD = [null, '', 'NaN', 'Infinity', '-Infinity', NaN, Infinity, -Infinity, 1e308, -1e308, 2 ** 53, -0.000001,
  'x'.repeat(5000), '<img src=x onerror=alert(1)>', [], [[]], {}, { a: 1 }, true, 0, -1, 121, 'L4-L5,L1-L2', ['L9-L10'],
  ['L4-L5', 'L4-L5'], ['L1-L2', 'L2-L3', 'L3-L4', 'L4-L5'], '\u0000', '🦴', 'COMPARE', ' 6 '];
const KEYS = ['Tab', 'Shift+Tab', 'Enter', 'Space', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown',
  'Home', 'End', 'Escape', '?', 'a', '1', 'Shift+?', 'Control+a', 'Backspace', 'F1'];

/** A random partial state: mostly valid values, often not. */
function randomState(r) {
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const out = {};
  const n = 1 + Math.floor(r() * 3);
  for (let i = 0; i < n; i++) {
    const k = pick(STATE_KEYS);
    out[k] = GOOD[k] && r() < 0.6 ? pick(GOOD[k]) : r() < 0.5 ? pick(BAD) : (r() - 0.5) * 10 ** Math.floor(r() * 12);
  }
  if (r() < 0.05) return pick([null, 5, 'months', [out], undefined]);
  return out;
}

/** A random message for the app, from its host page. */
function randomMessage(r) {
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  switch (Math.floor(r() * 6)) {
    case 0: return { type: 'spinefusion:set', state: randomState(r) };
    case 1: return { type: 'spinefusion:get' };
    case 2: return { type: pick(['spinefusion:set', 'spinefusion:nope', 'other', '', 7]), state: pick(BAD) };
    case 3: return pick(BAD);
    case 4: return JSON.stringify({ type: 'spinefusion:set', state: randomState(r) });
    default: return { type: 'spinefusion:set', state: randomState(r), extra: pick(BAD) };
  }
}

/** Checks a getState() result: every key present, finite and in range. */
export function assertValidState(s, msg = 'state') {
  assert.ok(s && typeof s === 'object', `${msg}: an object`);
  const inSet = (k, xs) => assert.ok(xs.includes(s[k]), `${msg}: ${k} = ${JSON.stringify(s[k])}`);
  const inRange = (k, lo, hi) => assert.ok(Number.isFinite(s[k]) && s[k] >= lo && s[k] <= hi, `${msg}: ${k} = ${s[k]}`);
  inSet('region', GOOD.region);
  inSet('view', GOOD.view);
  inSet('motion', GOOD.motion);
  inSet('graft', GOOD.graft);
  inSet('approach', GOOD.approach);
  inSet('theme', GOOD.theme);
  inSet('lang', ['en', 'es', 'fr', 'de', 'pt']);
  inRange('months', 0, 120);
  inRange('posture', -1, 1);
  inRange('speed', 0.25, 4);
  for (const k of ['playing', 'labels', 'controls']) assert.equal(typeof s[k], 'boolean', `${msg}: ${k}`);
  assert.ok(Array.isArray(s.levels) && s.levels.length >= 1 && s.levels.length <= 3, `${msg}: levels ${JSON.stringify(s.levels)}`);
  assert.ok(Array.isArray(s.segments) && s.segments.length > 0, `${msg}: segments`);
  for (const seg of s.segments) {
    for (const k of ['romBefore', 'romAfter', 'angleBefore', 'angleAfter', 'fusion']) {
      assert.ok(Number.isFinite(seg[k]), `${msg}: segment ${seg.name} ${k} = ${seg[k]}`);
    }
  }
}

/** Asserts the canvas shows a picture: many colours, some contrast. */
async function assertNotBlank(app, name) {
  const png = await app.screenshot(name);
  const s = imageStats(png);
  assert.ok(s.distinctColours > 50 && s.stddev > 8, `${name}: the canvas looks blank (${s.distinctColours} colours, deviation ${s.stddev.toFixed(1)})`);
  return s;
}

/** Whatever the page must never do, checked often. */
function assertNothingBroke(app, log) {
  const tail = `\n  seed ${SEED} (MONKEY_SEED=${SEED} replays it); last actions:\n    ${log.slice(-12).join('\n    ')}`;
  assert.deepEqual(app.pageErrors, [], `page errors${tail}`);
  assert.deepEqual(app.consoleErrors, [], `console errors${tail}`);
  assert.deepEqual(app.foreignRequests, [], `requests leaving the origin${tail}`);
}

/** One random action; returns a line for the log. */
async function act(app, r, w, h) {
  const page = app.page;
  const x = () => Math.floor(r() * w);
  const y = () => Math.floor(r() * h);
  const kind = r();
  if (kind < 0.25) {
    const [px, py] = [x(), y()];
    await page.mouse.click(px, py);
    return `click ${px},${py}`;
  }
  if (kind < 0.35) {
    const [ax, ay, bx, by] = [x(), y(), x(), y()];
    await page.mouse.move(ax, ay);
    await page.mouse.down();
    await page.mouse.move(bx, by, { steps: 4 });
    await page.mouse.up();
    return `drag ${ax},${ay} → ${bx},${by}`;
  }
  if (kind < 0.42) {
    const [dx, dy] = [(r() - 0.5) * 2000, (r() - 0.5) * 2000];
    await page.mouse.move(x(), y());
    await page.mouse.wheel(dx, dy);
    return `wheel ${dx.toFixed(0)},${dy.toFixed(0)}`;
  }
  if (kind < 0.65) {
    const k = KEYS[Math.floor(r() * KEYS.length)];
    // Keys go to the canvas or to the hidden controls, wherever the focus is.
    await page.keyboard.press(k);
    return `key ${k}`;
  }
  if (kind < 0.72) {
    return null; // resize: done by the caller, which knows the size
  }
  if (kind < 0.92) {
    // A few at once, as a script might: one round trip to the page.
    const batch = Array.from({ length: 1 + Math.floor(r() * 4) }, () => randomState(r));
    await page.evaluate((ps) => ps.forEach((p) => window.spinefusion.setState(p)), batch);
    return `setState ×${batch.length} ${JSON.stringify(batch)?.slice(0, 200)}`;
  }
  const batch = Array.from({ length: 1 + Math.floor(r() * 4) }, () => randomMessage(r));
  await page.evaluate((ms) => ms.forEach((m) => window.postMessage(m, '*')), batch);
  return `postMessage ×${batch.length} ${JSON.stringify(batch)?.slice(0, 200)}`;
}

test('monkey: random input for a bounded time never breaks the app', async () => {
  const r = rng(SEED);
  note(`seed ${SEED} (set MONKEY_SEED to replay), ${SECONDS} s`);
  const app = await openApp('?playing=1');
  const log = [];
  let size = { width: 1280, height: 720 };
  let actions = 0;
  try {
    await app.canvas().focus();
    const end = Date.now() + SECONDS * 1000;
    while (Date.now() < end) {
      let line = await act(app, r, size.width, size.height);
      if (line === null) {
        size = r() < 0.3
          ? { width: 320, height: 240 }
          : { width: 320 + Math.floor(r() * 1100), height: 240 + Math.floor(r() * 700) };
        await app.page.setViewportSize(size);
        line = `resize ${size.width}×${size.height}`;
      }
      log.push(line);
      actions++;
      if (actions % 10 === 0) {
        await app.frames(1);
        assertNothingBroke(app, log);
      }
    }
    await app.frames(2);
    assertNothingBroke(app, log);
    note(`${actions} actions`);
    // Back to a usual window: the state is valid, the picture is there.
    await app.page.setViewportSize({ width: 1280, height: 720 });
    await app.page.keyboard.press('Escape');
    const st = await app.page.evaluate(() => window.spinefusion.getState());
    assertValidState(st, `after ${actions} actions (seed ${SEED})`);
    await app.setState({ controls: true, playing: false });
    await app.frames(3);
    await eventually(() => assertNotBlank(app, 'monkey-end'), 10_000, 500);
    assert.deepEqual(await app.cspViolations(), [], 'CSP violations');
    assertNothingBroke(app, log);
  } catch (e) {
    await app.screenshot('monkey-failed').catch(() => {});
    throw e;
  } finally {
    await app.close();
  }
}, { timeout: 240_000 });

test('monkey on the lesson page: random host messages never break the embedded app', async () => {
  const r = rng(SEED + 1);
  const host = await openApp('embed-example.html', { waitReady: false, viewport: { width: 1000, height: 900 } });
  const log = [];
  try {
    const frame = await eventually(async () => {
      const f = host.page.frames().find((x) => x !== host.page.mainFrame());
      assert.ok(f && (await f.evaluate(() => window.spinefusion?.ready === true)), 'the app in the frame is ready');
      return f;
    }, 90_000, 250);
    const end = Date.now() + Math.min(15, SECONDS) * 1000;
    let n = 0;
    while (Date.now() < end) {
      const batch = Array.from({ length: 5 }, () => randomMessage(r));
      log.push(`messages ${JSON.stringify(batch)?.slice(0, 300)}`);
      await host.page.evaluate((ms) => ms.forEach((m) => document.getElementById('explorer').contentWindow.postMessage(m, '*')), batch);
      n += batch.length;
      if (n % 50 === 0) {
        await host.frames(1);
        assertNothingBroke(host, log);
      }
    }
    note(`${n} messages`);
    await host.frames(3);
    assertValidState(await frame.evaluate(() => window.spinefusion.getState()), `after ${n} messages (seed ${SEED})`);
    assert.deepEqual(await frame.evaluate(() => window.__cspViolations), [], 'CSP violations in the app');
    assertNothingBroke(host, log);
  } finally {
    await host.close();
  }
}, { timeout: 180_000 });

test('a lost WebGL context ends with the app running again in the same state', async () => {
  const app = await openApp('?playing=0');
  try {
    const want = { months: 9, view: 'after', motion: 'lateral-bending', levels: ['L3-L4', 'L4-L5'], graft: 'allograft', posture: 0.4, labels: false, lang: 'fr', theme: 'dark' };
    await app.setState(want);
    // The address follows the state (within half a second).
    await eventually(async () => {
      const q = new URLSearchParams(await app.page.evaluate(() => location.search));
      assert.equal(q.get('months'), '9', `address: ${q}`);
      assert.equal(q.get('theme'), 'dark', `address: ${q}`);
    });
    const { segments: _b, ...before } = await app.getState();
    const reloaded = app.page.waitForEvent('load', { timeout: 60_000 });
    const lost = await app.page.evaluate(() => {
      const gl = document.querySelector('body > canvas').getContext('webgl2');
      const ext = gl && gl.getExtension('WEBGL_lose_context');
      if (!ext) return false;
      ext.loseContext();
      return true;
    });
    assert.ok(lost, 'WEBGL_lose_context is available');
    await reloaded;
    await app.waitReady();
    const { segments: _a, ...after } = await app.getState();
    assert.deepEqual(after, before, 'the same state after the context was lost');
    await assertNotBlank(app, 'monkey-context-restored');
    assert.deepEqual(app.pageErrors, [], 'page errors');
    assert.deepEqual(await app.cspViolations(), [], 'CSP violations');
    assert.deepEqual(app.foreignRequests, [], 'requests leaving the origin');
  } finally {
    await app.close();
  }
}, { timeout: 240_000 });

void env;
