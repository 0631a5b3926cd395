// Performance budgets: node web/bench/bench.mjs (make bench builds first).
//
// Measures the app (dist/) against the Ebitengine floor (build/bench/site/,
// the same page shell around web/bench/floor) in one run, because these
// machines are noisy and every budget is a ratio to the floor:
//
//   - WASM size: the brotli -q 11 files both sites serve;
//   - time to first frame: window.spinefusion.firstFrameMs, median of 7
//     fresh loads each (new browser context, empty cache), interleaved,
//     each started once the machine is quiet (see quiet);
//   - frame rate while animating: requestAnimationFrame callbacks over 4 s
//     (the app in its default state: compare view, playing);
//   - CPU while nothing changes (the app paused, the floor in its normal
//     loop) over 10 s: the whole browser's CPU time (every Chromium process,
//     from /proc) and the page's main thread (CDP TaskDuration);
//   - memory while playing: JS heap (CDP, after a forced GC) and the Go
//     instance's WebAssembly memory, growth after the first minute of play
//     (to 100 s; BENCH_LONG=1: to 5 min);
//   - the Go benchmarks of package game (natively, go test -bench).
//
// Frame rate and CPU are measured in alternating windows, the other page
// held in the debugger meanwhile, so both see the same machine.
// Prints one table and writes build/bench/results.json. Exits 1 if a budget
// is not met, 2 if something could not be measured.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as lib from '../test/lib.mjs';
import { buildServer, serve } from '../test/serve.mjs';

// playwright-core is installed for the browser tests, in web/test/.
const { chromium } = createRequire(join(lib.TEST_DIR, 'package.json'))('playwright-core');

const { REPO_ROOT, env, sleep } = lib;
const GO = process.env.GO || 'go';
const OUT_DIR = join(REPO_ROOT, 'build', 'bench');
const LONG = process.env.BENCH_LONG === '1';
// Memory: seconds of play, and the first minute of it, after which growth
// is counted (the budget: no growth after the first minute). The floor,
// which has no steady collector (game/collect.go), still grows in 256 kB
// steps (see the README).
const PLAY_S = LONG ? 300 : 100;
const WARM_S = 60;
const LOADS = Number(process.env.BENCH_LOADS) || 7;
// BENCH_ONLY=start measures only the fresh loads and where their time goes.
const ONLY_START = process.env.BENCH_ONLY === 'start';
const FPS_MS = 4_000;
const IDLE_MS = 10_000;
const ROUNDS = 2; // frame rate and CPU: alternating windows per target

const TARGETS = [
  { key: 'floor', dir: join(OUT_DIR, 'site') },
  { key: 'app', dir: join(REPO_ROOT, 'dist') },
];

function log(msg = '') {
  process.stderr.write(msg + '\n');
}

// ---- Go benchmarks ---------------------------------------------------------

/**
 * Runs the Go benchmarks natively: package game (BenchmarkTick) and
 * game/framebench (BenchmarkFrame: Update and Draw of a whole frame inside
 * Ebitengine's loop, its cpu-ns/frame metric the game thread's CPU time
 * inside them and ns/frame the wall time;
 * BenchmarkFirstFrame: game.New and the first frame, for information), then
 * TestFrameAllocs. Returns {name: {nsPerOp, allocsPerOp, bytesPerOp,
 * nsPerFrame}, frameAllocsTest: {pass, output}}.
 */
function goBenchmarks() {
  log('go test -bench (packages game and game/framebench, natively)…');
  const args = ['-a', GO, 'test', '-run', '^$', '-bench', '.', '-benchmem', '-count', '3', './game/', './game/framebench/'];
  const out = execFileSync('xvfb-run', args, { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const runs = {};
  for (const line of out.split('\n')) {
    const m = line.match(/^(Benchmark\S+?)(?:-\d+)?\s+\d+\s+([\d.]+) ns\/op/);
    if (!m) continue;
    const metric = (unit) => +(line.match(new RegExp(`([\\d.]+) ${unit}`))?.[1] ?? NaN);
    (runs[m[1]] ??= []).push({ nsPerOp: +m[2], bytesPerOp: metric('B/op'), allocsPerOp: metric('allocs/op'), nsPerFrame: metric('ns/frame'), cpuPerFrame: metric('cpu-ns/frame') });
  }
  // The median run of each benchmark by time.
  const result = {};
  for (const [name, rs] of Object.entries(runs)) {
    const key = (r) => [r.cpuPerFrame, r.nsPerFrame, r.nsPerOp].find(Number.isFinite);
    rs.sort((a, b) => key(a) - key(b));
    result[name] = rs[Math.floor(rs.length / 2)];
  }
  let pass = true;
  let output = '';
  try {
    execFileSync('xvfb-run', ['-a', GO, 'test', '-count', '1', '-run', '^TestFrameAllocs$', './game/framebench/'],
      { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    pass = false;
    output = String(e.stdout || e.message);
  }
  return { benchmarks: result, frameAllocsTest: { pass, output } };
}

// ---- sizes -----------------------------------------------------------------

/** The brotli-compressed wasm a site serves: {name, raw, br}. */
function wasmSize(dir) {
  const build = JSON.parse(readFileSync(join(dir, 'build.json'), 'utf8'));
  const br = join(dir, build.wasm + '.br');
  if (!existsSync(br)) throw new Error(`${br} is missing: build with make bench`);
  return { name: build.wasm, raw: statSync(join(dir, build.wasm)).size, br: statSync(br).size };
}

// ---- servers and the browser -----------------------------------------------

// Runs in each page before its scripts: keeps the WebAssembly instance the
// loader makes, so the bench can read the size of the Go program's memory.
const KEEP_WASM_INSTANCE = () => {
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const orig = WebAssembly[name];
    if (typeof orig !== 'function') continue;
    WebAssembly[name] = async function (...args) {
      const r = await orig.apply(this, args);
      window.__benchWasm = r instanceof WebAssembly.Instance ? r : r.instance;
      return r;
    };
  }
};

/** Opens a fresh page of target (new context, empty cache), ready. */
async function open(target) {
  env.baseURL = target.url;
  const app = await lib.openApp('', { waitReady: false, before: (page) => page.addInitScript(KEEP_WASM_INSTANCE) });
  // Ready is all the bench needs (not the loading screen's fade, which
  // waitReady also waits for, briefly: on a busy machine it can lag).
  const handle = await app.page.waitForFunction(
    () =>
      window.spinefusion?.ready === true ||
      (document.getElementById('loading')?.classList.contains('error') && document.getElementById('loading-message').textContent),
    null,
    { timeout: lib.READY_TIMEOUT_MS, polling: 100 },
  );
  const ready = await handle.jsonValue();
  if (ready !== true) throw new Error(`${target.key}: the page shows an error: "${ready}"`);
  app.cdp = await app.context.newCDPSession(app.page);
  await app.cdp.send('Performance.enable');
  return app;
}

const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) || 100;

/**
 * CPU seconds used so far by the processes below root (from /proc): with
 * root this process, the browser's processes (and the idle file servers).
 */
function treeCPU(root = process.pid) {
  const procs = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      // The command name is in parentheses and may contain spaces.
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // f[1] is ppid; utime and stime are f[11] and f[12].
      procs.push({ pid: +d, ppid: +f[1], ticks: +f[11] + +f[12] });
    } catch {
      // The process ended while we looked.
    }
  }
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of procs) {
      if (!tree.has(p.pid) && tree.has(p.ppid)) {
        tree.add(p.pid);
        grew = true;
      }
    }
  }
  let ticks = 0;
  for (const p of procs) if (p.pid !== root && tree.has(p.pid)) ticks += p.ticks;
  return ticks / CLK_TCK;
}

/** The machine's CPU time so far, all cores: {idle, total} in ticks. */
function machineCPU() {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  return { idle: f[3] + f[4], total: f.reduce((a, b) => a + b, 0) }; // idle + iowait
}

// A load's start-up is mostly CPU on every core (V8's compilers, the
// software GPU), and the app's longer start is hit harder than the floor's
// by anything else running: a stray process or the last page's leftovers.
// quiet waits (up to QUIET_MAX_MS) until the cores were at least
// QUIET_IDLE idle over half a second, and returns the idle share it saw.
const QUIET_IDLE = 0.8;
const QUIET_MAX_MS = 15_000;
async function quiet() {
  const deadline = Date.now() + QUIET_MAX_MS;
  for (;;) {
    const a = machineCPU();
    await sleep(500);
    const b = machineCPU();
    const idle = (b.idle - a.idle) / Math.max(1, b.total - a.total);
    if (idle >= QUIET_IDLE || Date.now() > deadline) return idle;
  }
}

async function metrics(app) {
  const { metrics: list } = await app.cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

// ---- measurements ------------------------------------------------------------

/** requestAnimationFrame callbacks over about ms: {frames, seconds}. */
function frameRate(app, ms) {
  return app.page.evaluate(
    (ms) =>
      new Promise((resolve) => {
        let n = 0;
        let first = 0;
        const step = (t) => {
          if (n++ === 0) first = t;
          if (t - first < ms) requestAnimationFrame(step);
          else resolve({ frames: n - 1, seconds: (t - first) / 1000 });
        };
        requestAnimationFrame(step);
      }),
    ms,
  );
}

/** CPU seconds over ms: the whole browser's and the page's main thread. */
async function idleCPU(app, ms) {
  const m0 = await metrics(app);
  const c0 = treeCPU();
  await sleep(ms);
  const c1 = treeCPU();
  const m1 = await metrics(app);
  return {
    browser: c1 - c0,
    mainThread: m1.TaskDuration - m0.TaskDuration,
    script: m1.ScriptDuration - m0.ScriptDuration,
  };
}

/** JS heap in use after a full GC, and the Go program's wasm memory. */
async function memory(app) {
  await app.cdp.send('HeapProfiler.collectGarbage');
  const m = await metrics(app);
  const wasm = await app.page.evaluate(() => window.__benchWasm?.exports?.mem?.buffer?.byteLength ?? null);
  return { jsHeap: m.JSHeapUsedSize, wasm };
}

// Only one page runs at a time while frame rate and CPU are measured: the
// other one is held in the debugger, where none of its script runs (no
// requestAnimationFrame, so no drawing either). Alternating short windows
// spreads the machine's drift over both.

async function hold(app) {
  await app.cdp.send('Debugger.enable');
  await app.cdp.send('Debugger.pause');
}

async function release(app) {
  // Disabling the debugger resumes the page, and also drops a pause still
  // pending on a page that ran no script meanwhile (resume would fail).
  await app.cdp.send('Debugger.disable');
}

/** Runs measure(target, app) for each target in turn, ROUNDS times. */
async function alternate(targets, measure) {
  for (let round = 0; round < ROUNDS; round++) {
    for (const t of targets) {
      await release(t.app);
      await measure(t, t.app);
      await hold(t.app);
    }
  }
}

/** Frame rate, CPU and memory on the open (held) pages of targets. */
async function measurePages(targets) {
  const [floor, app] = targets;
  for (const t of targets) Object.assign(t.result, { frames: 0, seconds: 0, idle: { browser: 0, mainThread: 0, script: 0 } });

  await release(app.app);
  const st = await app.app.getState();
  if (!st.playing || st.view !== 'compare') throw new Error(`the app's default state should play in compare view: ${JSON.stringify(st)}`);
  await hold(app.app);
  await alternate(targets, async (t, page) => {
    await sleep(1_000); // catch up after the hold
    const { frames, seconds } = await frameRate(page, FPS_MS / ROUNDS);
    t.result.frames += frames;
    t.result.seconds += seconds;
  });
  for (const t of targets) {
    t.result.fps = t.result.frames / t.result.seconds;
    log(`  ${t.key}: ${t.result.fps.toFixed(1)} frames/s while animating`);
  }

  await release(app.app);
  await app.app.setState({ playing: false });
  await hold(app.app);
  await alternate(targets, async (t, page) => {
    await sleep(1_500); // the frames after the hold (and after pausing)
    const c = await idleCPU(page, IDLE_MS / ROUNDS);
    for (const k of Object.keys(c)) t.result.idle[k] += c[k];
  });
  for (const t of targets) {
    const c = t.result.idle;
    log(`  ${t.key} ${t === app ? 'paused' : 'running'}, CPU over ${IDLE_MS / 1000} s: browser ${c.browser.toFixed(2)} s, main thread ${c.mainThread.toFixed(2)} s`);
  }

  // Memory: both play at once (their speed does not matter here).
  for (const t of targets) await release(t.app);
  await app.app.setState({ playing: true });
  const start = Date.now();
  for (const t of targets) t.result.memory = [];
  for (const at of [0, WARM_S, PLAY_S]) {
    await sleep(Math.max(0, start + at * 1000 - Date.now()));
    for (const t of targets) t.result.memory.push({ at, ...(await memory(t.app)) });
  }
  for (const t of targets) {
    const r = t.result;
    const [, warm, end] = r.memory;
    r.jsHeapGrowth = end.jsHeap - warm.jsHeap;
    r.wasmGrowth = end.wasm == null || warm.wasm == null ? null : end.wasm - warm.wasm;
    log(`  ${t.key}: after ${WARM_S} s / ${PLAY_S} s of play: JS heap ${mb(warm.jsHeap)} / ${mb(end.jsHeap)}, wasm memory ${mb(warm.wasm)} / ${mb(end.wasm)}`);
    r.errors = [...t.app.pageErrors, ...t.app.consoleErrors];
  }
  return floor;
}

// ---- the table ---------------------------------------------------------------

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (b) => (b == null ? '?' : `${(b / 1e6).toFixed(2)} MB`);
const ms = (x) => `${Math.round(x)} ms`;
const signedMB = (b) => (b == null ? '?' : `${b >= 0 ? '+' : '−'}${(Math.abs(b) / 1e6).toFixed(2)} MB`);

/** One row: value formatter, app, floor, budget text and check. */
function rows(app, floor, gob) {
  const ratio = (a, f) => (f > 0 ? a / f : NaN);
  const out = [];
  const add = (figure, a, f, fmt, budget, pass, useRatio = true) =>
    out.push({ figure, app: fmt(a), floor: f == null ? '—' : fmt(f), ratio: useRatio ? ratio(a, f) : NaN, budget, pass });

  add('WASM size (brotli -q 11)', app.size.br, floor.size.br, mb, '≤ 1.2 × floor', app.size.br <= 1.2 * floor.size.br);
  add(`time to first frame (median of ${LOADS})`, app.firstFrame, floor.firstFrame, ms, '≤ 1.3 × floor', app.firstFrame <= 1.3 * floor.firstFrame);
  add('frame rate while animating', app.fps, floor.fps, (x) => `${x.toFixed(1)} /s`, '≥ 0.9 × floor', app.fps >= 0.9 * floor.fps);
  const cpu = (x) => `${x.toFixed(2)} s`;
  add(`CPU paused, browser (${IDLE_MS / 1000} s)`, app.idle.browser, floor.idle.browser, cpu, '≤ 0.25 × floor', app.idle.browser <= 0.25 * floor.idle.browser);
  add(`CPU paused, main thread (${IDLE_MS / 1000} s)`, app.idle.mainThread, floor.idle.mainThread, cpu, '≤ 0.25 × floor', app.idle.mainThread <= 0.25 * floor.idle.mainThread);
  const span = `${WARM_S}→${PLAY_S} s`;
  add(`JS heap growth, play ${span}`, app.jsHeapGrowth, floor.jsHeapGrowth, signedMB, '≤ +1 MB', app.jsHeapGrowth <= 1e6, false);
  add(`WASM memory growth, play ${span}`, app.wasmGrowth, floor.wasmGrowth, signedMB, 'none', app.wasmGrowth === 0, false);
  const end = (r) => r.memory.at(-1);
  add(`JS heap after ${PLAY_S} s`, end(app).jsHeap, end(floor).jsHeap, mb, '', null);
  add(`WASM memory after ${PLAY_S} s`, end(app).wasm, end(floor).wasm, mb, '', null);
  const tick = gob.benchmarks.BenchmarkTick;
  const frame = gob.benchmarks.BenchmarkFrame;
  const us = (x) => `${(x / 1000).toFixed(1)} µs`;
  if (tick) {
    add('Go BenchmarkTick time (tick)', tick.nsPerOp, null, us, '< 300 µs', tick.nsPerOp < 300_000, false);
    add('Go BenchmarkTick allocs', tick.allocsPerOp, null, (x) => `${x}/op (${tick.bytesPerOp} B)`, '0', tick.allocsPerOp === 0, false);
  } else {
    out.push({ figure: 'Go BenchmarkTick', app: 'missing', floor: '—', ratio: NaN, budget: '< 300 µs, 0 allocs', pass: false });
  }
  if (frame && Number.isFinite(frame.cpuPerFrame)) {
    // The budget is the game thread's CPU time: natively the wall time also
    // holds the software OpenGL rendering the previous frame on the same
    // cores (see BenchmarkFrame), which the browser build does not share.
    add('Go BenchmarkFrame CPU (tick + frame build)', frame.cpuPerFrame, null, us, '< 300 µs', frame.cpuPerFrame < 300_000, false);
    add('Go BenchmarkFrame wall time (with native GL)', frame.nsPerFrame, null, us, '', null, false);
  } else if (frame) {
    add('Go BenchmarkFrame time (tick + frame build)', frame.nsPerFrame, null, us, '< 300 µs', frame.nsPerFrame < 300_000, false);
  } else {
    out.push({ figure: 'Go BenchmarkFrame', app: 'missing', floor: '—', ratio: NaN, budget: '< 300 µs', pass: false });
  }
  const first = gob.benchmarks.BenchmarkFirstFrame;
  if (first) add('Go BenchmarkFirstFrame (New + first frame)', first.nsPerOp, null, (x) => `${(x / 1e6).toFixed(1)} ms`, '', null, false);
  out.push({ figure: 'Go frame allocs (TestFrameAllocs)', app: gob.frameAllocsTest.pass ? '0 in game code' : 'some', floor: '—', ratio: NaN, budget: '0', pass: gob.frameAllocsTest.pass });
  return out;
}

function printTable(list) {
  // Three decimals, so that a ratio just over its budget (1.304 against
  // 1.3) does not print as the budget itself.
  const ratioText = (x) => (x >= 0.1 ? x.toFixed(3) : x.toPrecision(3));
  const head = ['figure', 'app', 'floor', 'ratio', 'budget', 'result'];
  const cells = list.map((r) => [
    r.figure,
    r.app,
    r.floor,
    Number.isFinite(r.ratio) ? ratioText(r.ratio) : '—',
    r.budget || '—',
    r.pass == null ? '' : r.pass ? 'pass' : 'FAIL',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => '| ' + c.map((x, i) => x.padEnd(widths[i])).join(' | ') + ' |';
  const text = [line(head), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...cells.map(line)].join('\n');
  process.stdout.write(text + '\n');
  return text;
}

/**
 * Logs each target's start-up marks (the page's and the Go code's, median
 * over the loads) in time order, so that a slower first frame shows where
 * its time went.
 */
function logStartUp(targets) {
  log('start-up, median ms from navigation (each step: the time since the one before):');
  for (const t of targets) {
    const names = [...new Set(t.result.marks.flatMap((m) => Object.keys(m)))];
    const at = names
      .map((n) => [n, median(t.result.marks.map((m) => m[n]).filter((v) => v != null))])
      .concat([['first frame', median(t.result.loads)]])
      .sort((a, b) => a[1] - b[1]);
    log(`  ${t.key}: ` + at.map(([n, v], i) => `${n} ${Math.round(v)}` + (i ? ` (+${Math.round(v - at[i - 1][1])})` : '')).join(', '));
  }
  const [floor, app] = targets.map((t) => t.result);
  log(`  first frame: app ${(median(app.loads) / median(floor.loads)).toFixed(3)} × the floor; ` +
    `loads started before the cores were ${Math.round(100 * QUIET_IDLE)} % idle (after ${QUIET_MAX_MS / 1000} s of waiting): ` +
    `app ${app.busyStarts}, floor ${floor.busyStarts} of ${app.loads.length} each`);
}

// ---- main ----------------------------------------------------------------------

async function main() {
  for (const t of TARGETS) {
    if (!existsSync(join(t.dir, 'build.json'))) {
      log(`${t.dir}/build.json is missing: run \`make bench\`, which builds both sites.`);
      process.exit(2);
    }
    t.result = { size: wasmSize(t.dir), loads: [], marks: [], busyStarts: 0 };
  }

  const tmp = mkdtempSync(join(tmpdir(), 'spinefusion-bench-'));
  const bin = buildServer(tmp);
  let browser;
  const servers = [];
  try {
    for (const t of TARGETS) {
      const s = await serve(bin, t.dir);
      servers.push(s);
      t.url = s.url;
    }
    browser = await chromium.launch({ executablePath: lib.CHROMIUM_PATH, args: lib.CHROMIUM_ARGS });
    env.browser = browser;
    log(`load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores; Chromium ${browser.version()}, ${lib.VIEWPORT.width}×${lib.VIEWPORT.height}; ${PLAY_S} s of play per target${LONG ? '' : ' (BENCH_LONG=1 for 5 min)'}`);

    // Fresh loads, interleaved so that drift on the machine hits both; the
    // last load of each stays open for the other measurements, one page at
    // a time.
    for (let i = 0; i < LOADS; i++) {
      // Each goes first in every other round (floor, app, app, floor, ...).
      for (const t of i % 2 ? [...TARGETS].reverse() : TARGETS) {
        const idle = await quiet();
        if (idle < QUIET_IDLE) t.result.busyStarts++;
        const app = await open(t);
        const ff = await app.page.evaluate(() => window.spinefusion.firstFrameMs);
        t.result.loads.push(ff);
        // Where the time went: the page's and the Go code's start-up marks.
        const marks = await app.page.evaluate(() =>
          performance
            .getEntriesByType('mark')
            .filter((m) => m.name.startsWith('spinefusion:'))
            .map((m) => [m.name.slice('spinefusion:'.length), Math.round(m.startTime)]),
        );
        t.result.marks.push(Object.fromEntries(marks));
        log(`  ${t.key}: load ${i + 1} (cores ${Math.round(100 * idle)} % idle before): first frame at ${ms(ff)} (${marks.map(([n, at]) => `${n} ${at}`).join(', ')})`);
        if (i < LOADS - 1 || ONLY_START) {
          await app.close();
        } else {
          t.app = app; // the last load stays open, held
          await hold(app);
        }
      }
    }
    logStartUp(TARGETS);
    if (!ONLY_START) await measurePages(TARGETS);
  } finally {
    for (const t of TARGETS) await t.app?.close().catch(() => {});
    if (browser) await browser.close().catch(() => {});
    for (const s of servers) s.proc.kill('SIGTERM');
    rmSync(tmp, { recursive: true, force: true });
  }

  if (ONLY_START) process.exit(0);
  const load = loadavg()[0];
  // The Go benchmarks last, so that the browser's loads start on a machine
  // they have not just heated.
  const gob = goBenchmarks();
  const [floor, app] = TARGETS.map((t) => t.result);
  for (const r of [floor, app]) r.firstFrame = median(r.loads);
  for (const t of TARGETS) {
    if (t.result.errors.length) log(`${t.key} logged errors:\n  ${t.result.errors.slice(0, 10).join('\n  ')}`);
  }
  const list = rows(app, floor, gob);
  process.stdout.write('\n');
  const table = printTable(list);
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, 'results.json'), JSON.stringify({ date: new Date().toISOString(), long: LONG, loadavg: load, app, floor, go: gob, table }, null, 2) + '\n');
  if (!gob.frameAllocsTest.pass) log(`TestFrameAllocs:\n${gob.frameAllocsTest.output}`);
  const budgeted = list.filter((r) => r.pass != null);
  const failed = budgeted.filter((r) => !r.pass);
  if (load > cpus().length) log(`\nThe machine was busy (load average ${load.toFixed(1)} on ${cpus().length} cores): browser figures are noisy.`);
  process.stdout.write(`\n${budgeted.length - failed.length} of ${budgeted.length} budgets met` +
    (failed.length ? `; over budget: ${failed.map((r) => r.figure).join(', ')}` : '') + '\n');
  process.exit(failed.length ? 1 : 0);
}

main().catch((e) => {
  log(String(e && e.stack ? e.stack : e));
  process.exit(2);
});
