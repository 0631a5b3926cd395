// main.js — loads the Spinal Fusion Explorer WebAssembly app.
//
// Steps: check for WebAssembly and WebGL, read build.json (the content-hashed
// wasm name and its uncompressed size), stream the wasm while showing real
// progress, compile it (streaming compilation where available), and run it
// with Go's wasm_exec.js. The Go app appends its own <canvas>, sets
// window.spinefusion and dispatches "spinefusion:ready" once its first frame
// is drawn; then the loading screen fades out.
//
// No inline script or style anywhere: the page runs under a strict CSP.
(() => {
  'use strict';

  const overlay = document.getElementById('loading');
  const message = document.getElementById('loading-message');
  const progress = document.getElementById('progress');
  const bar = document.getElementById('progress-bar');
  const progressText = document.getElementById('progress-text');
  const retry = document.getElementById('retry');

  let ready = false;
  let failed = false;

  retry.addEventListener('click', () => location.reload());

  function setMessage(text) {
    message.textContent = text;
  }

  // showError replaces the loading message with a friendly explanation,
  // optionally with a Retry button. It also re-shows the overlay if the app
  // stops after it was hidden.
  function showError(text, canRetry, detail) {
    failed = true;
    // Logged as an error: each of these is a real failure worth noticing.
    if (detail) console.error('Spinal Fusion Explorer:', detail);
    overlay.hidden = false;
    overlay.classList.remove('done');
    overlay.removeAttribute('aria-hidden');
    overlay.classList.add('error');
    overlay.setAttribute('role', 'alertdialog');
    setMessage(text);
    progressText.textContent = '';
    retry.hidden = !canRetry;
    if (canRetry) retry.focus();
  }

  function formatMB(bytes) {
    return (bytes / 1e6).toFixed(1) + ' MB';
  }

  // setProgress shows bytes received out of total; total 0 means unknown,
  // shown as an indeterminate (sliding) bar.
  function setProgress(received, total) {
    if (total > 0) {
      const pct = Math.min(100, (100 * received) / total);
      progress.classList.remove('indeterminate');
      bar.style.width = pct.toFixed(1) + '%';
      progress.setAttribute('aria-valuenow', Math.round(pct));
      progressText.textContent = `${formatMB(received)} of ${formatMB(total)}`;
    } else {
      progress.classList.add('indeterminate');
      progress.removeAttribute('aria-valuenow');
      progressText.textContent = received > 0 ? formatMB(received) : '';
    }
  }

  function hasWebAssembly() {
    return typeof WebAssembly === 'object' && typeof WebAssembly.instantiate === 'function';
  }

  function hasWebGL() {
    try {
      const canvas = document.createElement('canvas');
      const gl = canvas.getContext('webgl2') || canvas.getContext('webgl');
      if (!gl) return false;
      // Give the probe context back at once; browsers cap live contexts.
      const lose = gl.getExtension('WEBGL_lose_context');
      if (lose) lose.loseContext();
      return true;
    } catch {
      return false;
    }
  }

  // readBuildInfo fetches build.json ({"wasm": name, "size": bytes}),
  // always revalidated so a new deployment is picked up.
  async function readBuildInfo() {
    try {
      const r = await fetch('build.json', { cache: 'no-cache' });
      if (r.ok) return await r.json();
    } catch {
      // Fall through to the defaults.
    }
    return {};
  }

  function onReady() {
    if (ready || failed) return;
    ready = true;
    performance.mark('spinefusion:ready');
    overlay.classList.add('done');
    overlay.setAttribute('aria-hidden', 'true');
    // Hide it fully after the fade so it takes no part in layout or a11y.
    setTimeout(() => {
      if (!failed) overlay.hidden = true;
    }, 400);
    // Give keyboard users the canvas, unless we are embedded (an iframe
    // must not steal focus from its host page).
    const canvas = document.querySelector('body > canvas');
    if (canvas && window.top === window) canvas.focus({ preventScroll: true });
  }

  // countBytes reads a copy of the wasm response's body and shows how much
  // has arrived, at most ten times a second. The page's thread is busy
  // while the wasm compiles, so the copy can lag behind what the compiler
  // has read: stop() ends the count once the wasm is ready (or failed) and
  // shows the download as complete.
  function countBytes(copy, total) {
    const reader = copy.body.getReader();
    let received = 0;
    let shown = 0;
    let done = false;
    const finish = (ok) => {
      if (done) return;
      done = true;
      if (!ok) return;
      performance.mark('spinefusion:download-end');
      setProgress(Math.max(received, total), Math.max(received, total));
      setMessage('Preparing the spine model…');
    };
    (async () => {
      for (;;) {
        const chunk = await reader.read();
        if (chunk.done || done) break;
        received += chunk.value.byteLength;
        const now = performance.now();
        if (now - shown >= 100) {
          shown = now;
          setProgress(received, total);
        }
      }
      finish(true);
    })().catch(() => {
      // The compiler's copy reports the failure (see start).
    });
    return {
      // stop(ok): ok is whether the wasm is ready.
      stop(ok) {
        if (!done) reader.cancel().catch(() => {});
        finish(ok);
      },
    };
  }

  async function start() {
    if (!hasWebAssembly()) {
      showError(
        "Your browser can't run WebAssembly, which this explorer needs. " +
          'Please open it in an up-to-date version of Chrome, Edge, Firefox or Safari.',
        false,
      );
      return;
    }
    if (typeof Go !== 'function') {
      showError("Part of the page didn't load. Please check your connection and try again.", true,
        'wasm_exec.js is missing');
      return;
    }
    if (!hasWebGL()) {
      showError(
        "Your browser or device can't draw 3D graphics (WebGL is off or unavailable), so the spine " +
          "model can't be shown. Try turning on hardware acceleration in your browser's settings, " +
          'or use another browser or device.',
        false,
      );
      return;
    }

    const build = await readBuildInfo();
    const wasmURL = typeof build.wasm === 'string' && build.wasm ? build.wasm : 'spinefusion.wasm';
    // The total must be the *uncompressed* size: with Content-Encoding the
    // body stream yields decoded bytes while Content-Length is compressed.
    let total = Number.isFinite(build.size) && build.size > 0 ? build.size : 0;

    const downloadFailed = (detail) =>
      showError(
        "The spine model couldn't be downloaded. Please check your internet connection and try again.",
        true,
        detail,
      );

    performance.mark('spinefusion:download-start');
    let response;
    try {
      response = await fetch(wasmURL);
    } catch (e) {
      downloadFailed(e);
      return;
    }
    if (!response.ok || !response.body) {
      downloadFailed(`${wasmURL}: HTTP ${response.status}`);
      return;
    }
    if (!total && !response.headers.get('Content-Encoding')) {
      total = Number(response.headers.get('Content-Length')) || 0;
    }

    // The compiler reads the response itself: with its address, the browser
    // keeps the compiled code and a later visit starts much faster (a
    // Response made here from a stream would have none). The bytes are
    // counted on a copy of the body, for the progress bar.
    setProgress(0, total);
    const counting = countBytes(response.clone(), total);

    const go = new Go();
    let instance;
    try {
      if (typeof WebAssembly.instantiateStreaming === 'function') {
        // A host that labels the wasm with another type still gets it run,
        // relabelled (the browser keeps no compiled code then).
        const type = (response.headers.get('Content-Type') || '').split(';')[0].trim().toLowerCase();
        const source = type === 'application/wasm' ? response
          : new Response(response.body, { headers: { 'Content-Type': 'application/wasm' } });
        ({ instance } = await WebAssembly.instantiateStreaming(source, go.importObject));
      } else {
        ({ instance } = await WebAssembly.instantiate(await response.arrayBuffer(), go.importObject));
      }
    } catch (e) {
      counting.stop(false);
      const wasmError =
        e instanceof WebAssembly.CompileError ||
        e instanceof WebAssembly.LinkError ||
        e instanceof WebAssembly.RuntimeError;
      if (wasmError) {
        showError("The spine model couldn't be started in this browser. Please try another browser.",
          true, e);
      } else {
        downloadFailed(e);
      }
      return;
    }
    counting.stop(true);
    performance.mark('spinefusion:instantiated');
    setMessage('Starting…');

    // go.run resolves only when the Go program exits, which a running app
    // never does; an exit (e.g. after a panic, whose message wasm_exec.js
    // logs to the console) is reported on screen.
    try {
      await go.run(instance);
      showError('The explorer stopped unexpectedly. Reloading the page usually helps.', true,
        'the Go program exited');
    } catch (e) {
      showError('The explorer stopped unexpectedly. Reloading the page usually helps.', true, e);
    }
  }

  // Listen before the app can possibly fire the event.
  window.addEventListener('spinefusion:ready', onReady);
  start();
})();
