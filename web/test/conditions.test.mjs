// The conditions that lead to a fusion: every condition can be set, is
// echoed by getState() and named by describe(), and is drawn before and
// after the fusion (screenshots for people to look at, and a check that
// each condition's picture differs from the others').

import { test, assert, decodePNG, eventually, sharedApp } from './lib.mjs';

const CONDITIONS = {
  'degenerative-disc': { name: 'Worn disc', before: 'disc has worn flat', after: 'props the L4–L5 disc space open' },
  'herniated-disc': { name: 'Herniated disc', before: 'pushes out into the spinal canal', after: 'herniated part is removed' },
  spondylolisthesis: { name: 'Slipped vertebra', before: 'L4 has slipped', after: 'no longer moves when bending' },
  fracture: { name: 'Broken vertebra', before: 'squashed into a wedge', after: 'screws and rods straighten L4' },
  scoliosis: { name: 'Sideways curve', before: '(Cobb angle) from T12 to L4', after: 'straighten the curve' },
  'failed-surgery': { name: 'Earlier surgery', before: 'a laminectomy', after: 'hold the level still' },
  healthy: { name: 'A healthy spine', before: 'discs at full height', after: 'what a fusion alone does' },
};

const BASE = { playing: false, posture: 0, motion: 'flexion-extension', levels: ['L4-L5'], approach: 'tlif', months: 24, labels: true, lang: 'en', region: 'lumbar' };

test('every condition is echoed by getState() and told by describe()', async () => {
  const app = await sharedApp();
  for (const [condition, want] of Object.entries(CONDITIONS)) {
    const st = await app.setState({ ...BASE, condition, view: 'compare' });
    assert.equal(st.condition, condition);
    const d = await app.describe();
    for (const phrase of [want.name, want.before, want.after]) {
      assert.ok(d.includes(phrase), `${condition}: describe() lacks "${phrase}": ${d}`);
    }
    const before = await app.setState({ view: 'before' });
    assert.equal(before.view, 'before');
    const db = await app.describe();
    assert.ok(db.includes(want.before) && !db.includes(want.after), `${condition} before: ${db}`);
  }
  // Scoliosis is fused over its curve: the segments say so, the levels
  // chosen are kept for the other conditions.
  const sc = await app.setState({ ...BASE, condition: 'scoliosis', view: 'compare' });
  assert.deepEqual(sc.levels, ['L4-L5']);
  assert.deepEqual(sc.segments.filter((s) => s.fused).map((s) => s.name), ['T12-L1', 'L1-L2', 'L2-L3', 'L3-L4']);
  assert.ok((await app.describe()).includes('whatever levels are chosen'));
  // The card shows the span really fused, its level and approach groups
  // locked, for screen readers too (a disabled fieldset).
  await eventually(async () => {
    const groups = (await app.page.evaluate(() => window.spinefusion.widgets())).filter((w) => w.role === 'radiogroup');
    const curve = groups.find((w) => w.label === 'Fused for the curve: T12 to L4');
    assert.ok(curve && curve.disabled, `a locked "Fused for the curve" group: ${JSON.stringify(groups.map((g) => [g.label, g.disabled]))}`);
    assert.ok(groups.find((w) => w.label === 'Approach').disabled, 'the approach is locked');
    const mirrored = await app.page.evaluate(() => [...document.querySelectorAll('#sf-controls fieldset')]
      .map((f) => [f.querySelector('legend').textContent, f.disabled]));
    assert.ok(mirrored.some(([l, d]) => l === 'Fused for the curve: T12 to L4' && d), `mirror: ${JSON.stringify(mirrored)}`);
  });
  const fr = await app.setState({ condition: 'fracture' });
  await eventually(async () => {
    const groups = (await app.page.evaluate(() => window.spinefusion.widgets())).filter((w) => w.role === 'radiogroup');
    assert.ok(!groups.some((w) => w.disabled), 'nothing locked once the curve is gone');
  });
  assert.deepEqual(fr.segments.filter((s) => s.fused).map((s) => s.name), ['L4-L5']);
  // An unknown condition is ignored.
  const bad = await app.setState({ condition: 'sore-back' });
  assert.equal(bad.condition, 'fracture');
  // Other languages name the condition too.
  await app.setState({ condition: 'spondylolisthesis', lang: 'es' });
  assert.ok((await app.describe()).includes('espondilolistesis'));
  await app.setState({ lang: 'en' });
});

// differing is the share of pixels that differ clearly between two PNGs.
function differing(a, b) {
  const x = decodePNG(a);
  const y = decodePNG(b);
  let n = 0;
  for (let i = 0; i < x.data.length; i += x.channels) {
    const d = Math.abs(x.data[i] - y.data[i]) + Math.abs(x.data[i + 1] - y.data[i + 1]) + Math.abs(x.data[i + 2] - y.data[i + 2]);
    if (d > 60) n++;
  }
  return n / (x.width * x.height);
}

test('each condition is drawn before and after the fusion (screenshots)', async () => {
  const app = await sharedApp();
  const befores = {};
  for (const condition of Object.keys(CONDITIONS)) {
    for (const view of ['before', 'after']) {
      // A slip is shown bent forward, where it is worst.
      const posture = condition === 'spondylolisthesis' || condition === 'failed-surgery' ? 1 : 0;
      await app.setState({ ...BASE, condition, view, posture });
      await app.frames(3);
      await eventually(async () => assert.equal((await app.getState()).condition, condition));
      const png = await app.screenshot(`conditions-${condition}-${view}`);
      if (view === 'before') befores[condition] = png;
    }
  }
  // The default view compares both spines side by side.
  await app.setState({ ...BASE, condition: 'degenerative-disc', view: 'compare' });
  await app.frames(3);
  await app.screenshot('conditions-degenerative-disc-compare');
  await app.setState({ ...BASE, condition: 'spondylolisthesis', view: 'compare', posture: 1 });
  await app.frames(3);
  await app.screenshot('conditions-spondylolisthesis-compare-flexed');
  await app.setState({ posture: -1 });
  await app.frames(3);
  await app.screenshot('conditions-spondylolisthesis-compare-extended');
  // Same levels, view and time: what differs before surgery is the condition.
  const names = Object.keys(befores);
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const share = differing(befores[names[i]], befores[names[j]]);
      assert.ok(share > 0.003, `${names[i]} and ${names[j]} look alike before surgery (${(share * 100).toFixed(2)}% of pixels differ)`);
    }
  }
});

test('in the neck, a condition sits at the fused level; scoliosis is not drawn there', async () => {
  const app = await sharedApp();
  const st = await app.setState({ ...BASE, region: 'cervical', levels: ['C5-C6'], approach: 'acdf', condition: 'degenerative-disc', view: 'before' });
  assert.equal(st.region, 'cervical');
  assert.equal(st.condition, 'degenerative-disc');
  assert.ok((await app.describe()).includes('C5–C6 disc has worn flat'), await app.describe());
  await app.frames(3);
  await app.screenshot('conditions-cervical-degenerative-disc-before');
  await app.setState({ condition: 'scoliosis', view: 'compare' });
  const d = await app.describe();
  assert.ok(d.includes('shown for the low back') && !d.includes('Cobb'), d);
  const sc = await app.getState();
  assert.deepEqual(sc.segments.filter((s) => s.fused).map((s) => s.name), ['C5-C6']);
  await app.setState({ ...BASE, condition: 'degenerative-disc', view: 'compare' });
});
