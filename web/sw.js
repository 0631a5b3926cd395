// sw.js — the service worker that lets the explorer start with no network
// after one visit, and be installed.
//
// offline.js registers it as sw.js?build=<the wasm's hashed name, from
// build.json>, so each build is a new worker with a cache of its own,
// "spinefusion-<that name>". It caches the page shell and the wasm when it
// installs, and deletes every older "spinefusion-" cache when it takes
// over. It answers only this origin's GET requests: the hashed wasm from
// the cache first (its name changes with its content), everything else from
// the network first (a new deployment shows at once) and from the cache
// when offline. It stores nothing else and sends nothing anywhere.
'use strict';

const BUILD = new URL(self.location.href).searchParams.get('build') || 'dev';
const CACHE = `spinefusion-${BUILD}`;
const SHELL = ['./', 'index.html', 'main.js', 'qr.js', 'share.js', 'present.js', 'offline.js', 'style.css',
  'favicon.svg', 'wasm_exec.js', 'manifest.webmanifest', 'icon-192.png', 'icon-512.png',
  'icon-maskable-512.png', 'build.json'];

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const files = SHELL.slice();
    if (/^spinefusion\.[0-9a-f]{8,}\.wasm$/.test(BUILD)) files.push(BUILD);
    await cache.addAll(files);
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('spinefusion-') && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin) return;
  if (/\.[0-9a-f]{8,}\.wasm$/.test(url.pathname)) {
    event.respondWith(cacheFirst(req));
  } else {
    event.respondWith(networkFirst(req));
  }
});

async function cacheFirst(req) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(req);
  if (hit) return hit;
  const res = await fetch(req);
  if (res.ok) cache.put(req, res.clone());
  return res;
}

// networkFirst asks the network and falls back to the cache; a page's
// address with a query (a shared link) finds the cached page without it.
async function networkFirst(req) {
  const cache = await caches.open(CACHE);
  try {
    const res = await fetch(req);
    if (res.ok && (await cache.match(req, { ignoreSearch: req.mode === 'navigate' }))) {
      await cache.put(req.mode === 'navigate' ? './' : req, res.clone());
    }
    return res;
  } catch (e) {
    const hit = await cache.match(req, { ignoreSearch: req.mode === 'navigate' });
    if (hit) return hit;
    throw e;
  }
}
