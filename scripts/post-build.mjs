#!/usr/bin/env node
// Trunk's post-build hook (Trunk.toml). Trunk starts all hooks of a stage at once, so the steps
// that depend on each other run here, in order: the names the wasm and the glue share are
// shortened before the glue is minified, and the service worker lists the glue and the embed
// loader as minified.
await import('./minify-names.mjs');
await import('./minify-glue.mjs');
await import('./minify-embed.mjs');
await import('./site-files.mjs');
