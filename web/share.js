// share.js — the share panel. The app (game/page/share_js.go) sends a
// "spinefusion:share" window event whose detail is a list of strings:
// [lang, theme, link, iframe snippet, then the panel's words: title, QR
// note, QR label, link label, copy, copied, copy failed, embed label, embed
// title, close]. This file fills the panel in (as text and field values
// only, never HTML), draws the link's QR code (qr.js, level M), opens the
// panel, copies and closes. It sends nothing anywhere.
(() => {
  'use strict';
  const panel = document.getElementById('share');
  if (!panel) return;
  const $ = (id) => document.getElementById(id);
  const status = $('share-status');
  let copied = 'Copied';
  let copyFailed = '';

  // drawQR paints the code black on white with a quiet zone of four
  // modules, each module a whole number of device pixels, about 232 CSS
  // pixels wide.
  function drawQR(canvas, code) {
    const size = code.size;
    const quiet = 4;
    const n = size + 2 * quiet;
    const dpr = window.devicePixelRatio || 1;
    const scale = Math.max(2, Math.floor((232 * dpr) / n));
    canvas.width = canvas.height = n * scale;
    canvas.style.width = canvas.style.height = `${(n * scale) / dpr}px`;
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.fillStyle = '#000000';
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        if (code.dark(x, y)) ctx.fillRect((x + quiet) * scale, (y + quiet) * scale, scale, scale);
      }
    }
  }

  window.addEventListener('spinefusion:share', (e) => {
    const d = e.detail;
    if (!Array.isArray(d) || d.length < 14) return;
    const [lang, theme, link, snippet, title, qrNote, qrAlt, linkLabel, copy, copiedText,
      failedText, embedLabel, , close] = d;
    panel.lang = lang;
    panel.dataset.theme = theme;
    copied = copiedText;
    copyFailed = failedText;
    $('share-title').textContent = title;
    $('share-qr-note').textContent = qrNote;
    $('share-link-label').textContent = linkLabel;
    $('share-embed-label').textContent = embedLabel;
    $('share-link').value = link;
    $('share-snippet').value = snippet;
    $('share-copy-link').textContent = copy;
    $('share-copy-snippet').textContent = copy;
    const closeButton = $('share-close');
    closeButton.setAttribute('aria-label', close);
    closeButton.title = close;
    status.textContent = '';
    const qr = $('share-qr');
    qr.setAttribute('aria-label', qrAlt);
    qr.dataset.text = link;
    try {
      const code = globalThis.SpinefusionQR.encode(link, 'M');
      qr.dataset.version = code.version;
      drawQR(qr, code);
    } catch (err) {
      console.warn('Spinal Fusion Explorer: no QR code for this link:', err.message);
    }
    if (!panel.open) panel.showModal();
  });

  // copy puts the field's text on the clipboard; where the Clipboard API
  // is missing or refused, it selects the text and tries the old copy
  // command, and otherwise asks the person to copy the selection.
  async function copyField(field) {
    let done = false;
    try {
      if (navigator.clipboard && window.isSecureContext) {
        await navigator.clipboard.writeText(field.value);
        done = true;
      }
    } catch {
      // Fall back to selecting the text.
    }
    field.focus();
    field.select();
    if (!done) {
      try {
        done = document.execCommand('copy');
      } catch {
        done = false;
      }
    }
    status.textContent = done ? copied : copyFailed;
  }

  for (const button of panel.querySelectorAll('button[data-copy]')) {
    button.addEventListener('click', () => copyField($(button.dataset.copy)));
  }
  $('share-close').addEventListener('click', () => panel.close());
  // A click on the backdrop (outside the card) closes the panel too.
  panel.addEventListener('click', (e) => {
    if (e.target === panel) panel.close();
  });
  // Give the keyboard back to the app.
  panel.addEventListener('close', () => {
    const canvas = document.querySelector('body > canvas');
    if (canvas) canvas.focus({ preventScroll: true });
  });
})();
