// Loads the app. An external module (not Trunk's inline loader) so that the page's
// Content-Security-Policy can forbid inline scripts.
const boot = document.getElementById('boot');
const { default: init } = await import(new URL(boot.dataset.js, document.baseURI).href);
await init({ module_or_path: new URL(boot.dataset.wasm, document.baseURI).href });
