// Draws the app's PNG icons (web/icon-192.png, web/icon-512.png and the
// maskable web/icon-maskable-512.png) from web/favicon.svg with the system
// Chromium. Run once after changing the favicon: node web/test/make-icons.mjs
// The PNGs are committed; the build copies them into dist/.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, REPO_ROOT } from './lib.mjs';

const svg = readFileSync(join(REPO_ROOT, 'web', 'favicon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage();
for (const [name, size, maskable] of [['icon-192.png', 192, false], ['icon-512.png', 512, false], ['icon-maskable-512.png', 512, true]]) {
  // A maskable icon fills its square; its picture keeps to the middle 80%.
  const inner = maskable ? Math.round(size * 0.8) : size;
  const html = `<body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${maskable ? '#12161c' : 'transparent'}">
    <img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${inner}" height="${inner}"></body>`;
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(html);
  await page.screenshot({ path: join(REPO_ROOT, 'web', name), omitBackground: !maskable });
}
await browser.close();
