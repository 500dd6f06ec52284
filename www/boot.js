// Loads the app. An external module (not Trunk's inline loader) so that the page's
// Content-Security-Policy can forbid inline scripts.
const boot = document.getElementById('boot');
const url = (name) => new URL(boot.dataset[name], document.baseURI).href;
// The wasm compiles (streamed, off the main thread) while the JS glue loads, instead of after.
// A server sending the wasm with the wrong type makes compileStreaming fail: the glue then
// gets the address and falls back to fetching the bytes itself.
const wasm = WebAssembly.compileStreaming(fetch(url('wasm'))).catch(() => url('wasm'));
const { default: init } = await import(url('js'));
await init({ module_or_path: await wasm });
