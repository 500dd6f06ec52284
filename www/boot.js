// Loads the app. An external module (not Trunk's inline loader) so that the page's
// Content-Security-Policy can forbid inline scripts.
const boot = document.getElementById('boot');
const { default: init } = await import(new URL(boot.dataset.js, document.baseURI).href);
await init({ module_or_path: new URL(boot.dataset.wasm, document.baseURI).href });

// The hosted copy keeps working offline after the first visit (sw.js). When the worker of a
// newer version takes over an open page, the page says so and offers the reload.
const workers = navigator.serviceWorker;
if (workers) {
  let controlled = Boolean(workers.controller);
  workers.addEventListener('controllerchange', () => {
    if (controlled) {
      const de = document.documentElement.lang === 'de';
      const note = document.createElement('p');
      const reload = document.createElement('button');
      note.className = 'update';
      note.setAttribute('role', 'status');
      reload.type = 'button';
      reload.textContent = de ? 'Neu laden' : 'Reload';
      reload.onclick = () => location.reload();
      note.append(de ? 'Eine neue Version ist bereit. ' : 'A new version is ready. ', reload);
      document.body.append(note);
    }
    controlled = true;
  });
  workers.register(new URL('sw.js', document.baseURI)).catch(() => {});
}
