// The fusion story: the controls, driven by mouse and keyboard, change the
// state; the model's figures behave as the fusion does; screenshots of every
// view, stage, approach and graft for people to look at.

import { test, assert, eventually, imageStats, note, sharedApp, widget, click } from './lib.mjs';

test('clicking the view, approach, graft and levels controls changes the state', async () => {
  const app = await sharedApp();
  await app.setState({ playing: false, view: 'compare', approach: 'tlif', graft: 'autograft', levels: ['L4-L5'] });
  await app.frames(2);
  await click(app, await widget(app, 'radio', 'After'));
  await eventually(async () => assert.equal((await app.getState()).view, 'after'));
  await click(app, await widget(app, 'radio', 'PLIF'));
  await eventually(async () => assert.equal((await app.getState()).approach, 'plif'));
  await click(app, await widget(app, 'radio', 'BMP'));
  await eventually(async () => assert.equal((await app.getState()).graft, 'bmp'));
  await click(app, await widget(app, 'radio', 'L3–L4'));
  await click(app, await widget(app, 'radio', '2'));
  await eventually(async () => assert.deepEqual((await app.getState()).levels, ['L3-L4', 'L4-L5']));
  // Three levels from L4-L5 would run past the sacrum: the block moves up.
  await click(app, await widget(app, 'radio', 'L5–S1'));
  await click(app, await widget(app, 'radio', '3'));
  await eventually(async () => assert.deepEqual((await app.getState()).levels, ['L3-L4', 'L4-L5', 'L5-S1']));
  await click(app, await widget(app, 'radio', 'Compare'));
  await eventually(async () => assert.equal((await app.getState()).view, 'compare'));
});

test('the play button and the motion choice work by pointer', async () => {
  const app = await sharedApp();
  await app.setState({ playing: false, motion: 'flexion-extension' });
  await app.frames(2);
  await click(app, await widget(app, 'button', 'Play'));
  await eventually(async () => assert.equal((await app.getState()).playing, true));
  await click(app, await widget(app, 'button', 'Pause'));
  await eventually(async () => assert.equal((await app.getState()).playing, false));
  await click(app, await widget(app, 'radio', 'Twist'));
  await eventually(async () => assert.equal((await app.getState()).motion, 'axial-rotation'));
  await click(app, await widget(app, 'radio', 'Forward & back'));
  await eventually(async () => assert.equal((await app.getState()).motion, 'flexion-extension'));
});

test('the timeline scrubber follows a drag and the keyboard', async () => {
  const app = await sharedApp();
  await app.setState({ playing: false, months: 24 });
  await app.frames(2);
  const tl = await widget(app, 'slider', 'Healing timeline');
  const y = tl.y + tl.height * 0.62;
  // Drag from the far left to the far right.
  await app.page.mouse.move(tl.x + 2, y);
  await app.page.mouse.down();
  await app.page.mouse.move(tl.x + tl.width / 2, y, { steps: 4 });
  await app.page.mouse.move(tl.x + tl.width - 1, y, { steps: 4 });
  await app.page.mouse.up();
  await eventually(async () => assert.ok((await app.getState()).months > 100, 'dragged to the end'));
  // The slider now has focus: Home and End jump to the ends; arrows step.
  await app.page.keyboard.press('Home');
  await eventually(async () => assert.equal((await app.getState()).months, 0));
  await app.page.keyboard.press('ArrowRight');
  await eventually(async () => assert.ok((await app.getState()).months > 0));
  await app.page.keyboard.press('End');
  await eventually(async () => assert.equal((await app.getState()).months, 120));
  await app.page.keyboard.press('Escape');
});

test('Tab moves focus through the controls and Space/Enter work them', async () => {
  const app = await sharedApp();
  await app.setState({ playing: false, labels: true });
  await app.frames(2);
  // Focus the labels toggle by tabbing until it is focused.
  let found = false;
  for (let i = 0; i < 20 && !found; i++) {
    await app.page.keyboard.press('Tab');
    await app.frames(1);
    const ws = await app.page.evaluate(() => window.spinefusion.widgets());
    found = ws.some((w) => w.focused && w.role === 'switch' && w.label === 'Labels');
  }
  assert.ok(found, 'Tab reached the Labels switch');
  await app.page.keyboard.press('Enter');
  await eventually(async () => assert.equal((await app.getState()).labels, false));
  await app.page.keyboard.press('Space');
  await eventually(async () => assert.equal((await app.getState()).labels, true));
});

test('a fused level stops moving and its neighbours take up part of the motion', async () => {
  const app = await sharedApp();
  const st = await app.setState({ playing: false, posture: 1, levels: ['L4-L5'], months: 24, graft: 'autograft', approach: 'tlif', motion: 'flexion-extension' });
  const seg = Object.fromEntries(st.segments.map((s) => [s.name, s]));
  assert.ok(seg['L4-L5'].fused && seg['L4-L5'].romAfter <= 1, `L4-L5 after: ${JSON.stringify(seg['L4-L5'])}`);
  assert.ok(seg['L4-L5'].fusion >= 0.8, 'autograft with screws is mostly fused at 24 months');
  for (const n of ['L3-L4', 'L5-S1']) {
    assert.ok(seg[n].romAfter > seg[n].romBefore, `${n} moves more after`);
    assert.ok(seg[n].angleAfter > seg[n].angleBefore, `${n} bends more after at full flexion`);
  }
  const before = st.segments.reduce((a, s) => a + s.romBefore, 0);
  const after = st.segments.reduce((a, s) => a + s.romAfter, 0);
  assert.ok(after < before && after > before - seg['L4-L5'].romBefore, `totals ${before} → ${after}`);
  // Day 0: held by the screws, no bone yet.
  const day0 = await app.setState({ months: 0 });
  const l45 = day0.segments.find((s) => s.name === 'L4-L5');
  assert.equal(l45.fusion, 0);
  assert.ok(l45.romAfter <= 1, 'instrumented levels are stiff from day 0');
  const text = await app.describe();
  assert.ok(/L4–L5/.test(text) && /%/.test(text), `describe() names the level and the loss: ${text}`);
});

test('non-contiguous levels are refused with a warning', async () => {
  const app = await sharedApp();
  await app.setState({ levels: ['L4-L5'] });
  const warnings = [];
  const onConsole = (m) => { if (m.type() === 'warning') warnings.push(m.text()); };
  app.page.on('console', onConsole);
  const st = await app.setState({ levels: ['L2-L3', 'L4-L5'] });
  app.page.off('console', onConsole);
  assert.deepEqual(st.levels, ['L4-L5']);
  assert.ok(warnings.some((w) => /levels/.test(w) && /next to each other/.test(w)), `warnings: ${warnings}`);
});

// Screenshots for people to look at: each view, stage, approach and graft.
const shots = [
  ['view-compare', { view: 'compare', months: 24 }],
  ['view-before', { view: 'before' }],
  ['view-after', { view: 'after', months: 24 }],
  ['view-lateral-bending', { view: 'compare', motion: 'lateral-bending', posture: 0.8, months: 24 }],
  ['view-axial-rotation', { view: 'compare', motion: 'axial-rotation', posture: 0.8, months: 24 }],
  ...[0, 1, 3, 6, 12, 24, 60].map((m) => [`stage-${m}mo`, { view: 'after', motion: 'flexion-extension', posture: 0.3, months: m }]),
  ...['posterolateral', 'tlif', 'plif', 'alif'].map((a) => [`approach-${a}`, { view: 'after', approach: a, months: 3, levels: ['L4-L5', 'L5-S1'] }]),
  ...['autograft', 'allograft', 'synthetic', 'bmp'].map((g) => [`graft-${g}`, { view: 'after', approach: 'tlif', graft: g, months: 3, levels: ['L4-L5'] }]),
];

test('screenshots of each view, stage, approach and graft', async () => {
  const app = await sharedApp();
  for (const [name, st] of shots) {
    await app.setState({ playing: false, posture: 0.3, motion: 'flexion-extension', approach: 'tlif', graft: 'autograft', levels: ['L4-L5'], ...st });
    await app.frames(3);
    const stats = imageStats(await app.screenshot(`fusion-${name}`));
    assert.ok(stats.distinctColours >= 50, `${name}: only ${stats.distinctColours} colours`);
  }
  note(`saved ${shots.length} fusion screenshots`);
}, { timeout: 300_000 });
