// offline.js — registers the service worker (sw.js) once the app is
// ready, so that the next visit starts with no network. The worker is
// named by the build (build.json's hashed wasm), so a new deployment
// installs a new worker and its cache replaces the old one.
(() => {
  'use strict';
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  async function register() {
    try {
      const r = await fetch('build.json', { cache: 'no-cache' });
      const build = r.ok ? await r.json() : {};
      const name = typeof build.wasm === 'string' ? build.wasm : 'dev';
      await navigator.serviceWorker.register(`sw.js?build=${encodeURIComponent(name)}`, { scope: './' });
    } catch (e) {
      // Offline use is an extra: the app works without it.
      console.info('Spinal Fusion Explorer: no offline copy:', e && e.message);
    }
  }
  if (window.spinefusion?.ready) register();
  else window.addEventListener('spinefusion:ready', register, { once: true });
})();
