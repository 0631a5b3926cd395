// scratch: wasm memory over time while playing: node .mem.mjs <siteDir> <seconds>
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as lib from './lib.mjs';
import { buildServer, serve } from './serve.mjs';
const { chromium } = createRequire(join(lib.TEST_DIR, 'package.json'))('playwright-core');
const [site, secs = '60', query = ''] = process.argv.slice(2);
const s = await serve(buildServer(mkdtempSync(join(tmpdir(), 'mem-'))), site);
const browser = await chromium.launch({ executablePath: lib.CHROMIUM_PATH, args: lib.CHROMIUM_ARGS });
const page = await (await browser.newContext({ viewport: lib.VIEWPORT })).newPage();
await page.addInitScript(() => {
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const orig = WebAssembly[name];
    WebAssembly[name] = async function (...a) { const r = await orig.apply(this, a); window.__w = r instanceof WebAssembly.Instance ? r : r.instance; return r; };
  }
});
await page.goto(s.url + '/' + query);
await page.waitForFunction(() => window.spinefusion?.ready === true, null, { timeout: 120000 });
const t0 = Date.now();
let line = '';
while (Date.now() - t0 < +secs * 1000) {
  const m = await page.evaluate(() => window.__w.exports.mem.buffer.byteLength / 1048576);
  line += `${Math.round((Date.now() - t0) / 1000)}s:${m.toFixed(2)} `;
  await lib.sleep(5000);
}
console.log(line);
await browser.close();
s.proc.kill();
