#!/usr/bin/env node
// Trunk post-build hook (Trunk.toml): minifies the wasm-bindgen JS glue of a release build with
// terser and writes the new Subresource-Integrity hash into the page's links to it.
//
// Trunk's own JS minifier cannot read the glue (it stops at `export default`), so the glue was
// shipped as written: 33.7 KB raw, 5.5 KB brotli. Minified it is about 15.6 KB raw and 1.2 KB
// brotli less. Only names local to the module are shortened here: the names the wasm looks up
// (object keys and `wasm.` properties) were shortened before, in both files, by minify-names.mjs.
//
//   TRUNK_STAGING_DIR=dist TRUNK_PROFILE=release node scripts/minify-glue.mjs
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';
import { withIntegrity } from './integrity.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('minify-glue: TRUNK_STAGING_DIR is not set (run as a Trunk hook)');
  process.exit(1);
}
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

const pagePath = join(dir, 'index.html');
const page = await readFile(pagePath, 'utf8');
// The boot script names the glue in data-js (Trunk.toml's pattern_script), quoted or not.
const glueName = page.match(/data-js=["']?\.\/([^"'\s>]+\.js)/)?.[1];
if (!glueName) {
  console.error('minify-glue: no data-js attribute in index.html');
  process.exit(1);
}
const gluePath = join(dir, glueName);
const source = await readFile(gluePath, 'utf8');
const { code } = await minify(source, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } });
if (!code) {
  console.error(`minify-glue: terser returned nothing for ${glueName}`);
  process.exit(1);
}
await writeFile(gluePath, code);

// Every tag that loads the glue carries its hash.
const updated = withIntegrity(page, glueName, code);
if (!updated) {
  console.error(`minify-glue: no integrity attribute for ${glueName} in index.html`);
  process.exit(1);
}
await writeFile(pagePath, updated);
console.log(`minify-glue: ${glueName} ${source.length} -> ${code.length} bytes`);
