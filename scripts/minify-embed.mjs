#!/usr/bin/env node
// Trunk post-build hook (scripts/post-build.mjs): minifies the embed loader (www/embed.js) of a
// release build with terser. Trunk copies it as written (copy-file is never minified); its
// comments are most of it: 3.4 KB raw, 1.3 KB brotli, minified about 0.6 KB brotli less. It is a
// classic script, so terser keeps its wrapping function and shortens only the names inside it.
//
//   TRUNK_STAGING_DIR=dist TRUNK_PROFILE=release node scripts/minify-embed.mjs
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('minify-embed: TRUNK_STAGING_DIR is not set (run as a Trunk hook)');
  process.exit(1);
}
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

const path = join(dir, 'embed.js');
const source = await readFile(path, 'utf8');
const { code } = await minify(source, { compress: { passes: 2 }, mangle: true, format: { comments: false } });
if (!code) {
  console.error('minify-embed: terser returned nothing for embed.js');
  process.exit(1);
}
await writeFile(path, code);
console.log(`minify-embed: embed.js ${source.length} -> ${code.length} bytes`);
