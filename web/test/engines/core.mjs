// The core browser checks, run the same way in every engine through a
// driver from drivers.mjs: the app gets ready, draws a non-blank canvas,
// answers the page API, and obeys a pointer click and the keyboard, with no
// page error. Each check is {name, run(ctx)}; run throws on failure.

import { assert, imageStats, sleep } from '../lib.mjs';

/** Polls fn (async, returning a value or throwing) until it passes. */
async function until(fn, timeout, what) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      return await fn();
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`${what}: ${last && last.message}`);
    await sleep(200);
  }
}

// Page-side snippets (function sources, run by driver.evaluate).
const READY = `() => {
  if (window.spinefusion && window.spinefusion.ready === true) return 'ready';
  const box = document.getElementById('loading');
  if (box && box.classList.contains('error')) return 'error: ' + document.getElementById('loading-message').textContent;
  return 'waiting';
}`;
const OVERLAY_GONE = `() => { const el = document.getElementById('loading'); return !el || el.hidden || getComputedStyle(el).display === 'none'; }`;
// Uncaught errors from now on (the loader itself reports load-time errors
// on its error screen, which READY turns into a failure).
const WATCH_ERRORS = `() => {
  window.__engineErrors = [];
  addEventListener('error', (e) => window.__engineErrors.push(String(e.message || e)));
  addEventListener('unhandledrejection', (e) => window.__engineErrors.push('unhandled rejection: ' + String(e.reason)));
  return true;
}`;
const ERRORS = `() => (window.__engineErrors || []).concat(
  document.getElementById('loading').classList.contains('error') ? ['error screen: ' + document.getElementById('loading-message').textContent] : [])`;
const GET = `() => window.spinefusion.getState()`;
const SET = `(p) => window.spinefusion.setState(p)`;
const DESCRIBE = `() => window.spinefusion.describe()`;
const WIDGETS = `() => window.spinefusion.widgets()`;

const center = (w) => [w.x + w.width / 2, w.y + w.height / 2];

export const checks = [
  {
    name: 'gets ready and hides the loading screen',
    async run(ctx) {
      const start = Date.now();
      await ctx.driver.open(ctx.url);
      await until(async () => {
        const r = await ctx.driver.evaluate(READY);
        if (r.startsWith('error')) throw new Error(r);
        assert.equal(r, 'ready');
      }, 150_000, 'window.spinefusion.ready');
      await until(async () => assert.equal(await ctx.driver.evaluate(OVERLAY_GONE), true), 20_000, 'loading overlay');
      ctx.note(`ready after ${((Date.now() - start) / 1000).toFixed(1)} s`);
      await ctx.driver.evaluate(WATCH_ERRORS);
    },
  },
  {
    name: 'draws a non-blank canvas',
    async run(ctx) {
      const png = await ctx.driver.screenshot();
      ctx.save('initial', png);
      const s = imageStats(png);
      assert.ok(s.distinctColours > 100, `only ${s.distinctColours} colours: blank?`);
      assert.ok(s.stddev > 10, `luminance deviation ${s.stddev.toFixed(1)}: blank?`);
    },
  },
  {
    name: 'page API: setState, getState and describe round-trip',
    async run(ctx) {
      const want = { view: 'after', months: 6, levels: ['L3-L4', 'L4-L5'], playing: false, motion: 'lateral-bending' };
      await ctx.driver.evaluate(SET, want);
      const got = await until(async () => {
        const st = await ctx.driver.evaluate(GET);
        for (const [k, v] of Object.entries(want)) assert.deepEqual(st[k], v, k);
        return st;
      }, 10_000, 'state after setState');
      assert.equal(got.segments.find((s) => s.name === 'L3-L4').fused, true);
      const text = await ctx.driver.evaluate(DESCRIBE);
      assert.match(text, /L3/, 'describe() names the fused levels');
      assert.match(text, /6 months/, 'describe() names the time');
    },
  },
  {
    name: 'a pointer click on "Before" changes the view',
    async run(ctx) {
      await ctx.driver.evaluate(SET, { view: 'compare', motion: 'flexion-extension', playing: false });
      const option = await until(async () => {
        const o = (await ctx.driver.evaluate(WIDGETS)).find((w) => w.role === 'radio' && w.label === 'Before');
        assert.ok(o, 'a "Before" option in widgets()');
        return o;
      }, 10_000, 'widgets');
      await ctx.driver.click(...center(option));
      await until(async () => assert.equal((await ctx.driver.evaluate(GET)).view, 'before'), 10_000, 'view after the click');
    },
  },
  {
    name: 'the keyboard plays, picks an option and moves the focus',
    async run(ctx) {
      // The click above focused the view switch (without a ring): Space is
      // left to the scene and plays; the arrow moves to the next option.
      await ctx.driver.press('Space');
      await until(async () => assert.equal((await ctx.driver.evaluate(GET)).playing, true), 10_000, 'Space plays');
      await ctx.driver.press('Space');
      await until(async () => assert.equal((await ctx.driver.evaluate(GET)).playing, false), 10_000, 'Space pauses');
      await ctx.driver.press('ArrowRight');
      await until(async () => assert.equal((await ctx.driver.evaluate(GET)).view, 'after'), 10_000, 'ArrowRight on the view switch');
      const before = (await ctx.driver.evaluate(WIDGETS)).find((w) => w.focused);
      await ctx.driver.press('Tab');
      await until(async () => {
        const now = (await ctx.driver.evaluate(WIDGETS)).find((w) => w.focused);
        assert.ok(now, 'a focused widget after Tab');
        assert.notEqual(now.label, before && before.label, 'Tab moved the focus');
      }, 10_000, 'Tab');
      ctx.save('after-input', await ctx.driver.screenshot());
    },
  },
  {
    name: 'no page errors',
    async run(ctx) {
      assert.deepEqual(await ctx.driver.evaluate(ERRORS), []);
    },
  },
];
