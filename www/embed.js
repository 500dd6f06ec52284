// exo-auth-analyzer embed loader for host pages. Plain ES2020, no dependencies.
//
//   <div data-exo-auth-analyzer data-src="https://example.org/tools/exo-auth-analyzer/"
//        data-lang="de" data-theme="dark"></div>
//   <script src="https://example.org/tools/exo-auth-analyzer/embed.js" defer></script>
//
// Each such element gets an iframe showing the app in embed mode
// (data-src + "#embed&lang=..&theme=.."). The app posts {"exo-auth-analyzer": {"height": N}}
// when its content changes size; this script sets the iframe's height from messages that come
// from that iframe's window and that iframe's origin, and ignores every other message.
// Nothing is sent to the app: what users paste stays inside the iframe.
(() => {
  'use strict';

  const KEY = 'exo-auth-analyzer';
  const MAX_HEIGHT = 20000; // px; a sane ceiling whatever a message claims
  const INITIAL_HEIGHT = 600; // px until the app reports its height
  const TOKEN = /^[A-Za-z0-9-]{1,35}$/; // what data-lang / data-theme may contain

  /** iframe -> origin of its src, for every iframe this script created. */
  const frames = new Map();

  function embed(host) {
    if (host.dataset.exoAuthAnalyzerReady) return; // already done (script loaded twice)
    let url;
    try {
      url = new URL(host.dataset.src || '', document.baseURI);
    } catch {
      console.warn('exo-auth-analyzer: data-src is not a URL', host);
      return;
    }
    // Only web pages: a javascript: or data: src would run in (or spoof) the host page.
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      console.warn('exo-auth-analyzer: data-src must be an http(s) URL', host);
      return;
    }
    const options = ['embed'];
    for (const name of ['lang', 'theme']) {
      const value = host.dataset[name];
      if (value && TOKEN.test(value)) options.push(`${name}=${value}`);
    }
    url.hash = options.join('&');

    const frame = document.createElement('iframe');
    frame.src = url.href;
    frame.title = host.dataset.title || 'Exchange sign-in analyzer (POP3, IMAP4, SMTP AUTH)';
    frame.referrerPolicy = 'no-referrer';
    frame.setAttribute('allow', 'clipboard-write'); // the app's Copy buttons
    frame.style.cssText = `display:block;width:100%;border:0;height:${INITIAL_HEIGHT}px`;
    frames.set(frame, url.origin);
    host.dataset.exoAuthAnalyzerReady = 'true';
    host.replaceChildren(frame);
  }

  window.addEventListener('message', (event) => {
    const payload = event.data && typeof event.data === 'object' ? event.data[KEY] : undefined;
    if (!payload || typeof payload !== 'object') return;
    for (const [frame, origin] of frames) {
      // Both checks: the sender is this iframe's window AND it holds the expected origin
      // (the iframe may have navigated elsewhere).
      if (event.source !== frame.contentWindow || event.origin !== origin) continue;
      const height = payload.height;
      if (typeof height !== 'number' || !Number.isFinite(height) || height <= 0) return;
      frame.style.height = `${Math.ceil(Math.min(height, MAX_HEIGHT))}px`;
      return;
    }
  });

  function embedAll() {
    document.querySelectorAll('[data-exo-auth-analyzer]').forEach(embed);
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', embedAll);
  } else {
    embedAll();
  }
})();
