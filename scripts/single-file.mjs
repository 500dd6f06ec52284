#!/usr/bin/env node
// Turns the release build in dist/ into ONE self-contained HTML file for air-gapped machines:
// opened from file://, it makes no request at all.
//
//   node scripts/single-file.mjs [dist] [dist-offline/exo-auth-analyzer.html]
//
// - the style sheet goes into one <style>;
// - the wasm-bindgen JS glue and the boot code go into one <script type="module">, and the wasm
//   is inlined as base64 and instantiated from bytes (`init({ module_or_path: bytes })`);
// - Trunk's preload/modulepreload links, the stylesheet link, the web app manifest link and the
//   external boot script (which also registers the hosted copy's service worker) are removed
//   (each would be a request);
// - the Content-Security-Policy <meta> is replaced by one that allows exactly these two inline
//   blocks by their sha256 hashes (no 'unsafe-inline', no nonce) and forbids every connection.
//
// Node built-ins only: no npm dependency.
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

const [distArg = 'dist', outArg = 'dist-offline/exo-auth-analyzer.html'] = process.argv.slice(2);
const dist = resolve(distArg);
const out = resolve(outArg);

function fail(message) {
  console.error(`single-file: ${message}`);
  process.exit(1);
}

/** The value of attribute `name` in a tag's source text, or undefined. */
function attr(tag, name) {
  const m = tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'));
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/** A file Trunk referenced from index.html, resolved inside dist/ only. */
async function distFile(href, what) {
  if (!href) fail(`index.html names no ${what}`);
  const path = resolve(dist, href.replace(/^\.\//, ''));
  if (!path.startsWith(dist + '/')) fail(`${what} ${href} is outside ${dist}`);
  return readFile(path);
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

let html;
try {
  html = await readFile(join(dist, 'index.html'), 'utf8');
} catch {
  fail(`no ${join(dist, 'index.html')}: run trunk build --release first`);
}

// 1. What Trunk put in: the stylesheet link and the boot script naming the glue and the wasm.
const styleLinks = html.match(/<link\b[^>]*\brel\s*=\s*["']?stylesheet\b[^>]*>/gi) ?? [];
const bootTag = html.match(/<script\b[^>]*\bid\s*=\s*["']?boot\b[^>]*>\s*<\/script>/i)?.[0];
if (styleLinks.length !== 1) fail(`expected one stylesheet link, found ${styleLinks.length}`);
if (!bootTag) fail('no <script id="boot"> in index.html (see pattern_script in Trunk.toml)');

const css = (await distFile(attr(styleLinks[0], 'href'), 'style sheet')).toString('utf8');
const glue = (await distFile(attr(bootTag, 'data-js'), 'JS glue')).toString('utf8');
const wasm = await distFile(attr(bootTag, 'data-wasm'), 'wasm');

// 2. The glue is an ES module ending in `export { initSync, __wbg_init as default };` (on a line
//    of its own, or after the last statement once minified). Drop the export statement (nothing
//    imports an inline script) and call its default export directly.
const exportRe = /\bexport\s*\{([^}]*)\};?\s*$/;
const exported = glue.match(exportRe);
const initName = exported?.[1].match(/([A-Za-z_$][\w$]*)\s+as\s+default\b/)?.[1];
if (!initName) fail('the JS glue has no `export { … as default }` at its end: wasm-bindgen output changed?');
if (/(^|[;{}\s])export\s*(\{|\*|default\b|const\b|let\b|var\b|function\b|class\b|async\b)/.test(glue.replace(exportRe, ''))) {
  fail('the JS glue has more than one export statement: wasm-bindgen output changed?');
}

const script = `${glue.replace(exportRe, '').trimEnd()}

// Boot (single-file build): the wasm is inlined below as base64 and instantiated from bytes,
// so nothing is fetched.
const __exoWasmBase64 = "${wasm.toString('base64')}";
const __exoWasmText = atob(__exoWasmBase64);
const __exoWasmBytes = new Uint8Array(__exoWasmText.length);
for (let i = 0; i < __exoWasmText.length; i += 1) __exoWasmBytes[i] = __exoWasmText.charCodeAt(i);
await ${initName}({ module_or_path: __exoWasmBytes });
`;
const style = css.trim();

// An inline block ends at the first `</script` or `</style`, whatever quotes surround it.
if (/<\/script|<!--/i.test(script)) fail('the JS contains "</script" or "<!--"; cannot inline it safely');
if (/<\/style/i.test(style)) fail('the CSS contains "</style"; cannot inline it safely');

const csp = [
  "default-src 'none'",
  `script-src ${sha256(script)} 'wasm-unsafe-eval'`,
  `style-src ${sha256(style)}`,
  "connect-src 'none'",
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

// 3. Rewrite the page: new CSP, no links that load anything, the two inline blocks.
let page = html;
const cspRe = /<meta\b[^>]*http-equiv\s*=\s*["']?Content-Security-Policy["']?[^>]*>/i;
if (!cspRe.test(page)) fail('no Content-Security-Policy <meta> in index.html');
page = page.replace(cspRe, () => `<meta http-equiv="Content-Security-Policy" content="${csp}" />`);
page = page.replace(/<link\b[^>]*\brel\s*=\s*["']?(?:stylesheet|preload|modulepreload|prefetch|manifest)\b[^>]*>\s*/gi, '');
page = page.replace(bootTag, '');
// Replacement callbacks, so that `$` in the code is never read as a replacement pattern.
page = page.replace(/<\/head>/i, () => `<style>${style}</style>\n<script type="module">${script}</script>\n</head>`);

// 4. Check the result: nothing left that the browser would fetch.
const leftovers = [];
for (const tag of page.match(/<(?:link|script|img|iframe|source|object|embed)\b[^>]*>/gi) ?? []) {
  const url = attr(tag, 'src') ?? attr(tag, 'href');
  if (url !== undefined && !url.startsWith('data:')) leftovers.push(tag);
}
if (leftovers.length) fail(`tags that would make requests are left:\n  ${leftovers.join('\n  ')}`);
if ((page.match(/<script\b/gi) ?? []).length !== 1) fail('expected exactly one <script> in the result');

await mkdir(dirname(out), { recursive: true });
await writeFile(out, page);
console.log(`single-file: wrote ${outArg} (${Buffer.byteLength(page)} bytes)`);
