// embed-example.js — a lesson page driving an embedded Spinal Fusion
// Explorer over postMessage (see README.md, "Host pages"). Copy and adapt:
// nothing here is specific to this site except where the explorer lives.
(() => {
  'use strict';

  const frame = document.getElementById('explorer');
  const buttons = [...document.querySelectorAll('button[data-set]')];
  const summary = document.getElementById('summary');
  const stateBox = document.getElementById('state');
  const errorBox = document.getElementById('error');

  // Where the explorer lives. Its origin= parameter is the allowlist of
  // pages it will talk to: here, this page's own origin.
  const appURL = new URL('index.html', location.href);
  appURL.searchParams.set('controls', '0');
  appURL.searchParams.set('origin', location.origin);
  const appOrigin = appURL.origin;
  frame.src = appURL.href;

  let ready = false;
  let last = null;

  function send(message) {
    frame.contentWindow.postMessage(message, appOrigin);
  }

  function months(m) {
    if (m === 0) return 'the day of surgery';
    if (m < 12) return `${m} month${m === 1 ? '' : 's'} after surgery`;
    const y = m / 12;
    return `${Number.isInteger(y) ? y : y.toFixed(1)} year${y === 1 ? '' : 's'} after surgery`;
  }

  const motions = {
    'flexion-extension': 'bending forward and back',
    'lateral-bending': 'bending to the side',
    'axial-rotation': 'twisting',
  };
  const views = { compare: 'before and after, side by side', before: 'the spine before surgery', after: 'the spine after fusion' };

  // show puts a received state on the page, as text only.
  function show(state) {
    last = state;
    const levels = Array.isArray(state.levels) ? state.levels.join(', ') : '?';
    summary.textContent =
      `${views[state.view] || state.view}; fusion of ${levels}, ${months(state.months)}; ` +
      `${motions[state.motion] || state.motion}${state.playing ? '' : ' (paused)'}.`;
    const { segments, ...rest } = state;
    stateBox.textContent = JSON.stringify(rest, null, 2);
    for (const b of buttons) {
      const want = JSON.parse(b.dataset.set);
      const on = Object.entries(want).every(([k, v]) => state[k] === v);
      b.setAttribute('aria-pressed', String(on));
    }
  }

  window.addEventListener('message', (event) => {
    // Only the explorer's own frame, from where it lives.
    if (event.source !== frame.contentWindow || event.origin !== appOrigin) return;
    const msg = event.data;
    if (!msg || typeof msg !== 'object') return;
    switch (msg.type) {
      case 'spinefusion:ready':
        ready = true;
        for (const b of buttons) b.disabled = false;
        show(msg.state);
        break;
      case 'spinefusion:state':
        show(msg.state);
        break;
      case 'spinefusion:error':
        errorBox.hidden = false;
        errorBox.textContent = `The explorer refused a message: ${msg.message}`;
        break;
    }
  });

  for (const b of buttons) {
    b.disabled = true;
    b.addEventListener('click', () => {
      if (!ready) return;
      errorBox.hidden = true;
      send({ type: 'spinefusion:set', state: JSON.parse(b.dataset.set) });
    });
  }

  // For scripts and tests: the last state received.
  window.lesson = { get state() { return last; }, send };
})();
