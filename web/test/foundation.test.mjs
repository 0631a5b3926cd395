// Foundation: the app loads, draws, and honours the page API contract
// (window.spinefusion; see README.md, "The page API").
//
// These tests share one page (sharedApp) and run in order; each sets the
// state it relies on. The last test checks that nothing the others did
// caused an error, a CSP violation or a request off the origin.

import { test, assert, assertClose, eventually, imageStats, imageDiff, note, sharedApp, VIEWPORT } from './lib.mjs';

// White & Panjabi flexion+extension ranges (degrees) for the lumbar spine.
const LUMBAR_FLEXION_EXTENSION = { 'L1-L2': 12, 'L2-L3': 14, 'L3-L4': 15, 'L4-L5': 16, 'L5-S1': 17 };
const ANGLE_TOL = 0.05; // degrees

test('the page becomes ready within 60 s', async () => {
  const app = await sharedApp();
  const api = await app.page.evaluate(() => ({
    ready: window.spinefusion.ready,
    firstFrameMs: window.spinefusion.firstFrameMs,
    version: window.spinefusion.version,
  }));
  assert.equal(api.ready, true);
  assert.equal(typeof api.firstFrameMs, 'number', 'firstFrameMs is a number');
  assert.ok(api.firstFrameMs > 0, 'firstFrameMs is positive');
  assert.equal(typeof api.version, 'string', 'version is a string');
  note(`firstFrameMs = ${Math.round(api.firstFrameMs)} ms; ready ${app.readyAfterMs} ms after navigation; version ${api.version}`);
});

test('the canvas fills the window and is not blank', async () => {
  const app = await sharedApp();
  const box = await app.canvas().boundingBox();
  assert.ok(box, 'the app appended a <canvas> to <body>');
  assert.ok(Math.abs(box.width - VIEWPORT.width) <= 1 && Math.abs(box.height - VIEWPORT.height) <= 1,
    `canvas is ${box.width}×${box.height}, window ${VIEWPORT.width}×${VIEWPORT.height}`);
  await app.frames(2);
  const stats = imageStats(await app.screenshot('foundation-initial'));
  note(`initial screenshot: ${stats.distinctColours} colours, luminance stddev ${stats.stddev.toFixed(1)}`);
  assert.ok(stats.distinctColours >= 50, `only ${stats.distinctColours} distinct colours`);
  assert.ok(stats.stddev > 4, `luminance stddev ${stats.stddev.toFixed(2)} (flat image)`);
});

test('setState applies values and getState returns them', async () => {
  const app = await sharedApp();
  const returned = await app.setState({ posture: 0.5, playing: false });
  assert.equal(returned.posture, 0.5, 'setState returns the new state');
  assert.equal(returned.playing, false);
  const state = await app.getState();
  assert.equal(state.posture, 0.5);
  assert.equal(state.playing, false);
  for (const key of ['region', 'levels', 'motion', 'posture', 'playing', 'speed', 'view', 'months', 'graft',
    'approach', 'condition', 'lang', 'labels', 'theme', 'controls', 'segments']) {
    assert.ok(key in state, `getState() has "${key}"`);
  }
  assert.ok(Array.isArray(state.levels), 'levels is an array');
  assert.ok(Array.isArray(state.segments) && state.segments.length > 0, 'segments is a non-empty array');
});

test('setState ignores unknown keys', async () => {
  const app = await sharedApp();
  const state = await app.setState({ posture: 0.25, playing: false, noSuchKey: 42, segments: 'nope' });
  assert.equal(state.posture, 0.25);
  assert.ok(!('noSuchKey' in state), 'unknown key not added');
  assert.ok(Array.isArray(state.segments), 'read-only segments left alone');
});

test('setState ignores invalid values with a console warning', async () => {
  const app = await sharedApp();
  await app.setState({ speed: 1, motion: 'flexion-extension', playing: false });
  const cases = [
    { key: 'speed', value: 'fast' },
    { key: 'motion', value: 'cartwheel' },
  ];
  for (const { key, value } of cases) {
    const before = await app.getState();
    const warnings = app.consoleWarnings.length;
    const errors = app.consoleErrors.length;
    const result = await app.page.evaluate(([k, v]) => {
      try {
        window.spinefusion.setState({ [k]: v });
        return 'ok';
      } catch (e) {
        return `threw: ${e}`;
      }
    }, [key, value]);
    assert.equal(result, 'ok', `setState({${key}: ${JSON.stringify(value)}}) must not throw`);
    const after = await app.getState();
    assert.deepEqual(after[key], before[key], `${key} keeps its previous value`);
    await eventually(() => {
      const added = app.consoleWarnings.slice(warnings);
      assert.ok(added.some((w) => w.includes(key)), `a console warning naming "${key}" (got ${JSON.stringify(added)})`);
    }, 2_000);
    assert.equal(app.consoleErrors.length, errors, 'a warning, not an error');
  }
});

/** Checks every segment's angleBefore against expected(romBefore). */
async function checkAngles(app, motion, posture, expected) {
  await app.setState({ region: 'lumbar', motion, posture, playing: false });
  await eventually(async () => {
    const { segments } = await app.getState();
    for (const s of segments) {
      assertClose(s.angleBefore, expected(s.romBefore), ANGLE_TOL,
        `${motion} posture ${posture}: ${s.name} angleBefore (romBefore ${s.romBefore})`);
    }
  });
}

test('lumbar flexion-extension ranges are the White & Panjabi values', async () => {
  const app = await sharedApp();
  const { segments } = await app.setState({ region: 'lumbar', motion: 'flexion-extension', playing: false });
  const names = segments.map((s) => s.name);
  for (const [name, rom] of Object.entries(LUMBAR_FLEXION_EXTENSION)) {
    const seg = segments.find((s) => s.name === name);
    assert.ok(seg, `segment ${name} in ${names.join(', ')}`);
    assert.equal(seg.romBefore, rom, `${name} romBefore`);
  }
  // Top to bottom.
  assert.ok(names.indexOf('L1-L2') < names.indexOf('L5-S1'), `segments run top to bottom: ${names.join(', ')}`);
  for (const s of segments) {
    for (const k of ['romBefore', 'romAfter', 'angleBefore', 'angleAfter', 'fusion']) {
      assert.equal(typeof s[k], 'number', `${s.name}.${k} is a number`);
    }
    assert.equal(typeof s.fused, 'boolean', `${s.name}.fused is a boolean`);
  }
});

test('flexion-extension: posture ±1 bends each segment half its range', async () => {
  const app = await sharedApp();
  await checkAngles(app, 'flexion-extension', 1, (rom) => rom / 2);
  await checkAngles(app, 'flexion-extension', -1, (rom) => -rom / 2);
  await checkAngles(app, 'flexion-extension', 0, () => 0);
});

test('lateral-bending and axial-rotation: angle = posture × one-side range', async () => {
  const app = await sharedApp();
  for (const motion of ['lateral-bending', 'axial-rotation']) {
    for (const posture of [1, -1, 0.5]) {
      await checkAngles(app, motion, posture, (rom) => posture * rom);
    }
  }
});

test('the space bar toggles playing', async () => {
  const app = await sharedApp();
  await app.setState({ playing: false });
  // Focus the canvas the way a person would. The click itself may do
  // something (e.g. play/pause), so let it be handled before reading.
  await app.canvas().click();
  await app.frames(5);
  const start = (await app.getState()).playing;
  for (const expected of [!start, start]) {
    // Hold the key for a few frames so the app's per-frame input sees it.
    await app.page.keyboard.down('Space');
    await eventually(async () => assert.equal((await app.getState()).playing, expected, 'playing toggled'));
    await app.page.keyboard.up('Space');
    await app.frames(2);
  }
});

test('screenshots at a few postures', async () => {
  const app = await sharedApp();
  const shots = {};
  for (const [label, posture] of [['flexed', 1], ['neutral', 0], ['extended', -1]]) {
    await app.setState({ region: 'lumbar', motion: 'flexion-extension', posture, playing: false });
    // Let any easing settle and a few frames be drawn.
    await app.frames(10);
    shots[label] = await app.screenshot(`foundation-posture-${label}`);
  }
  const changed = imageDiff(shots.flexed, shots.extended);
  note(`flexed vs extended: ${(changed * 100).toFixed(1)}% of pixels differ`);
  assert.ok(changed > 0.001, 'posture changes the picture');
});

test('describe() returns a plain-language description', async () => {
  const app = await sharedApp();
  const text = await app.describe();
  assert.equal(typeof text, 'string');
  assert.ok(text.trim().length > 0, 'non-empty');
  note(`describe(): ${text.length > 160 ? text.slice(0, 157) + '...' : text}`);
});

// Keep last: covers everything the tests above did on the shared page.
test('no page errors, console errors, failed or off-origin requests, or CSP violations', async () => {
  const app = await sharedApp();
  await app.frames(2);
  assert.deepEqual(app.pageErrors, [], 'page errors');
  assert.deepEqual(app.consoleErrors, [], 'console errors');
  assert.deepEqual(app.failedResponses, [], 'failed responses');
  assert.deepEqual(app.foreignRequests, [], 'requests leaving the origin');
  assert.deepEqual(await app.cspViolations(), [], 'CSP violations');
});
