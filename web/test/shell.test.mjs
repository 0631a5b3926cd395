// The page shell (web/index.html, main.js): loading progress, friendly
// error messages, headers. Each test opens its own fresh page.

import { test, assert, env, eventually, openApp } from './lib.mjs';

/** Reads what the loading screen shows. */
function loadingScreen(page) {
  return page.evaluate(() => {
    const overlay = document.getElementById('loading');
    return {
      visible: !!overlay && !overlay.hidden && getComputedStyle(overlay).display !== 'none',
      error: overlay.classList.contains('error'),
      message: document.getElementById('loading-message').textContent,
      retryVisible: !document.getElementById('retry').hidden,
    };
  });
}

/** Opens the page with a hook, waits until the loading screen shows an error. */
async function openExpectingError(before, check) {
  const app = await openApp('', { waitReady: false, before });
  try {
    await eventually(async () => {
      const s = await loadingScreen(app.page);
      assert.ok(s.visible && s.error, `shows an error (says "${s.message}")`);
      check(s);
    }, 20_000);
  } catch (e) {
    await app.close();
    throw e;
  }
  return app;
}

test('the page has its title, description, favicon and no inline code', async () => {
  const app = await openApp('', { waitReady: false });
  try {
    const info = await app.page.evaluate(() => ({
      title: document.title,
      lang: document.documentElement.lang,
      description: document.querySelector('meta[name="description"]')?.content,
      themeColor: document.querySelector('meta[name="theme-color"]')?.content,
      icon: document.querySelector('link[rel="icon"]')?.getAttribute('href'),
      noscript: document.querySelector('noscript')?.textContent.trim(),
    }));
    assert.equal(info.title, 'Spinal Fusion Explorer');
    assert.equal(info.lang, 'en');
    assert.ok(info.description && info.description.length > 20, 'meta description');
    assert.ok(info.themeColor, 'theme-color');
    assert.equal(info.icon, 'favicon.svg');
    assert.ok(info.noscript, '<noscript> message');
    // The HTML as served: no inline script, style element or style attribute.
    const html = await (await app.page.request.get(env.baseURL)).text();
    assert.doesNotMatch(html, /<script(?![^>]*\ssrc=)[^>]*>/i, 'no inline <script>');
    assert.doesNotMatch(html, /<style|\sstyle=|\son[a-z]+=/i, 'no inline styles or handlers');
    const icon = await app.page.request.get(env.baseURL + 'favicon.svg');
    assert.equal(icon.status(), 200);
    assert.equal(icon.headers()['content-type'], 'image/svg+xml');
  } finally {
    await app.close();
  }
});

test('the server sends the wasm brotli-compressed with the security headers', async () => {
  const app = await openApp('', { waitReady: false });
  try {
    const build = await (await app.page.request.get(env.baseURL + 'build.json')).json();
    assert.match(build.wasm, /^spinefusion\.[0-9a-f]{8}\.wasm$/, 'content-hashed wasm name');
    assert.ok(build.size > 0, 'uncompressed size');
    const res = await app.page.request.get(env.baseURL + build.wasm, { headers: { 'Accept-Encoding': 'br' } });
    const h = res.headers();
    assert.equal(h['content-type'], 'application/wasm');
    assert.equal(h['content-encoding'], 'br');
    assert.equal(h['cache-control'], 'public, max-age=31536000, immutable');
    assert.match(h['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'/);
    assert.equal((await res.body()).length, build.size, 'decoded body is build.json size bytes');
  } finally {
    await app.close();
  }
});

test('the progress bar counts real bytes up to 100%', async () => {
  // Record each width the bar takes while loading.
  const before = (page) =>
    page.addInitScript(() => {
      window.__progress = [];
      new MutationObserver(() => {
        const bar = document.getElementById('progress-bar');
        if (bar && bar.style.width) window.__progress.push(parseFloat(bar.style.width));
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['style'] });
    });
  const app = await openApp('', { before });
  try {
    const widths = await app.page.evaluate(() => window.__progress);
    assert.ok(widths.length >= 3, `progress updated ${widths.length} times`);
    assert.equal(widths[widths.length - 1], 100, 'ends at 100%');
    assert.ok(widths.some((w) => w > 0 && w < 100), 'shows intermediate progress');
    assert.ok(widths.every((w, i) => i === 0 || w >= widths[i - 1]), 'never goes backwards');
  } finally {
    await app.close();
  }
});

test('the compiler reads the server\'s own response, so the browser can keep the compiled code', async () => {
  // Chrome keeps compiled wasm for the next visit only for a response with
  // an address (one made by the page from a stream has none).
  const before = (page) =>
    page.addInitScript(() => {
      const orig = WebAssembly.instantiateStreaming;
      WebAssembly.instantiateStreaming = function (source, imports) {
        window.__compiled = Promise.resolve(source).then((r) => ({ url: r.url, type: r.headers.get('Content-Type') }));
        return orig.call(this, source, imports);
      };
    });
  const app = await openApp('', { before });
  try {
    const build = await (await app.page.request.get(env.baseURL + 'build.json')).json();
    const got = await app.page.evaluate(() => window.__compiled);
    assert.equal(got.url, env.baseURL + build.wasm);
    assert.equal(got.type, 'application/wasm');
  } finally {
    await app.close();
  }
});

test('a host that labels the wasm with another type still gets it run', async () => {
  const before = (page) =>
    page.route(/\.wasm$/, async (route) => {
      const res = await route.fetch();
      const headers = { ...res.headers(), 'content-type': 'application/octet-stream' };
      delete headers['content-encoding']; // route.fetch gives the decoded body
      delete headers['content-length'];
      await route.fulfill({ status: 200, headers, body: await res.body() });
    });
  const app = await openApp('', { before });
  try {
    const s = await loadingScreen(app.page);
    assert.ok(!s.error, `no error (says "${s.message}")`);
  } finally {
    await app.close();
  }
});

test('a failed download shows a message and a Retry button that reloads', async () => {
  const app = await openExpectingError(
    (page) => page.route(/\.wasm$/, (route) => route.abort('connectionreset')),
    (s) => {
      assert.match(s.message, /couldn.t be downloaded/);
      assert.ok(s.retryVisible, 'Retry button shown');
    },
  );
  try {
    // Retry reloads; with the route removed the app now loads.
    await app.page.unroute(/\.wasm$/);
    await Promise.all([app.page.waitForEvent('load'), app.page.click('#retry')]);
    await app.waitReady();
  } finally {
    await app.close();
  }
});

test('without WebGL the page explains why, instead of failing silently', async () => {
  const app = await openExpectingError(
    (page) =>
      page.addInitScript(() => {
        const orig = HTMLCanvasElement.prototype.getContext;
        HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
          return /webgl/.test(type) ? null : orig.call(this, type, ...rest);
        };
      }),
    (s) => assert.match(s.message, /WebGL/),
  );
  await app.close();
});

test('without WebAssembly the page explains why', async () => {
  const app = await openExpectingError(
    (page) =>
      page.addInitScript(() => {
        delete globalThis.WebAssembly;
      }),
    (s) => {
      assert.match(s.message, /WebAssembly/);
      assert.ok(!s.retryVisible, 'no pointless Retry');
    },
  );
  await app.close();
});
