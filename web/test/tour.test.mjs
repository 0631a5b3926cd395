// The guided tour (tour=N) and the plain/clinical wording (wording=...):
// driven with the keyboard only, opened from a link, left with Escape;
// screenshots of a few steps at 1280×720, phone size and a tiny embed.

import { test, assert, eventually, openApp, sharedApp } from './lib.mjs';

const STEPS = 13;

const widgets = (app) => app.page.evaluate(() => window.spinefusion.widgets());
const focused = async (app) => (await widgets(app)).find((w) => w.focused);
const liveText = (app) => app.page.evaluate(() => document.getElementById('sf-live')?.textContent || '');

/**
 * Presses key and holds it for two frames: a paused app rests between
 * ticks, and a key pressed and let go within one rest would pass unseen.
 */
async function press(app, combo) {
  const keys = combo.split('+'); // "Shift+Tab": Shift, then Tab
  for (const k of keys) await app.page.keyboard.down(k);
  await app.frames(2);
  for (const k of keys.reverse()) await app.page.keyboard.up(k);
}

/** Presses key, then waits until the state's tour is want. */
async function pressUntilStep(app, key, want) {
  await press(app, key);
  await eventually(async () => assert.equal((await app.getState()).tour, want, `after ${key}`), 15_000);
}

/**
 * Presses key until the tour is at step want (at most n times): on a small
 * card Next first turns the pages of a long step.
 */
async function pressToStep(app, key, want, n = 4) {
  for (let i = 0; i < n; i++) {
    await press(app, key);
    try {
      await eventually(async () => assert.equal((await app.getState()).tour, want), 3_000);
      return;
    } catch {
      // Still on the same step: a page turned.
    }
  }
  assert.equal((await app.getState()).tour, want, `after ${n} × ${key}`);
}

/** Presses Tab (or key) until the focused widget has the label (at most n times). */
async function tabTo(app, label, n = 30, key = 'Tab') {
  for (let i = 0; i < n; i++) {
    await press(app, key);
    await app.frames(1);
    if ((await focused(app))?.label === label) return;
  }
  assert.fail(`Tab never reached "${label}"`);
}

// Reduced motion keeps the spine still on every step: the machine running
// the tests draws slowly.
const QUERY = '?reducedMotion=1';
// The machine running the tests may be busy: give the app time to load.
const SLOW = { readyTimeout: 180_000 };

test('the tour runs from start to end with the keyboard only; Esc leaves it', async () => {
  const app = await sharedApp(QUERY, SLOW);
  await app.setState({ tour: 0, wording: 'plain', lang: 'en' });
  // The tour's widgets come last in the Tab order: Shift+Tab reaches them.
  await tabTo(app, 'Guided tour', 3, 'Shift+Tab');
  await pressUntilStep(app, 'Enter', 1);
  await eventually(async () => assert.equal((await focused(app))?.label, 'Next', 'Next has the focus'));
  let d = await app.describe();
  assert.ok(d.startsWith(`Guided tour, step 1 of ${STEPS}: What your spine does.`), d);
  await eventually(async () => assert.match(await liveText(app), /step 1 of 13: What your spine does/), 10_000);
  await app.screenshot('tour-1280-step1');

  const titles = [];
  for (let k = 2; k <= STEPS; k++) {
    // Enter on the focused Next button, or the arrow keys.
    await pressUntilStep(app, k % 3 === 0 ? 'ArrowRight' : 'Enter', k);
    d = await app.describe();
    const m = d.match(new RegExp(`^Guided tour, step ${k} of ${STEPS}: ([^.]+)\\.`));
    assert.ok(m, `step ${k}: ${d}`);
    titles.push(m[1]);
    if (k === 7) {
      const st = await app.getState();
      assert.equal(st.view, 'after');
      assert.equal(st.months, 0, 'the operation is on the day of surgery');
      await app.screenshot('tour-1280-step7-operation');
    }
    if (k === 9) {
      assert.match(d, /51% of fusions were solid at 6 months and 85% at one year/);
      await app.screenshot('tour-1280-step9-solid');
    }
  }
  assert.equal(new Set(titles).size, STEPS - 1, 'every step has its own title');
  assert.equal((await focused(app))?.label, 'Finish', 'the last step finishes');
  await app.screenshot('tour-1280-step13');
  // Back, then on again, then Esc leaves.
  await pressUntilStep(app, 'ArrowLeft', STEPS - 1);
  await pressUntilStep(app, 'PageDown', STEPS);
  await pressUntilStep(app, 'Escape', 0);
  assert.ok(!(await app.describe()).startsWith('Guided tour'), 'the caption is gone');
  assert.ok(!(await widgets(app)).some((w) => w.label === 'Next'), 'the card is gone');
  // T opens it again; Finish on the last step closes it.
  await pressUntilStep(app, 't', 1);
  assert.equal((await app.getState()).playing, false, 'reduced motion: the step does not play by itself');
  await app.setState({ tour: STEPS });
  await eventually(async () => assert.equal((await focused(app))?.label, 'Finish'));
  await pressUntilStep(app, 'Enter', 0);
  assert.deepEqual(app.pageErrors, []);
}, { timeout: 300_000 });

test('the wording switch changes the words, not the scene', async () => {
  const app = await sharedApp(QUERY, SLOW);
  await app.setState({ tour: 0, wording: 'plain', view: 'compare', levels: ['L4-L5'], months: 24, posture: 1, playing: false });
  const plain = await app.describe();
  assert.match(plain, /bent forward/);
  await press(app, 'Escape'); // no focus: Shift+Tab starts from the end
  await tabTo(app, 'Clinical terms', 2, 'Shift+Tab');
  await press(app, 'Space');
  await eventually(async () => assert.equal((await app.getState()).wording, 'clinical'));
  const clinical = await app.describe();
  assert.notEqual(clinical, plain);
  assert.match(clinical, /sagittal view, flexion-extension/);
  assert.match(clinical, /TLIF \(transforaminal lumbar interbody fusion\) at L4–L5/);
  const st = await app.getState();
  assert.equal(st.view, 'compare');
  assert.equal(st.posture, 1, 'the same scene');
  await app.screenshot('tour-1280-clinical');
  // W switches back, from anywhere.
  await press(app, 'Escape');
  await press(app, 'w');
  await eventually(async () => assert.equal((await app.getState()).wording, 'plain'));
  assert.equal(await app.describe(), plain);
});

test('on a phone the card takes the controls’ place; a step past the end is ignored with a notice', async () => {
  const app = await openApp('?tour=99&reducedMotion=1', { ...SLOW, viewport: { width: 390, height: 844 } });
  try {
    assert.equal((await app.getState()).tour, 0);
    const notice = await app.page.locator('#notice-text').textContent();
    assert.match(notice, /tour/, `notice: ${notice}`);
    await app.setState({ tour: 9 });
    await eventually(async () => {
      const ws = await widgets(app);
      const next = ws.find((w) => w.label === 'Next');
      assert.ok(next && next.y + next.height <= 844 && next.x >= 0 && next.x + next.width <= 390, 'Next on screen');
      assert.ok(!ws.some((w) => w.label === 'Pause' || w.label === 'Play'), 'the controls bar gives way');
    }, 15_000);
    await app.screenshot('tour-phone-step9');
    await app.setState({ tour: 2 });
    await eventually(async () => assert.equal((await app.getState()).posture, 1));
    await app.frames(3);
    await app.screenshot('tour-phone-step2');
    await app.setState({ tour: 0 });
    await eventually(async () => assert.ok((await widgets(app)).some((w) => w.label === 'Guided tour'), 'the Tour button is back'));
  } finally {
    await app.close();
  }
});

test('a link opens the tour at a step; without controls, in a tiny frame, the keyboard runs it', async () => {
  const app = await openApp('?controls=0&reducedMotion=1&tour=3&months=6', { ...SLOW, viewport: { width: 320, height: 240 } });
  try {
    const st = await app.getState();
    assert.equal(st.tour, 3);
    assert.equal(st.view, 'before', "the step's scene");
    assert.equal(st.condition, 'degenerative-disc');
    assert.equal(st.months, 6, 'a key given with the step changes its scene');
    assert.match(await app.describe(), /^Guided tour, step 3 of 13: When a disc wears out\./);
    await eventually(async () => assert.match(await app.page.evaluate(() => location.search), /tour=3/), 10_000);
    // Only the card's buttons are there, and Tab reaches them.
    assert.deepEqual((await widgets(app)).map((w) => w.label).sort(), ['Back', 'Leave tour', 'Next']);
    await tabTo(app, 'Next', 5);
    await pressToStep(app, 'Enter', 4);
    // Focus is now on the hidden HTML "Next" (Tab passed through the
    // canvas); the app's shortcut keys are handed on to it from there.
    await pressToStep(app, 'ArrowRight', 5);
    const ws = await widgets(app);
    for (const label of ['Leave tour', 'Back', 'Next']) {
      const w = ws.find((x) => x.label === label);
      assert.ok(w && w.x >= 0 && w.y >= 0 && w.x + w.width <= 320 && w.y + w.height <= 240, `${label} fits: ${JSON.stringify(w)}`);
    }
    await app.frames(3);
    await app.screenshot('tour-tiny-step5');
    await pressUntilStep(app, 'Escape', 0);
    assert.equal((await widgets(app)).length, 0, 'no controls once the tour is left');
    await pressUntilStep(app, 't', 1);
  } finally {
    await app.close();
  }
});
