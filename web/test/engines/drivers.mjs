// Drivers for the engines other than Chromium, behind one small interface,
// so that core.mjs runs the same checks in each:
//
//   open(url)            navigate and return when the document has loaded
//   evaluate(src, arg)   run `src` (a function's source) in the page with arg
//                        and return its JSON-able result (promises awaited)
//   click(x, y)          a pointer click at CSS pixel (x, y) of the viewport
//   press(key)           one key press: 'Space', 'Tab', 'ArrowRight', ...
//   screenshot()         PNG bytes of the viewport
//   close()
//
// Both engines come from Debian's packages and run under xvfb-run (their
// headless modes have no WebGL 2 here): Firefox ESR through puppeteer-core
// over WebDriver BiDi, WebKitGTK's MiniBrowser through WebKitWebDriver over
// W3C WebDriver (selenium-webdriver). Neither downloads a browser.

import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIREFOX_PATH = process.env.FIREFOX || '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver';
export const MINIBROWSER_PATH =
  process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Firefox ESR driven by puppeteer-core over WebDriver BiDi. */
export async function firefox(viewport) {
  const { default: puppeteer } = await import('puppeteer-core');
  const profile = mkdtempSync(join(tmpdir(), 'spinefusion-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    // Not headless: under Xvfb Firefox renders WebGL 2 with Mesa's llvmpipe.
    headless: false,
    userDataDir: profile,
    extraPrefsFirefox: {
      'webgl.force-enabled': true,
      // No update checks, telemetry or other traffic of its own.
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'network.captive-portal-service.enabled': false,
    },
    args: [`--width=${viewport.width}`, `--height=${viewport.height}`],
  });
  const page = await browser.newPage();
  await page.setViewport(viewport);
  const version = await browser.version();
  return {
    name: 'firefox',
    version,
    async open(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate(src, arg) {
      return page.evaluate(`(${src})(${JSON.stringify(arg ?? null)})`);
    },
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key === 'Space' ? ' ' : key),
    screenshot: async () => Buffer.from(await page.screenshot({ type: 'png' })),
    async close() {
      await browser.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A free loopback TCP port. */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** WebKitGTK's MiniBrowser driven by WebKitWebDriver (W3C WebDriver). */
export async function webkit(viewport) {
  const { Builder, Key, Origin } = await import('selenium-webdriver');
  const port = await freePort();
  const server = spawn(WEBKIT_DRIVER_PATH, [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const serverExited = new Promise((_, reject) =>
    server.on('exit', (code) => reject(new Error(`WebKitWebDriver exited with code ${code}`))),
  );
  serverExited.catch(() => {});
  let driver;
  // The driver needs a moment to listen; retry the session for up to 15 s.
  const end = Date.now() + 15_000;
  for (;;) {
    try {
      driver = await new Builder()
        .usingServer(`http://127.0.0.1:${port}`)
        .withCapabilities({
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
        })
        .build();
      break;
    } catch (e) {
      if (Date.now() > end || server.exitCode !== null) {
        server.kill();
        throw e;
      }
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  const caps = await driver.getCapabilities();
  // The window includes the browser's chrome: grow it until the page's
  // viewport has the asked size.
  await driver.manage().window().setRect({ x: 0, y: 0, width: viewport.width, height: viewport.height });
  const inner = await driver.executeScript('return [innerWidth, innerHeight]');
  if (inner[0] !== viewport.width || inner[1] !== viewport.height) {
    await driver.manage().window().setRect({
      width: viewport.width + (viewport.width - inner[0]),
      height: viewport.height + (viewport.height - inner[1]),
    });
  }
  const keys = { Space: Key.SPACE, Tab: Key.TAB, ArrowRight: Key.ARROW_RIGHT, ArrowLeft: Key.ARROW_LEFT, Enter: Key.ENTER, Escape: Key.ESCAPE, Home: Key.HOME, End: Key.END };
  return {
    name: 'webkit',
    version: `${caps.get('browserName')} ${caps.get('browserVersion')}`,
    async open(url) {
      await driver.get(url);
    },
    evaluate(src, arg) {
      // executeAsyncScript awaits promises; the callback is the last argument.
      return driver.executeAsyncScript(
        `const done = arguments[arguments.length - 1];
         Promise.resolve((${src})(arguments[0])).then(done, (e) => done({ __error: String(e) }));`,
        arg ?? null,
      ).then((r) => {
        if (r && r.__error) throw new Error(r.__error);
        return r;
      });
    },
    click: (x, y) =>
      driver.actions({ async: true }).move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT }).click().perform(),
    press: (key) => driver.actions({ async: true }).sendKeys(keys[key] ?? key).perform(),
    screenshot: async () => Buffer.from(await driver.takeScreenshot(), 'base64'),
    async close() {
      await driver.quit().catch(() => {});
      server.kill();
    },
  };
}
