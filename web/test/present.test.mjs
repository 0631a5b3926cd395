// Share panel, presenter tools and offline use (issue #5, parts 2, 5 and
// 7): the share panel's link, QR code and iframe snippet; pen, eraser,
// clear and laser pointer by mouse, touch and pen; saving the frame as a
// PNG; the service worker and the manifest.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, assert, decodePNG, env, eventually, imageStats, note, openApp, sharedApp, SCREENSHOT_DIR, widget, click } from './lib.mjs';

function keys(state) {
  const { segments, ...rest } = state;
  return rest;
}

/** zbarimg's path, or '' when zbar-tools is not installed. */
function zbarimg() {
  try {
    return execFileSync('sh', ['-c', 'command -v zbarimg'], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

/** The RGBA of pixel (x, y), in CSS pixels, of the canvas with id. */
function pixel(app, id, x, y) {
  return app.page.evaluate(([id, x, y]) => {
    const c = document.getElementById(id);
    const s = c.width / c.getBoundingClientRect().width;
    return Array.from(c.getContext('2d').getImageData(Math.round(x * s), Math.round(y * s), 1, 1).data);
  }, [id, x, y]);
}

/** How many pixels of the canvas with id are not transparent. */
function inked(app, id) {
  return app.page.evaluate((id) => {
    const c = document.getElementById(id);
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
    return n;
  }, id);
}

/** Closes the share panel if it is open (a failed test may leave it so). */
async function closeShare(app) {
  await app.page.evaluate(() => document.getElementById('share').close());
  await app.page.locator('#share').waitFor({ state: 'hidden' });
}

async function drag(app, from, to) {
  await app.page.mouse.move(from[0], from[1]);
  await app.page.mouse.down();
  await app.page.mouse.move(to[0], to[1], { steps: 8 });
  await app.page.mouse.up();
}

test('share panel: its link opens the same state in a fresh page; QR code and snippet', async () => {
  const app = await sharedApp();
  const want = { levels: ['L4-L5', 'L5-S1'], approach: 'plif', graft: 'allograft', months: 6, view: 'after',
    motion: 'lateral-bending', playing: false, posture: 0.4, labels: false, lang: 'es' };
  await app.setState(want);
  await app.frames(3);
  await click(app, await widget(app, 'button', 'Compartir'));
  const panel = app.page.locator('#share');
  await panel.waitFor({ state: 'visible' });
  assert.equal(await app.page.locator('#share-title').textContent(), 'Compartir esta vista');
  const link = await app.page.locator('#share-link').inputValue();
  assert.ok(link.startsWith(env.baseURL + '?'), link);
  assert.match(link, /lang=es/);
  await app.screenshot('present-share-panel');

  // Copy: the status says so, and the clipboard holds the link.
  await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
  await app.page.locator('#share-copy-link').click();
  await eventually(async () => assert.equal(await app.page.locator('#share-status').textContent(), 'Copiado'));
  assert.equal(await app.page.evaluate(() => navigator.clipboard.readText()), link);

  // The snippet: one iframe of the link, sized, titled, allowed full screen.
  const snippet = await app.page.locator('#share-snippet').inputValue();
  // Parsed in a blank page: the snippet's style="border:0" is meant for
  // the host page, and our own page's CSP would report it.
  const blank = await app.context.newPage();
  const frame = await blank.evaluate((html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const f = doc.querySelectorAll('iframe');
    return { count: f.length, other: doc.body.children.length, src: f[0]?.getAttribute('src'), width: f[0]?.getAttribute('width'),
      height: f[0]?.getAttribute('height'), title: f[0]?.getAttribute('title'), allow: f[0]?.getAttribute('allow') };
  }, snippet);
  await blank.close();
  assert.deepEqual({ ...frame, title: !!frame.title },
    { count: 1, other: 1, src: link, width: '960', height: '540', title: true, allow: 'fullscreen' });

  // The QR code: crisp black on white, with its quiet zone, and it reads
  // back as the link.
  const qr = app.page.locator('#share-qr');
  assert.equal(await qr.getAttribute('data-text'), link);
  const png = await qr.screenshot();
  const img = decodePNG(png);
  const corner = imageStats(png, { x: 2, y: 2, width: 6, height: 6 });
  assert.ok(corner.mean > 250, `quiet zone is white (${corner.mean})`);
  const zbar = zbarimg();
  if (zbar) {
    const dir = mkdtempSync(join(tmpdir(), 'qr-'));
    writeFileSync(join(dir, 'qr.png'), png);
    const read = execFileSync(zbar, ['--raw', '-q', join(dir, 'qr.png')], { encoding: 'utf8' }).trim();
    assert.equal(read, link, 'the QR code decodes to the link');
  } else {
    note('zbarimg not installed: the QR code was not decoded (game/qr tests check the encoder)');
  }
  assert.ok(img.width >= 150, `QR code ${img.width} px wide`);

  // Closing gives the app its keyboard back.
  await app.page.keyboard.press('Escape');
  await panel.waitFor({ state: 'hidden' });

  // A fresh page at the link shows the same state.
  const fresh = await openApp(link.slice(env.baseURL.length));
  try {
    const got = keys(await fresh.getState());
    for (const [k, v] of Object.entries(want)) assert.deepEqual(got[k], v, `${k} in ${JSON.stringify(got)}`);
  } finally {
    await fresh.close();
  }
  await app.setState({ lang: 'en', playing: true, labels: true });
}, { timeout: 240_000 });

test('share panel in the dark and projector themes keeps the QR code dark on light', async () => {
  const app = await sharedApp();
  await closeShare(app);
  for (const theme of ['dark', 'projector']) {
    await app.setState({ theme, lang: 'en' });
    await app.frames(3);
    await click(app, await widget(app, 'button', 'Share'));
    await app.page.locator('#share').waitFor({ state: 'visible' });
    const png = await app.page.locator('#share-qr').screenshot();
    assert.ok(imageStats(png, { x: 2, y: 2, width: 6, height: 6 }).mean > 250, `${theme}: white quiet zone`);
    await app.screenshot(`present-share-${theme}`);
    await closeShare(app);
  }
  await app.setState({ theme: 'light' });
});

test('pen, eraser, clear and laser pointer by mouse, touch and pen; the saved PNG holds the drawing', async () => {
  const app = await sharedApp();
  await closeShare(app);
  await app.setState({ playing: false, posture: 0, view: 'compare', lang: 'en', theme: 'light', levels: ['L4-L5'], approach: 'tlif' });
  await app.frames(3);
  await click(app, await widget(app, 'button', 'Draw'));
  await app.page.locator('#present').waitFor({ state: 'visible' });
  assert.equal(await inked(app, 'ink'), 0);

  // The red pen, by mouse.
  await drag(app, [300, 300], [600, 330]);
  const red = await pixel(app, 'ink', 450, 315);
  assert.ok(red[3] > 200 && red[0] > 200 && red[1] < 80, `red ink: ${red}`);
  // Blue, by pen and by touch (pointer events as a stylus and a finger make).
  await app.page.locator('#present-blue').click();
  for (const [type, y] of [['pen', 400], ['touch', 450]]) {
    await app.page.evaluate(([type, y]) => {
      const ink = document.getElementById('ink');
      const ev = (name, x) => ink.dispatchEvent(new PointerEvent(name, { pointerId: 7, pointerType: type, isPrimary: true,
        clientX: x, clientY: y, buttons: name === 'pointerup' ? 0 : 1, bubbles: true }));
      ev('pointerdown', 300);
      for (let x = 320; x <= 600; x += 20) ev('pointermove', x);
      ev('pointerup', 600);
    }, [type, y]);
    const blue = await pixel(app, 'ink', 450, y);
    assert.ok(blue[3] > 200 && blue[2] > 200 && blue[0] < 80, `${type}: blue ink ${blue}`);
  }
  await app.screenshot('present-pen');

  // The eraser takes the red line off where it passes.
  await app.page.locator('#present-eraser').click();
  await drag(app, [450, 250], [450, 380]);
  assert.equal((await pixel(app, 'ink', 450, 315))[3], 0, 'erased');
  assert.ok((await pixel(app, 'ink', 330, 301))[3] > 0, 'the rest of the line stays');

  // Save image: a PNG of the canvas's size, with the drawing and a caption.
  const size = await app.page.evaluate(() => {
    const c = document.querySelector('body > canvas');
    return [c.width, c.height];
  });
  const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.locator('#present-save').click()]);
  assert.match(download.suggestedFilename(), /^spinal-fusion-L4-L5-tlif-\d+(\.\d+)?m\.png$/);
  const file = await download.path();
  const buf = readFileSync(file);
  const img = decodePNG(buf);
  assert.deepEqual([img.width, img.height], size, 'the picture is the canvas\'s size');
  const at = (x, y) => Array.from(img.data.subarray((y * img.width + x) * img.channels, (y * img.width + x) * img.channels + 3));
  const b = at(450, 400);
  assert.ok(b[2] > 200 && b[0] < 80, `the drawing is in the picture: ${b}`);
  const band = imageStats(buf, { x: 0, y: size[1] - 60, width: size[0], height: 60 });
  assert.ok(band.stddev > 10, 'the caption is written at the bottom');
  // The chart of motion before and after, in the right-hand column under
  // the surgery card, is in the picture too (the widgets are not).
  const { panels } = await app.page.evaluate(() => window.spinefusion.layout());
  const k = size[0] / (await app.page.evaluate(() => window.innerWidth));
  const right = Math.max(...panels.map((p) => p.x + p.width));
  const top = panels[0].y, bottom = panels[0].y + panels[0].height;
  const chart = { x: Math.round((right + 16) * k), y: Math.round((top + 360) * k), width: Math.round((size[0] / k - right - 32) * k), height: Math.round((bottom - top - 370) * k) };
  assert.ok(chart.width > 100 && chart.height > 60, `a chart column at 1280×720: ${JSON.stringify(chart)}`);
  const bars = imageStats(buf, chart);
  assert.ok(bars.stddev > 10, `the chart is in the picture: ${JSON.stringify(bars)} in ${JSON.stringify(chart)}`);
  writeFileSync(join(SCREENSHOT_DIR, 'present-export.png'), buf);

  // Clear takes everything off.
  await app.page.locator('#present-clear').click();
  assert.equal(await inked(app, 'ink'), 0);

  // The laser pointer leaves a trail that fades away by itself.
  await app.page.locator('#present-laser').click();
  await app.page.mouse.move(300, 500);
  await app.page.mouse.move(700, 520, { steps: 10 });
  assert.ok((await inked(app, 'laser')) > 0, 'the trail shows');
  assert.equal(await inked(app, 'ink'), 0, 'the laser does not draw');
  await eventually(async () => assert.equal(await inked(app, 'laser'), 0, 'the trail faded'), 5_000);

  // Escape closes the tools; the app's controls work again.
  await app.page.keyboard.press('Escape');
  await app.page.locator('#present').waitFor({ state: 'hidden' });
  await click(app, await widget(app, 'radio', 'After'));
  await eventually(async () => assert.equal((await app.getState()).view, 'after'));
  assert.deepEqual(app.foreignRequests, []);
});

test('after one visit the app starts with no network; the manifest is valid', async () => {
  const app = await openApp('?months=6');
  try {
    const manifest = JSON.parse(await app.page.evaluate(async () => (await fetch('manifest.webmanifest')).text()));
    assert.equal(manifest.name, 'Spinal Fusion Explorer');
    assert.equal(manifest.display, 'standalone');
    for (const icon of manifest.icons) {
      const res = await app.page.request.get(env.baseURL + icon.src);
      assert.equal(res.status(), 200, icon.src);
      assert.equal(res.headers()['content-type'], icon.type, icon.src);
      if (icon.type === 'image/png') {
        const { width, height } = decodePNG(await res.body());
        assert.equal(`${width}x${height}`, icon.sizes, icon.src);
      }
    }
    assert.ok(manifest.icons.some((i) => i.sizes === '512x512') && manifest.icons.some((i) => i.sizes === '192x192'));
    // The worker takes over once the app is ready, with a cache named by
    // the build.
    const build = await app.page.evaluate(async () => (await fetch('build.json')).json());
    await app.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
    const cacheNames = await app.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      return caches.keys();
    });
    assert.deepEqual(cacheNames, [`spinefusion-${build.wasm}`]);
    await app.context.setOffline(true);
    await app.page.reload({ waitUntil: 'load' });
    await app.waitReady();
    assert.equal((await app.getState()).months, 6);
    assert.ok(await app.page.evaluate(() => !navigator.onLine));
    await app.context.setOffline(false);
  } finally {
    await app.close();
  }
}, { timeout: 180_000 });
