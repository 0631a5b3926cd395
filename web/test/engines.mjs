// Engine test runner: node web/test/engines.mjs [firefox|webkit ...]
//
// Runs the core checks (engines/core.mjs) in Firefox ESR and in WebKitGTK's
// MiniBrowser, both from Debian's packages, against dist/ served by
// cmd/serve. Run it under xvfb-run (make browser-test does): neither engine
// has WebGL 2 headless here. The Chromium suite (run.mjs) covers the rest.
// Prints one line per check and a closing "engines: N passed, N failed"
// line; saves web/test/screenshots/engine-<name>-*.png.

import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, SCREENSHOT_DIR } from './lib.mjs';
import { buildServer, serve } from './serve.mjs';
import { checks } from './engines/core.mjs';
import * as drivers from './engines/drivers.mjs';

const VIEWPORT = { width: 1280, height: 720 };
const ENGINES = ['firefox', 'webkit'];
const log = (msg = '') => process.stdout.write(msg + '\n');

async function runEngine(name, url) {
  let passed = 0;
  let failed = 0;
  let driver;
  try {
    driver = await drivers[name](VIEWPORT);
  } catch (e) {
    log(`  FAIL ${name}: the browser did not start: ${e && e.stack ? e.stack : e}`);
    return { passed, failed: 1 };
  }
  log(`\n${name} (${driver.version})`);
  const notes = [];
  const ctx = {
    driver,
    url,
    note: (m) => notes.push(m),
    save(tag, png) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      writeFileSync(join(SCREENSHOT_DIR, `engine-${name}-${tag}.png`), png);
    },
  };
  try {
    for (const c of checks) {
      notes.length = 0;
      const start = Date.now();
      try {
        await c.run(ctx);
        passed++;
        log(`  ok   ${c.name} (${Date.now() - start} ms)`);
      } catch (e) {
        failed++;
        log(`  FAIL ${c.name} (${Date.now() - start} ms)`);
        log(String(e && e.stack ? e.stack : e).replace(/^/gm, '       '));
        await driver.screenshot().then((png) => ctx.save('failed', png)).catch(() => {});
        if (c === checks[0]) break; // not ready: the other checks cannot run
      }
      for (const n of notes) log(`       - ${n}`);
    }
  } finally {
    await driver.close();
  }
  return { passed, failed };
}

async function main() {
  const names = process.argv.slice(2).length ? process.argv.slice(2) : ENGINES;
  for (const n of names) {
    if (!ENGINES.includes(n)) {
      log(`unknown engine "${n}"; choose from ${ENGINES.join(', ')}`);
      process.exit(2);
    }
  }
  if (!existsSync(join(REPO_ROOT, 'dist', 'build.json'))) {
    log('dist/ is missing: run `make dist` first (or `make browser-test`).');
    process.exit(2);
  }
  if (!process.env.DISPLAY) {
    log('no DISPLAY: run under xvfb-run (make browser-test does).');
    process.exit(2);
  }
  const tmp = mkdtempSync(join(tmpdir(), 'spinefusion-engines-'));
  const server = await serve(buildServer(tmp), join(REPO_ROOT, 'dist'));
  let passed = 0;
  let failed = 0;
  try {
    for (const n of names) {
      const r = await runEngine(n, server.url);
      passed += r.passed;
      failed += r.failed;
    }
  } finally {
    server.proc.kill('SIGTERM');
    rmSync(tmp, { recursive: true, force: true });
  }
  log('');
  log(`engines: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || passed === 0 ? 1 : 0);
}

main();
