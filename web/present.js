// present.js — presenter tools over the app: a pen in three colours, an
// eraser, a laser pointer whose trail fades, clear, full screen, and
// saving the frame as a PNG with the drawings and a caption.
//
// The drawings live on #ink, a canvas over the app's, drawn with pointer
// events (mouse, touch and pen alike) only as the pointer moves; the
// laser's trail on #laser is redrawn by requestAnimationFrame only while
// it fades. Nothing runs while nobody draws.
//
// The app (game/page/present_js.go) opens the bar with a
// "spinefusion:present" event, detail [toggle "1"/"0", lang, then the
// words: pen, eraser, pointer, red, blue, yellow, clear, full screen, save
// image, done, tool group label, colour group label]. "Save image" asks
// the app with a "spinefusion:export" event; the app answers with
// "spinefusion:frame", detail [width, height, file name, caption, note],
// the pixels in window.__spinefusionFrame.
(() => {
  'use strict';
  const bar = document.getElementById('present');
  const ink = document.getElementById('ink');
  const laser = document.getElementById('laser');
  if (!bar || !ink || !laser) return;
  const $ = (id) => document.getElementById(id);
  const inkCtx = ink.getContext('2d');
  const laserCtx = laser.getContext('2d');

  const PEN_WIDTH = 4; // CSS pixels
  const ERASER_WIDTH = 36;
  const LASER_RADIUS = 7;
  const LASER_FADE_MS = 700;
  const LASER_COLOUR = '229, 37, 42';

  let tool = 'pen';
  let colour = '#e5252a';
  let drawing = null; // {id, x, y} while a stroke goes on
  const trail = []; // {x, y, t} in device pixels
  let fading = false;
  let inked = false;

  function dpr() {
    return window.devicePixelRatio || 1;
  }

  // fit keeps both canvases at the window's size in device pixels, keeping
  // what was drawn.
  function fit() {
    const w = Math.max(1, Math.round(window.innerWidth * dpr()));
    const h = Math.max(1, Math.round(window.innerHeight * dpr()));
    if (ink.width === w && ink.height === h) return;
    let old = null;
    if (inked) {
      old = document.createElement('canvas');
      old.width = ink.width;
      old.height = ink.height;
      old.getContext('2d').drawImage(ink, 0, 0);
    }
    ink.width = laser.width = w;
    ink.height = laser.height = h;
    if (old) inkCtx.drawImage(old, 0, 0, w, h);
  }
  window.addEventListener('resize', fit);
  fit();

  function open(show) {
    bar.hidden = !show;
    ink.classList.toggle('drawing', show);
    laser.classList.toggle('shown', show);
    document.documentElement.classList.toggle('presenting', show);
    if (show) {
      fit();
      ($(`present-${tool}`) || bar.querySelector('button')).focus({ preventScroll: true });
    } else {
      drawing = null;
      const canvas = document.querySelector('body > canvas');
      if (canvas) canvas.focus({ preventScroll: true });
    }
  }

  const ids = ['present-pen', 'present-eraser', 'present-laser', 'present-red', 'present-blue',
    'present-yellow', 'present-clear', 'present-full', 'present-save', 'present-done'];
  window.addEventListener('spinefusion:present', (e) => {
    const d = e.detail;
    if (!Array.isArray(d) || d.length < 2 + ids.length + 2) return;
    bar.lang = d[1];
    ids.forEach((id, i) => {
      $(id).textContent = d[2 + i];
    });
    $('present-tools').setAttribute('aria-label', d[2 + ids.length]);
    $('present-colours').setAttribute('aria-label', d[3 + ids.length]);
    bar.setAttribute('aria-label', d[2 + ids.length]);
    if (d[0] === '1') open(bar.hidden);
  });

  function choose(group, button) {
    for (const b of group.querySelectorAll('button[role="radio"]')) {
      b.setAttribute('aria-checked', String(b === button));
    }
  }
  for (const b of $('present-tools').querySelectorAll('button')) {
    b.addEventListener('click', () => {
      tool = b.dataset.tool;
      choose($('present-tools'), b);
      ink.dataset.tool = tool;
    });
  }
  for (const b of $('present-colours').querySelectorAll('button')) {
    b.addEventListener('click', () => {
      colour = b.dataset.colour;
      choose($('present-colours'), b);
      tool = 'pen';
      choose($('present-tools'), $('present-pen'));
      ink.dataset.tool = tool;
    });
  }
  $('present-clear').addEventListener('click', () => {
    inkCtx.clearRect(0, 0, ink.width, ink.height);
    inked = false;
  });
  $('present-done').addEventListener('click', () => open(false));
  $('present-save').addEventListener('click', () => window.dispatchEvent(new Event('spinefusion:export')));
  const full = $('present-full');
  full.hidden = !document.fullscreenEnabled;
  full.addEventListener('click', () => {
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
    else document.documentElement.requestFullscreen().catch(() => {});
  });
  bar.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') open(false);
  });

  // ---- drawing -----------------------------------------------------------

  function point(e) {
    const r = ink.getBoundingClientRect();
    return { x: (e.clientX - r.left) * (ink.width / r.width), y: (e.clientY - r.top) * (ink.height / r.height) };
  }

  function segment(from, to) {
    inkCtx.save();
    inkCtx.lineCap = 'round';
    inkCtx.lineJoin = 'round';
    if (tool === 'eraser') {
      inkCtx.globalCompositeOperation = 'destination-out';
      inkCtx.lineWidth = ERASER_WIDTH * dpr();
      inkCtx.strokeStyle = '#000';
    } else {
      inkCtx.lineWidth = PEN_WIDTH * dpr();
      inkCtx.strokeStyle = colour;
      inked = true;
    }
    inkCtx.beginPath();
    inkCtx.moveTo(from.x, from.y);
    inkCtx.lineTo(to.x + (to.x === from.x && to.y === from.y ? 0.01 : 0), to.y);
    inkCtx.stroke();
    inkCtx.restore();
  }

  function addTrail(e) {
    const p = point(e);
    trail.push({ x: p.x, y: p.y, t: e.timeStamp || performance.now() });
    if (trail.length > 64) trail.shift();
    if (!fading) {
      fading = true;
      requestAnimationFrame(fade);
    }
  }

  // fade redraws the laser's trail, older points fainter and smaller,
  // until every point has faded; then it stops.
  function fade(now) {
    laserCtx.clearRect(0, 0, laser.width, laser.height);
    const limit = performance.now() - LASER_FADE_MS;
    while (trail.length && trail[0].t < limit) trail.shift();
    if (!trail.length) {
      fading = false;
      return;
    }
    const r = LASER_RADIUS * dpr();
    laserCtx.lineCap = 'round';
    for (let i = 0; i < trail.length; i++) {
      const p = trail[i];
      const f = Math.max(0, 1 - (performance.now() - p.t) / LASER_FADE_MS);
      laserCtx.strokeStyle = `rgba(${LASER_COLOUR}, ${0.85 * f})`;
      laserCtx.lineWidth = 2 * r * (0.35 + 0.65 * f);
      laserCtx.beginPath();
      const q = i > 0 ? trail[i - 1] : p;
      laserCtx.moveTo(q.x, q.y);
      laserCtx.lineTo(p.x + (q === p ? 0.01 : 0), p.y);
      laserCtx.stroke();
    }
    const head = trail[trail.length - 1];
    laserCtx.fillStyle = `rgba(${LASER_COLOUR}, 0.95)`;
    laserCtx.beginPath();
    laserCtx.arc(head.x, head.y, r, 0, 2 * Math.PI);
    laserCtx.fill();
    requestAnimationFrame(fade);
  }

  ink.addEventListener('pointerdown', (e) => {
    if (bar.hidden || !e.isPrimary) return;
    e.preventDefault();
    try {
      ink.setPointerCapture(e.pointerId); // keep the stroke when it leaves the window
    } catch {
      // Not an active pointer (e.g. a synthetic event): draw all the same.
    }
    if (tool === 'laser') {
      addTrail(e);
      return;
    }
    const p = point(e);
    drawing = { id: e.pointerId, ...p };
    segment(p, p);
  });
  ink.addEventListener('pointermove', (e) => {
    if (bar.hidden || !e.isPrimary) return;
    if (tool === 'laser') {
      if (e.pointerType === 'mouse' || e.buttons) addTrail(e);
      return;
    }
    if (!drawing || drawing.id !== e.pointerId) return;
    const events = e.getCoalescedEvents ? e.getCoalescedEvents() : [e];
    for (const ev of events.length ? events : [e]) {
      const p = point(ev);
      segment(drawing, p);
      drawing.x = p.x;
      drawing.y = p.y;
    }
  });
  const end = (e) => {
    if (drawing && drawing.id === e.pointerId) drawing = null;
  };
  ink.addEventListener('pointerup', end);
  ink.addEventListener('pointercancel', end);

  // ---- saving the frame ----------------------------------------------------

  window.addEventListener('spinefusion:frame', (e) => {
    const d = e.detail;
    const pix = window.__spinefusionFrame;
    delete window.__spinefusionFrame;
    if (!Array.isArray(d) || d.length < 5 || !(pix instanceof Uint8ClampedArray)) return;
    const [w, h] = [Number(d[0]), Number(d[1])];
    if (!(w > 0 && h > 0) || pix.length !== w * h * 4) return;
    const out = document.createElement('canvas');
    out.width = w;
    out.height = h;
    const ctx = out.getContext('2d');
    ctx.putImageData(new ImageData(pix, w, h), 0, 0);
    if (inked) ctx.drawImage(ink, 0, 0, w, h);
    caption(ctx, w, h, d[3], d[4]);
    out.toBlob((blob) => {
      if (!blob) return;
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = d[2];
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    }, 'image/png');
  });

  // caption writes the state's line and the note on a band at the bottom.
  function caption(ctx, w, h, line, note) {
    const font = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
    let size = Math.round(Math.max(12, Math.min(w / 48, 36)));
    const pad = Math.round(size * 0.7);
    ctx.font = `600 ${size}px ${font}`;
    while (size > 9 && ctx.measureText(line).width > w - 2 * pad) {
      size--;
      ctx.font = `600 ${size}px ${font}`;
    }
    const small = Math.round(size * 0.78);
    const band = pad * 2 + size * 1.25 + small * 1.3;
    ctx.fillStyle = 'rgba(255, 255, 255, 0.92)';
    ctx.fillRect(0, h - band, w, band);
    ctx.fillStyle = '#1c2530';
    ctx.textBaseline = 'top';
    ctx.fillText(line, pad, h - band + pad);
    ctx.font = `${small}px ${font}`;
    ctx.fillStyle = '#4a5563';
    ctx.fillText(note, pad, h - band + pad + size * 1.25);
  }
})();
