// The neck: region=cervical with each approach over one to three levels;
// getState() and describe() speak of the neck, and screenshots of the
// before, after and compare views for people to look at.

import { test, assert, eventually, imageStats, note, sharedApp } from './lib.mjs';

const neck = { region: 'cervical', playing: false, posture: 0.6, motion: 'flexion-extension', months: 24 };

test('the neck: state, segments and describe() for each approach and 1-3 levels', async () => {
  const app = await sharedApp();
  const cases = [
    { approach: 'acdf', levels: ['C5-C6'] },
    { approach: 'acdf', levels: ['C4-C5', 'C5-C6'] },
    { approach: 'acdf', levels: ['C4-C5', 'C5-C6', 'C6-C7'] },
    { approach: 'posterior', levels: ['C5-C6', 'C6-C7'] },
    { approach: 'posterior', levels: ['C3-C4', 'C4-C5', 'C5-C6'] },
  ];
  for (const c of cases) {
    const st = await app.setState({ ...neck, view: 'compare', ...c });
    assert.equal(st.region, 'cervical');
    assert.equal(st.approach, c.approach);
    assert.deepEqual(st.levels, c.levels);
    assert.deepEqual(st.segments.map((s) => s.name), ['C2-C3', 'C3-C4', 'C4-C5', 'C5-C6', 'C6-C7', 'C7-T1']);
    const want = { 'C2-C3': 10, 'C3-C4': 15, 'C4-C5': 20, 'C5-C6': 20, 'C6-C7': 17, 'C7-T1': 9 };
    for (const s of st.segments) {
      assert.equal(s.romBefore, want[s.name], `${s.name} romBefore`);
      assert.equal(s.fused, c.levels.includes(s.name), `${s.name} fused`);
      if (s.fused) assert.ok(s.romAfter < 1, `${s.name} still moves ${s.romAfter}° after fusion`);
    }
    const d = await app.describe();
    assert.match(d, /neck/);
    assert.match(d, /C2/);
    assert.ok(d.includes(c.levels.map((l) => l.replace('-', '–')).join(', ')), d);
  }
});

test('switching region resets levels and approach; a bad combination gives the default', async () => {
  const app = await sharedApp();
  let st = await app.setState({ region: 'lumbar', levels: ['L3-L4', 'L4-L5'], approach: 'plif' });
  st = await app.setState({ region: 'cervical' });
  assert.deepEqual([st.levels, st.approach], [['C5-C6'], 'acdf']);
  // Posterior fusion of the neck joins two or three levels.
  st = await app.setState({ approach: 'posterior' });
  assert.equal(st.approach, 'acdf');
  st = await app.setState({ levels: ['C4-C5', 'C5-C6'], approach: 'posterior' });
  assert.equal(st.approach, 'posterior');
  st = await app.setState({ levels: ['C5-C6'] });
  assert.deepEqual([st.levels, st.approach], [['C5-C6'], 'acdf']);
  st = await app.setState({ region: 'lumbar' });
  assert.deepEqual([st.levels, st.approach], [['L4-L5'], 'tlif']);
});

test('the surgery card switches region and shows the neck levels and approaches', async () => {
  const app = await sharedApp();
  await app.setState({ region: 'lumbar', view: 'compare', playing: false });
  await app.frames(2);
  const find = async (role, label) => {
    const ws = await app.page.evaluate(() => window.spinefusion.widgets());
    return ws.find((w) => w.role === role && w.label === label);
  };
  const click = async (w) => {
    await app.page.mouse.click(w.x + w.width / 2, w.y + w.height / 2);
    await app.frames(2);
  };
  await click(await find('radio', 'Neck'));
  await eventually(async () => assert.equal((await app.getState()).region, 'cervical'));
  await eventually(async () => assert.ok(await find('radio', 'C6–C7'), 'no C6–C7 in the card'));
  assert.ok(await find('radio', 'ACDF'));
  assert.ok(!(await find('radio', 'TLIF')), 'the neck card still offers TLIF');
  await click(await find('radio', 'C4–C5'));
  await click(await find('radio', '2'));
  await eventually(async () => assert.deepEqual((await app.getState()).levels, ['C4-C5', 'C5-C6']));
  await click(await find('radio', 'Back'));
  await eventually(async () => assert.equal((await app.getState()).approach, 'posterior'));
  // Posterior neck fusion joins two or three levels: with one level
  // chosen, the card takes in the level below.
  await click(await find('radio', '1'));
  await eventually(async () => assert.equal((await app.getState()).approach, 'acdf'));
  await click(await find('radio', 'Back'));
  await eventually(async () => {
    const st = await app.getState();
    assert.deepEqual([st.approach, st.levels], ['posterior', ['C4-C5', 'C5-C6']]);
  });
  await click(await find('radio', 'Low back'));
  await eventually(async () => assert.deepEqual((await app.getState()).levels, ['L4-L5']));
  assert.ok(await find('radio', 'TLIF'));
});

test('screenshots of the neck: before, after, compare, each approach and view', async () => {
  const app = await sharedApp();
  const shots = [
    ['acdf-compare', { approach: 'acdf', levels: ['C5-C6'], view: 'compare' }],
    ['acdf-before', { approach: 'acdf', levels: ['C5-C6'], view: 'before', posture: 0 }],
    ['acdf-after', { approach: 'acdf', levels: ['C5-C6'], view: 'after', posture: 0 }],
    ['acdf-3-after', { approach: 'acdf', levels: ['C4-C5', 'C5-C6', 'C6-C7'], view: 'after', posture: 0 }],
    ['acdf-day0', { approach: 'acdf', levels: ['C5-C6'], view: 'after', months: 0 }],
    ['posterior-after', { approach: 'posterior', levels: ['C4-C5', 'C5-C6'], view: 'after', posture: 0 }],
    ['posterior-compare', { approach: 'posterior', levels: ['C4-C5', 'C5-C6', 'C6-C7'], view: 'compare' }],
    ['front-acdf', { approach: 'acdf', levels: ['C5-C6', 'C6-C7'], view: 'compare', motion: 'lateral-bending', posture: 0.8 }],
    ['top-acdf', { approach: 'acdf', levels: ['C5-C6'], view: 'compare', motion: 'axial-rotation', posture: 0.8 }],
    ['front-posterior', { approach: 'posterior', levels: ['C4-C5', 'C5-C6'], view: 'after', motion: 'lateral-bending', posture: 0 }],
    ['top-posterior', { approach: 'posterior', levels: ['C4-C5', 'C5-C6'], view: 'after', motion: 'axial-rotation', posture: 0 }],
  ];
  for (const [name, s] of shots) {
    await app.setState({ ...neck, ...s });
    await app.frames(3);
    const stats = imageStats(await app.screenshot(`cervical-${name}`));
    assert.ok(stats.distinctColours > 50, `${name}: the picture looks blank`);
  }
  assert.deepEqual(app.pageErrors, []);
  note(`saved ${shots.length} neck screenshots`);
});
