// Share and embed: the URL is the state, host pages talk to the app over
// postMessage, and embed mode (controls=0, small frames, the focus hint).
// See README.md, "Links" and "Host pages".

import { test, assert, env, eventually, imageStats, note, openApp, sleep, App, SCREENSHOT_DIR } from './lib.mjs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The state without the read-only segments, for comparing. */
function keys(state) {
  const { segments, ...rest } = state;
  return rest;
}

/** The query parameters of the page's address, as an object. */
async function addressParams(page) {
  return Object.fromEntries(new URLSearchParams(await page.evaluate(() => location.search)));
}

/** Checks that every key of want has that value in got. */
function assertSubset(got, want, msg) {
  for (const [k, v] of Object.entries(want)) assert.deepEqual(got[k], v, `${msg}: ${k} in ${JSON.stringify(got)}`);
}

// Runs in every frame before its scripts: records CSP violations, the
// spinefusion messages the frame receives, and calls to replaceState.
const RECORD = () => {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
  });
  window.__messages = [];
  window.addEventListener('message', (e) => {
    const d = e.data;
    if (d && typeof d === 'object' && typeof d.type === 'string' && d.type.startsWith('spinefusion:')) {
      window.__messages.push({ type: d.type, origin: e.origin, months: d.state?.months, message: d.message, at: performance.now() });
    }
  });
  window.__replaceStates = 0;
  const replace = history.replaceState;
  history.replaceState = function (...args) {
    window.__replaceStates++;
    return replace.apply(this, args);
  };
};

/**
 * Opens a host page at url in a fresh context and waits for the app in its
 * frame to be ready. opts.route: {pattern, html} serves html at a made-up
 * origin. Returns {app (the host page, as an App), frame (the app's frame)}.
 */
async function openHost(url, opts = {}) {
  const context = await env.browser.newContext({
    viewport: opts.viewport || { width: 1000, height: 900 },
    // A made-up public origin may frame the app on the loopback address.
    permissions: opts.route ? ['local-network-access'] : [],
  });
  if (opts.route) {
    await context.route(opts.route.pattern, (r) =>
      r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: opts.route.html }));
  }
  const page = await context.newPage();
  const app = new App(context, page);
  await page.addInitScript(RECORD);
  await page.goto(url, { waitUntil: 'load' });
  const appOrigin = new URL(env.baseURL).origin;
  let frame;
  await eventually(() => {
    frame = page.frames().find((f) => f !== page.mainFrame() && f.url().startsWith(appOrigin));
    assert.ok(frame, 'the app frame is there');
  }, 10_000);
  await frame.waitForFunction(() => window.spinefusion?.ready === true, null, { timeout: 60_000, polling: 100 });
  return { app, frame };
}

const messages = (pageOrFrame) => pageOrFrame.evaluate(() => window.__messages);

/** Posts msg from the host page to the app frame (the first iframe). */
function postFromHost(app, msg, target = '*') {
  return app.page.evaluate(([m, t]) => document.querySelector('iframe').contentWindow.postMessage(m, t), [msg, target]);
}

async function saveScreenshot(page, name) {
  const png = await page.screenshot({ type: 'png' });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  writeFileSync(join(SCREENSHOT_DIR, `${name}.png`), png);
  return png;
}

test('a link sets every state key, with no notice', async () => {
  const query = '?region=cervical&levels=C4-C5,C5-C6&approach=posterior&graft=allograft&months=6&view=after' +
    '&motion=lateral-bending&lang=es&labels=0&theme=dark&controls=1&autoplay=0&posture=-0.5&speed=2' +
    '&condition=herniated-disc&tour=2&reducedMotion=1';
  const app = await openApp(query);
  try {
    assert.deepEqual(keys(await app.getState()), {
      region: 'cervical', levels: ['C4-C5', 'C5-C6'], approach: 'posterior', graft: 'allograft', months: 6,
      view: 'after', motion: 'lateral-bending', lang: 'es', labels: false, theme: 'dark', controls: true,
      playing: false, posture: -0.5, speed: 2, condition: 'herniated-disc', tour: 2, wording: 'plain',
    });
    assert.equal(await app.page.locator('#notice.shown').count(), 0, 'no notice');
    // The address keeps what it carried, tour and reducedMotion too.
    await eventually(async () => assertSubset(await addressParams(app.page),
      { region: 'cervical', levels: 'C4-C5,C5-C6', posture: '-0.5', tour: '2', reducedMotion: '1' }, 'address'), 15_000);
    await saveScreenshot(app.page, 'share-link-every-key');
    assert.deepEqual(await app.cspViolations(), [], 'CSP violations');
    assert.deepEqual(app.pageErrors, [], 'page errors');
  } finally {
    await app.close();
  }
});

// Pages start paused where playing does not matter: under software WebGL
// on a busy machine, a playing app draws slowly and loads slowly.
test('the address follows the state, and a reload resumes exactly', async () => {
  const app = await openApp('?playing=0');
  try {
    await app.page.evaluate(() => {
      window.__replaceStates = 0;
      const replace = history.replaceState;
      history.replaceState = function (...args) {
        window.__replaceStates++;
        return replace.apply(this, args);
      };
    });
    // While playing, the posture moves every frame but the address does not.
    await app.setState({ playing: true, months: 6 });
    await eventually(async () => assert.equal((await addressParams(app.page)).months, '6'), 15_000);
    const before = await app.page.evaluate(() => window.__replaceStates);
    await sleep(2_000);
    const during = (await app.page.evaluate(() => window.__replaceStates)) - before;
    note(`replaceState calls in 2 s of playing: ${during}`);
    assert.equal(during, 0, 'no address writes for the posture while playing');
    assert.ok(!('posture' in (await addressParams(app.page))), 'no posture in the address while playing');

    const want = keys(await app.setState({
      levels: ['L3-L4', 'L4-L5'], view: 'after', approach: 'alif', graft: 'bmp', motion: 'axial-rotation',
      lang: 'fr', labels: false, theme: 'contrast', speed: 0.5, playing: false, posture: 0.4, months: 7.5,
    }));
    // Only what differs from the defaults (which follow the browser's
    // language and preferences) is written.
    await eventually(async () => assertSubset(await addressParams(app.page), {
      levels: 'L3-L4,L4-L5', approach: 'alif', motion: 'axial-rotation', posture: '0.4',
      speed: '0.5', view: 'after', months: '7.5', graft: 'bmp', lang: 'fr', labels: '0', theme: 'contrast',
    }, 'address'), 15_000);
    note(`address: ${await app.page.evaluate(() => location.search)}`);
    await app.page.reload({ waitUntil: 'load' });
    await app.waitReady();
    assert.deepEqual(keys(await app.getState()), want, 'the reload gave the same state back');
    assert.deepEqual(await app.cspViolations(), [], 'CSP violations');
    assert.deepEqual(app.pageErrors, [], 'page errors');
  } finally {
    await app.close();
  }
});

test('bad parameters give defaults and a notice that names them, as text', async () => {
  const bad = '?playing=0&speed=fast&motion=cartwheel&colour=red&months=6' +
    '&theme=%3Cimg%20src%3Dx%20onerror%3D%22window.__xss%3D1%22%3E&levels=L2-L3,L4-L5';
  const app = await openApp(bad);
  try {
    const st = await app.getState();
    assert.equal(st.speed, 1, 'speed falls back to the default');
    assert.equal(st.motion, 'flexion-extension');
    assert.equal(st.theme, 'light');
    assert.deepEqual(st.levels, ['L4-L5']);
    assert.equal(st.months, 6, 'the good parameter is kept');
    const notice = app.page.locator('#notice');
    await eventually(async () => assert.ok(await notice.isVisible(), 'the notice is shown'));
    assert.equal(await notice.getAttribute('role'), 'status');
    const text = await notice.locator('#notice-text').textContent();
    note(`notice: ${text}`);
    for (const word of ['Ignored from the link', 'speed', '"fast"', 'motion', 'cartwheel', 'colour', 'theme', 'levels']) {
      assert.ok(text.includes(word), `the notice names ${word}: ${text}`);
    }
    // Nothing from the link became HTML or ran.
    assert.equal(await app.page.evaluate(() => document.querySelectorAll('#notice img, body img:not(.loading-logo)').length), 0);
    assert.equal(await app.page.evaluate(() => window.__xss), undefined);
    // The address is cleaned up, so a reload does not repeat the notice.
    await eventually(async () => {
      const p = await addressParams(app.page);
      assert.equal(p.months, '6');
      for (const k of ['speed', 'motion', 'colour', 'theme', 'levels']) assert.ok(!(k in p), `${k} left the address`);
    }, 15_000);
    await saveScreenshot(app.page, 'share-notice');
    // The close button dismisses it (its label is translated, here English).
    const close = app.page.locator('#notice-close');
    assert.equal(await close.getAttribute('aria-label'), 'Close');
    const cb = await close.boundingBox();
    await app.page.mouse.click(cb.x + cb.width / 2, cb.y + cb.height / 2);
    await eventually(async () => assert.ok(!(await notice.isVisible()), 'the notice is gone'));
    assert.deepEqual(await app.cspViolations(), [], 'CSP violations');
    assert.deepEqual(app.pageErrors, [], 'page errors');
  } finally {
    await app.close();
  }
});

test('the lesson page drives the embedded app and hears ready and state', async () => {
  const { app, frame } = await openHost(env.baseURL + 'embed-example.html');
  try {
    // The app is sandboxed, has its controls hidden, and allows only the
    // lesson page's origin.
    const iframe = app.page.locator('#explorer');
    assert.equal(await iframe.getAttribute('sandbox'), 'allow-scripts allow-same-origin');
    assert.ok(await iframe.getAttribute('title'), 'the frame has a title');
    assert.equal(await iframe.getAttribute('allow'), 'fullscreen');
    assert.equal((await frame.evaluate(() => window.spinefusion.getState())).controls, false);

    await eventually(async () => {
      const got = await messages(app.page);
      assert.equal(got[0]?.type, 'spinefusion:ready', `first message: ${JSON.stringify(got[0])}`);
      assert.equal(got[0].origin, new URL(env.baseURL).origin);
    }, 5_000);
    const click = (name) => app.page.evaluate((n) =>
      [...document.querySelectorAll('.buttons button')].find((b) => b.textContent === n).click(), name);

    for (const [button, check] of [
      ['6 months', (s) => s.months === 6 && s.view === 'compare'],
      ['2 years', (s) => s.months === 24],
      ['Before', (s) => s.view === 'before'],
      ['Side bend', (s) => s.motion === 'lateral-bending' && s.playing],
    ]) {
      await click(button);
      await eventually(async () => {
        const inApp = await frame.evaluate(() => window.spinefusion.getState());
        assert.ok(check(inApp), `${button}: the app's state ${JSON.stringify(keys(inApp))}`);
        const shown = await app.page.evaluate(() => window.lesson.state);
        assert.ok(check(shown), `${button}: the state the lesson page received ${JSON.stringify(keys(shown))}`);
      });
    }
    const summary = await app.page.locator('#summary').textContent();
    note(`the lesson page shows: ${summary}`);
    assert.ok(/bending to the side/.test(summary), summary);

    // While playing, the posture does not flood the host with messages.
    const n0 = (await messages(app.page)).length;
    await sleep(2_000);
    const n = (await messages(app.page)).length - n0;
    note(`state messages in 2 s of playing: ${n}`);
    assert.ok(n <= 1, `${n} messages in 2 s while only the posture moved`);

    // get is answered with a state message.
    await app.page.evaluate(() => window.lesson.send({ type: 'spinefusion:get' }));
    await eventually(async () => {
      const got = await messages(app.page);
      assert.ok(got.length >= n0 + n + 1 && got.at(-1).type === 'spinefusion:state', 'a state message answers get');
    });

    // No keyboard focus yet: the app says so, until a click in the frame.
    const hint = frame.locator('#focus-hint');
    assert.ok(await hint.isVisible(), 'the focus hint is shown');
    assert.equal((await hint.textContent()).trim(), 'Click to use the keyboard');
    await saveScreenshot(app.page, 'share-embed-example');
    const box = await iframe.boundingBox();
    await app.page.mouse.click(box.x + 60, box.y + 40); // the title: does nothing else
    await eventually(async () => assert.ok(!(await hint.isVisible()), 'the hint is gone once the app has the focus'));
    const playing = (await frame.evaluate(() => window.spinefusion.getState())).playing;
    await app.page.keyboard.down('Space');
    await eventually(async () => assert.equal((await frame.evaluate(() => window.spinefusion.getState())).playing, !playing, 'Space works in the frame'));
    await app.page.keyboard.up('Space');

    // Focus back on the lesson page: the hint comes back.
    await app.page.evaluate(() => document.querySelector('.buttons button').focus());
    await eventually(async () => assert.ok(await hint.isVisible(), 'the hint is back'));

    assert.deepEqual(await app.page.evaluate(() => window.__cspViolations), [], 'CSP violations on the lesson page');
    assert.deepEqual(await frame.evaluate(() => window.__cspViolations), [], 'CSP violations in the app');
    assert.deepEqual(app.pageErrors, [], 'page errors');
    assert.deepEqual(app.failedResponses, [], 'failed responses');
    assert.deepEqual(app.foreignRequests, [], 'requests leaving the origin');
  } finally {
    await app.close();
  }
});

test('malformed messages and messages from elsewhere change nothing', async () => {
  const { app, frame } = await openHost(env.baseURL + 'embed-example.html');
  try {
    const origin = new URL(env.baseURL).origin;
    await postFromHost(app, { type: 'spinefusion:set', state: { playing: false, posture: 0.25, months: 12 } }, origin);
    await eventually(async () => assert.equal((await frame.evaluate(() => window.spinefusion.getState())).months, 12));
    const before = keys(await frame.evaluate(() => window.spinefusion.getState()));
    const errors = async () => (await messages(app.page)).filter((m) => m.type === 'spinefusion:error');
    const e0 = (await errors()).length;

    const refused = [
      { type: 'spinefusion:set' },
      { type: 'spinefusion:set', state: 'months=3' },
      { type: 'spinefusion:set', state: { months: 'soon' } },
      { type: 'spinefusion:set', state: { months: 3, speed: 99 } }, // all or nothing
      { type: 'spinefusion:set', state: { view: { toString: 'after' } } },
      { type: 'spinefusion:set', state: { months: 3 }, then: 'alert(1)' },
      { type: 'spinefusion:explode' },
      { type: 'spinefusion:state', state: { months: 3 } },
    ];
    const ignored = ['spinefusion:set', JSON.stringify({ type: 'spinefusion:set', state: { months: 3 } }), null, 42,
      [{ type: 'spinefusion:set', state: { months: 3 } }], { type: 'other-library', state: { months: 3 } }];
    for (const m of [...refused, ...ignored]) await postFromHost(app, m, origin);
    await eventually(async () => assert.equal((await errors()).length - e0, refused.length, 'one error per refused message'));
    note(`errors: ${(await errors()).slice(e0, e0 + 3).map((e) => e.message).join(' | ')} …`);

    // Not from the parent: the app's own window, and a sibling frame.
    await frame.evaluate(() => window.postMessage({ type: 'spinefusion:set', state: { months: 3 } }, '*'));
    await app.page.evaluate((url) => new Promise((resolve) => {
      const f = document.createElement('iframe');
      f.id = 'sibling';
      f.addEventListener('load', resolve, { once: true });
      f.src = url;
      document.body.append(f);
    }), env.baseURL + 'build.json');
    const sibling = app.page.frames().find((f) => f.url().endsWith('/build.json'));
    assert.ok(sibling, 'the sibling frame');
    await sibling.evaluate(() => window.parent.document.getElementById('explorer').contentWindow
      .postMessage({ type: 'spinefusion:set', state: { months: 3 } }, '*'));
    await sleep(1_500);
    assert.deepEqual(keys(await frame.evaluate(() => window.spinefusion.getState())), before, 'the state is unchanged');
    assert.deepEqual(await frame.evaluate(() => window.__cspViolations), [], 'CSP violations in the app');
    assert.deepEqual(app.pageErrors, [], 'page errors');
  } finally {
    await app.close();
  }
});

// A lesson page on another origin, served by the test itself.
const foreign = () => 'https://school.example'; // secure, so it may frame a loopback page
function foreignHost(appQuery) {
  return {
    route: {
      pattern: `${foreign()}/**`,
      html: `<!doctype html><title>Lesson</title><iframe title="Spinal Fusion Explorer" width="640" height="400"
        sandbox="allow-scripts allow-same-origin" src="${env.baseURL}${appQuery}"></iframe>`,
    },
  };
}

test('a host on another origin can drive the app, unless origin= leaves it out', async () => {
  // No allowlist: any parent may talk to the app.
  let { app, frame } = await openHost(`${foreign()}/lesson.html`, foreignHost('?playing=0'));
  try {
    await eventually(async () => {
      const got = await messages(app.page);
      assert.equal(got[0]?.type, 'spinefusion:ready', 'the foreign host hears ready');
    }, 5_000);
    await postFromHost(app, { type: 'spinefusion:set', state: { months: 3 } });
    await eventually(async () => assert.equal((await frame.evaluate(() => window.spinefusion.getState())).months, 3));
    await eventually(async () => assert.ok((await messages(app.page)).some((m) => m.type === 'spinefusion:state' && m.months === 3)));
  } finally {
    await app.close();
  }

  // An allowlist that does not name the host: nothing in, nothing out.
  ({ app, frame } = await openHost(`${foreign()}/lesson.html`, foreignHost('?playing=0&origin=https://other.example')));
  try {
    await postFromHost(app, { type: 'spinefusion:set', state: { months: 3 } });
    await postFromHost(app, { type: 'spinefusion:set', state: { months: 'bad' } });
    await postFromHost(app, { type: 'spinefusion:get' });
    await sleep(1_500);
    assert.equal((await frame.evaluate(() => window.spinefusion.getState())).months, 24, 'the state is unchanged');
    assert.deepEqual(await messages(app.page), [], 'the host heard nothing, not even an error');
  } finally {
    await app.close();
  }

  // An allowlist that names it: works.
  ({ app, frame } = await openHost(`${foreign()}/lesson.html`, foreignHost(`?playing=0&origin=https://other.example,${foreign()}`)));
  try {
    await postFromHost(app, { type: 'spinefusion:set', state: { months: 3 } }, new URL(env.baseURL).origin);
    await eventually(async () => assert.equal((await frame.evaluate(() => window.spinefusion.getState())).months, 3));
    await eventually(async () => assert.ok((await messages(app.page)).some((m) => m.type === 'spinefusion:ready')));
  } finally {
    await app.close();
  }
});

test('the app at the top level ignores messages', async () => {
  const app = await openApp('?playing=0');
  try {
    await app.page.evaluate(() => window.postMessage({ type: 'spinefusion:set', state: { months: 3 } }, '*'));
    await sleep(1_000);
    assert.equal((await app.getState()).months, 24);
    assert.equal(await app.page.locator('#focus-hint').isVisible(), false, 'no focus hint at the top level');
  } finally {
    await app.close();
  }
});

test('controls=0 hides the controls; small frames down to 320×240', async () => {
  for (const [query, name] of [['?controls=0&playing=0', 'share-320x240-no-controls'], ['?playing=0', 'share-320x240-controls']]) {
    const app = await openApp(query, { viewport: { width: 320, height: 240 } });
    try {
      const st = await app.getState();
      const widgets = (await app.page.evaluate(() => window.spinefusion.widgets())) || [];
      if (query.includes('controls=0')) {
        assert.equal(st.controls, false);
        assert.equal(widgets.length, 0, `no controls on screen: ${JSON.stringify(widgets.map((w) => w.label))}`);
      } else {
        assert.ok(widgets.length > 0, 'the controls are there');
      }
      await app.frames(5);
      const stats = imageStats(await app.screenshot(name));
      note(`${name}: ${stats.distinctColours} colours`);
      assert.ok(stats.distinctColours > 50, 'not blank');
      // Keyboard shortcuts still work without the controls.
      if (query.includes('controls=0')) {
        await app.page.mouse.click(160, 20);
        await app.page.keyboard.down('Space');
        await eventually(async () => assert.equal((await app.getState()).playing, true, 'Space plays'));
        await app.page.keyboard.up('Space');
      }
    } finally {
      await app.close();
    }
  }
});
