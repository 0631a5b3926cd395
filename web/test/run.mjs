// Browser test runner: node web/test/run.mjs [name-filter ...]
//
// Builds cmd/serve, serves dist/ on a free loopback port, launches the
// system Chromium (never a downloaded one) headless with software WebGL,
// imports every web/test/*.test.mjs and runs the registered tests in order.
// Prints one line per test and a closing "N passed, N failed" line; exits
// non-zero if any test failed. Filters keep tests whose name or file
// contains any of the given strings.

import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import * as lib from './lib.mjs';
import { buildServer, serve } from './serve.mjs';

const { REPO_ROOT, TEST_DIR, env, tests, notes } = lib;
const DIST = join(REPO_ROOT, 'dist');
const filters = process.argv.slice(2);

function log(msg = '') {
  process.stdout.write(msg + '\n');
}

/** Runs fn with a time limit. */
function withTimeout(fn, ms) {
  let timer;
  return Promise.race([
    Promise.resolve().then(fn),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

async function main() {
  if (!existsSync(join(DIST, 'index.html')) || !existsSync(join(DIST, 'build.json'))) {
    log('dist/ is missing or incomplete: run `make dist` first (or `make browser-test`).');
    process.exit(2);
  }

  // Load the test files; each registers its tests with lib.test().
  const files = readdirSync(TEST_DIR)
    .filter((f) => f.endsWith('.test.mjs'))
    .sort();
  for (const f of files) {
    lib._setCurrentFile(f);
    await import(pathToFileURL(join(TEST_DIR, f)).href);
  }
  const selected = tests.filter(
    (t) => filters.length === 0 || filters.some((s) => t.name.includes(s) || t.file.includes(s)),
  );

  const tmp = mkdtempSync(join(tmpdir(), 'spinefusion-test-'));
  let server;
  let browser;
  let passed = 0;
  let failed = 0;
  try {
    server = await serve(buildServer(tmp), DIST);
    env.baseURL = server.url;
    browser = await chromium.launch({
      executablePath: lib.CHROMIUM_PATH,
      args: lib.CHROMIUM_ARGS,
      // A fresh temporary profile every run (Playwright's default).
    });
    env.browser = browser;
    log(`Browser tests: ${selected.length} tests in ${files.length} files, Chromium ${browser.version()}, ${server.url}`);

    let lastFile = '';
    for (const t of selected) {
      if (t.file !== lastFile) {
        // One file's shared pages at a time: idle apps still use the CPU.
        await lib._closeShared();
        log(`\n${t.file}`);
        lastFile = t.file;
      }
      lib._setRunningFile(t.file);
      lib._setRunningTest(t.name);
      notes.length = 0;
      const start = Date.now();
      try {
        await withTimeout(t.fn, t.timeout);
        passed++;
        log(`  ok   ${t.name} (${Date.now() - start} ms)`);
      } catch (e) {
        failed++;
        log(`  FAIL ${t.name} (${Date.now() - start} ms)`);
        log(String(e && e.stack ? e.stack : e).replace(/^/gm, '       '));
      }
      for (const n of notes) log(`       - ${n}`);
    }
  } catch (e) {
    // Setup failed (server or browser): count it so the run fails loudly.
    failed++;
    log(`setup failed: ${e && e.stack ? e.stack : e}`);
  } finally {
    await lib._closeShared();
    if (browser) await browser.close().catch(() => {});
    if (server) server.proc.kill('SIGTERM');
    rmSync(tmp, { recursive: true, force: true });
  }
  // Zero CSP violations under the strict policy, in every page any test opened.
  if (lib.allCspViolations.length > 0) {
    failed++;
    log('\nCSP violations (any page or frame, any test):');
    for (const v of lib.allCspViolations) log(`  FAIL ${v.test}: ${v.directive} ${v.blockedURI} at ${v.source} (${v.url})`);
  }
  log('');
  log(`Screenshots: ${join('web', 'test', 'screenshots')}/`);
  // The closing line CI reads.
  log(`browser: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || passed === 0 ? 1 : 0);
}

main();
