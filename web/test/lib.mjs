// Shared helpers for the browser tests: a tiny test registry, browser and
// page helpers, and a PNG decoder for "is the canvas blank?" checks.
//
// A test file (web/test/<area>.test.mjs) looks like:
//
//   import { test, assert, sharedApp } from './lib.mjs';
//   test('something works', async () => {
//     const app = await sharedApp();            // one page per file
//     const state = await app.setState({ posture: 0.5 });
//     assert.equal(state.posture, 0.5);
//   });
//
// run.mjs discovers every *.test.mjs file, serves dist/ with cmd/serve on a
// free port, launches Chromium once and runs the tests in order.

import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';

export { assert };

export const TEST_DIR = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = join(TEST_DIR, '..', '..');
export const SCREENSHOT_DIR = join(TEST_DIR, 'screenshots');

// Chromium flags for headless software rendering. SwiftShader through ANGLE
// gives WebGL 2 without a GPU; --enable-unsafe-swiftshader keeps it allowed
// now that Chromium only falls back to it on request.
export const CHROMIUM_PATH = process.env.CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export const VIEWPORT = { width: 1280, height: 720 };
export const READY_TIMEOUT_MS = 120_000; // generous: a loaded 2-core machine

// ---- test registry -------------------------------------------------------

/** Registered tests, in definition order: {name, fn, timeout, file}. */
export const tests = [];
let currentFile = '';

/** Set by run.mjs before importing each test file. */
export function _setCurrentFile(name) {
  currentFile = name;
}

/**
 * Registers a test. fn may be async. opts.timeout (ms) defaults to 120 s,
 * which leaves room for the app's first load under software WebGL.
 */
export function test(name, fn, opts = {}) {
  tests.push({ name, fn, timeout: opts.timeout ?? 120_000, file: currentFile });
}

/** Lines printed under the test's result (e.g. timings worth reporting). */
export const notes = [];
export function note(msg) {
  notes.push(msg);
}

/** assertClose checks |actual - expected| <= tol. */
export function assertClose(actual, expected, tol, msg = '') {
  assert.equal(typeof actual, 'number', `${msg}: expected a number, got ${typeof actual}`);
  if (!(Math.abs(actual - expected) <= tol)) {
    assert.fail(`${msg}: ${actual} is not within ${tol} of ${expected}`);
  }
}

// ---- environment, filled in by run.mjs -------------------------------------

/** { browser, baseURL } */
export const env = { browser: null, baseURL: '' };

// ---- pages ---------------------------------------------------------------

// Runs in the page before any of its scripts: records CSP violations.
const INIT_SCRIPT = () => {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    const v = {
      directive: e.violatedDirective,
      blockedURI: e.blockedURI,
      source: `${e.sourceFile}:${e.lineNumber}`,
    };
    window.__cspViolations.push(v);
    // Also to the run's log (see allCspViolations), when the binding is there.
    if (typeof window.__reportCspViolation === 'function') window.__reportCspViolation(v);
  });
};

/**
 * Every CSP violation reported by any page or frame opened with openApp (in
 * any test), as {test, url, directive, blockedURI, source}; run.mjs fails
 * the run if it is not empty at the end.
 */
export const allCspViolations = [];

/** Records CSP violations of every page and frame of a context into allCspViolations. */
export async function recordCspViolations(context) {
  const test = runningTest;
  await context.exposeBinding('__reportCspViolation', (source, v) => {
    allCspViolations.push({ test, url: source.frame?.url?.() ?? '', ...v });
  });
}

let runningTest = '';
/** Set by run.mjs before each test (for allCspViolations). */
export function _setRunningTest(name) {
  runningTest = name;
}

/**
 * Opens the app in a fresh browser context (empty cache and storage).
 * query: a query string such as "?lang=fr" or "" (default).
 * opts.waitReady (default true): wait for window.spinefusion.ready.
 * opts.before: async (page) => {...}, run before navigating (page.route,
 * page.addInitScript, ...).
 * opts.viewport: defaults to VIEWPORT (1280×720).
 * opts.readyTimeout: how long to wait for the app (ms), READY_TIMEOUT_MS
 * by default.
 * Returns an App; call app.close() when done (sharedApp does that itself).
 */
export async function openApp(query = '', opts = {}) {
  const { waitReady = true, viewport = VIEWPORT, before, readyTimeout = READY_TIMEOUT_MS } = opts;
  // opts.context: more options for the browser context (deviceScaleFactor,
  // hasTouch, isMobile, reducedMotion, forcedColors, ...).
  const context = await env.browser.newContext({ viewport, ...(opts.context || {}) });
  await recordCspViolations(context);
  const page = await context.newPage();
  const app = new App(context, page);
  await page.addInitScript(INIT_SCRIPT);
  // A hook to add init scripts or routes before the page loads.
  if (before) await before(page);
  const start = Date.now();
  try {
    await page.goto(env.baseURL + query, { waitUntil: 'load' });
    if (waitReady) {
      await app.waitReady(readyTimeout);
      app.readyAfterMs = Date.now() - start;
    }
  } catch (e) {
    // Say what the page showed and logged: the usual cause is in there.
    await app.screenshot('failed-to-open').catch(() => {});
    const shown = await page.locator('#loading-message').textContent({ timeout: 1000 }).catch(() => '?');
    await context.close().catch(() => {});
    const logs = [...app.pageErrors, ...app.failedResponses, ...app.consoleLog].slice(0, 20);
    e.message += `\n  loading screen says: ${shown}` +
      (logs.length ? `\n  page logged:\n    ${logs.join('\n    ')}` : '') +
      '\n  (see web/test/screenshots/failed-to-open.png)';
    throw e;
  }
  return app;
}

const shared = new Map();
let runningFile = '';

/** Set by run.mjs while a test runs (shared apps are per test file). */
export function _setRunningFile(name) {
  runningFile = name;
}

/**
 * One app page per test file and query, opened on first use and closed at
 * the end of the run. Tests sharing it must set the state they rely on.
 * opts are openApp's, used when it opens.
 */
export function sharedApp(query = '', opts = {}) {
  const key = `${runningFile}|${query}`;
  if (!shared.has(key)) shared.set(key, openApp(query, opts));
  return shared.get(key);
}

/** Closes every shared app (run.mjs calls this at the end). */
export async function _closeShared() {
  for (const p of shared.values()) {
    try {
      await (await p).close();
    } catch {
      // The page may have failed to open; nothing to close.
    }
  }
  shared.clear();
}

/** A page showing the app, recording everything worth asserting on. */
export class App {
  constructor(context, page) {
    this.context = context;
    this.page = page;
    this.origin = new URL(env.baseURL).origin;
    this.pageErrors = []; // uncaught exceptions
    this.consoleErrors = []; // console.error and browser-reported errors
    this.consoleWarnings = []; // console.warn
    this.foreignRequests = []; // URLs leaving the page's origin
    this.failedResponses = []; // responses with status >= 400
    this.consoleLog = []; // every console message, "type: text" (for diagnosis)
    page.on('pageerror', (e) => this.pageErrors.push(String(e && e.stack ? e.stack : e)));
    page.on('console', (m) => {
      this.consoleLog.push(`${m.type()}: ${m.text()}`);
      if (m.type() === 'error') this.consoleErrors.push(m.text());
      if (m.type() === 'warning') this.consoleWarnings.push(m.text());
    });
    context.on('request', (r) => {
      const url = r.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) return;
      if (new URL(url).origin !== this.origin) this.foreignRequests.push(url);
    });
    context.on('response', (r) => {
      if (r.status() >= 400) this.failedResponses.push(`${r.status()} ${r.url()}`);
    });
  }

  /** Waits until the app reports its first frame (and the overlay is gone). */
  async waitReady(timeout = READY_TIMEOUT_MS) {
    // Stop early if the loading screen turns into an error message.
    const handle = await this.page.waitForFunction(
      () =>
        window.spinefusion?.ready === true ||
        (document.getElementById('loading')?.classList.contains('error') &&
          document.getElementById('loading-message').textContent),
      null,
      { timeout, polling: 100 },
    );
    const result = await handle.jsonValue();
    if (result !== true) throw new Error(`the page shows an error instead of the app: "${result}"`);
    // The loading overlay fades out, then is hidden.
    await this.page.waitForFunction(
      () => {
        const el = document.getElementById('loading');
        return !el || el.hidden || getComputedStyle(el).display === 'none';
      },
      null,
      // Generous: on a loaded machine the fade's timers run late.
      { timeout: 20_000, polling: 50 },
    );
  }

  getState() {
    return this.page.evaluate(() => window.spinefusion.getState());
  }

  setState(partial) {
    return this.page.evaluate((p) => window.spinefusion.setState(p), partial);
  }

  describe() {
    return this.page.evaluate(() => window.spinefusion.describe());
  }

  /** Resolves after the browser has painted n more animation frames. */
  frames(n = 2) {
    return this.page.evaluate(
      (count) =>
        new Promise((resolve) => {
          const step = () => (count-- <= 0 ? resolve() : requestAnimationFrame(step));
          requestAnimationFrame(step);
        }),
      n,
    );
  }

  cspViolations() {
    return this.page.evaluate(() => window.__cspViolations || []);
  }

  canvas() {
    return this.page.locator('body > canvas');
  }

  /** Saves web/test/screenshots/<name>.png and returns the PNG bytes. */
  async screenshot(name) {
    const png = await this.page.screenshot({ type: 'png' });
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    writeFileSync(join(SCREENSHOT_DIR, `${name}.png`), png);
    return png;
  }

  async close() {
    await this.context.close();
  }
}

// ---- images --------------------------------------------------------------

/**
 * Decodes an 8-bit, non-interlaced PNG (RGB, RGBA, grey or grey+alpha; what
 * Chromium writes) into {width, height, channels, data}.
 */
export function decodePNG(buf) {
  const SIG = '89504e470d0a1a0a';
  if (buf.subarray(0, 8).toString('hex') !== SIG) throw new Error('not a PNG');
  let pos = 8;
  let width = 0;
  let height = 0;
  let colorType = 0;
  const idat = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    const body = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const depth = body[8];
      colorType = body[9];
      if (depth !== 8 || body[12] !== 0) throw new Error('unsupported PNG (need 8-bit, non-interlaced)');
    } else if (type === 'IDAT') {
      idat.push(body);
    } else if (type === 'IEND') {
      break;
    }
    pos += 12 + len;
  }
  const channels = { 0: 1, 2: 3, 4: 2, 6: 4 }[colorType];
  if (!channels) throw new Error(`unsupported PNG colour type ${colorType}`);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const data = Buffer.alloc(height * stride);
  // Undo the per-row filters (PNG spec section 9).
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const dst = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? data[dst + x - channels] : 0;
      const b = y > 0 ? data[dst - stride + x] : 0;
      const c = x >= channels && y > 0 ? data[dst - stride + x - channels] : 0;
      let v = raw[src + x];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      data[dst + x] = v & 0xff;
    }
  }
  return { width, height, channels, data };
}

/**
 * imageStats summarises a PNG: number of distinct RGB colours and the
 * standard deviation of luminance (0..255). A blank canvas has 1 colour and
 * deviation 0. region: optional {x, y, width, height} to look at.
 */
export function imageStats(png, region) {
  const img = decodePNG(png);
  const { x: x0 = 0, y: y0 = 0, width: w = img.width, height: h = img.height } = region || {};
  const colours = new Set();
  let sum = 0;
  let sumSq = 0;
  let n = 0;
  for (let y = y0; y < Math.min(img.height, y0 + h); y++) {
    for (let x = x0; x < Math.min(img.width, x0 + w); x++) {
      const i = (y * img.width + x) * img.channels;
      const [r, g, b] = img.channels >= 3 ? [img.data[i], img.data[i + 1], img.data[i + 2]] : [img.data[i], img.data[i], img.data[i]];
      colours.add((r << 16) | (g << 8) | b);
      const lum = 0.2126 * r + 0.7152 * g + 0.0722 * b;
      sum += lum;
      sumSq += lum * lum;
      n++;
    }
  }
  const mean = sum / n;
  return { width: img.width, height: img.height, distinctColours: colours.size, mean, stddev: Math.sqrt(Math.max(0, sumSq / n - mean * mean)) };
}

/** Fraction of pixels that differ between two same-sized PNGs. */
export function imageDiff(pngA, pngB) {
  const a = decodePNG(pngA);
  const b = decodePNG(pngB);
  if (a.width !== b.width || a.height !== b.height) return 1;
  let diff = 0;
  for (let p = 0; p < a.width * a.height; p++) {
    for (let c = 0; c < 3; c++) {
      if (a.data[p * a.channels + c] !== b.data[p * b.channels + c]) {
        diff++;
        break;
      }
    }
  }
  return diff / (a.width * a.height);
}

/**
 * eventually retries an (async) assertion until it passes or timeout ms
 * pass, then rethrows its last error. For state the app may apply over a
 * few frames.
 */
export async function eventually(fn, timeout = 5_000, interval = 100) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      return await fn();
    } catch (e) {
      if (Date.now() >= end) throw e;
      await sleep(interval);
    }
  }
}

/** Sleeps for ms milliseconds. */
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---- the canvas's controls -------------------------------------------------

/** Finds an on-screen control by role and label (the page API's widgets()). */
export async function widget(app, role, label) {
  const ws = await app.page.evaluate(() => window.spinefusion.widgets());
  const w = ws.find((w) => w.role === role && w.label === label);
  assert.ok(w, `no ${role} "${label}" among ${ws.map((w) => w.role + ':' + w.label).join(', ')}`);
  return w;
}

/** Clicks the middle of a control found with widget(), then lets it draw. */
export async function click(app, w) {
  await app.page.mouse.click(w.x + w.width / 2, w.y + w.height / 2);
  await app.frames(2);
}

// ---- accessibility ------------------------------------------------------

/**
 * axe runs axe-core (npm, web/test/node_modules) on the page or frame and
 * returns its violations of impact "serious" or "critical", as short
 * strings. The script is evaluated through the DevTools protocol, which the
 * page's CSP does not govern (a <script> tag would be refused), so the check
 * itself causes no violation. opts.exclude: CSS selectors to leave out.
 */
export async function axe(target, opts = {}) {
  if (!axeSource) {
    const { readFileSync } = await import('node:fs');
    axeSource = readFileSync(join(TEST_DIR, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  }
  if (!(await target.evaluate(() => typeof window.axe === 'object'))) await target.evaluate(axeSource);
  const result = await target.evaluate(async (exclude) => {
    const r = await window.axe.run({ exclude: exclude.map((s) => [s]) }, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  }, opts.exclude || []);
  return result
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.join(', ')})`);
}
let axeSource = '';
