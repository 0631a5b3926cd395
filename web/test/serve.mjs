// Serving a static site for the browser tests and the bench: cmd/serve,
// built once, on a free loopback port.

import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './lib.mjs';

/** Builds cmd/serve into dir; returns the binary's path. */
export function buildServer(dir) {
  const bin = join(dir, 'serve');
  execFileSync(process.env.GO || 'go', ['build', '-o', bin, './cmd/serve'], { cwd: REPO_ROOT, stdio: 'inherit' });
  return bin;
}

/** Starts bin (cmd/serve) on site, a directory; returns {proc, url}. */
export async function serve(bin, site) {
  const proc = spawn(bin, ['-dir', site, '-addr', '127.0.0.1:0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('cmd/serve did not start in 10 s')), 10_000);
    proc.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/on (http:\/\/\S+\/)/);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    proc.on('exit', (code) => reject(new Error(`cmd/serve exited with code ${code}: ${out}`)));
  });
  return { proc, url };
}
