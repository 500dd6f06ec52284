#!/usr/bin/env node
// After the release build (scripts/post-build.mjs), writes into the staged dist/:
// - boot.js minified;
// - sw.js, the service worker (from www/sw.js), with the version and the files it keeps;
// - the hosting configs, every one from the same facts: the Content-Security-Policy of the
//   built index.html (the one source of the policy) plus `frame-ancestors`, the other security
//   headers, the MIME types and the cache rules, for nginx (nginx.conf), Apache (.htaccess),
//   IIS (web.config), Azure Static Web Apps (staticwebapp.config.json) and Netlify or
//   Cloudflare Pages (_headers).
//
//   TRUNK_STAGING_DIR=dist TRUNK_PROFILE=release node scripts/site-files.mjs
//
// Everything written depends only on the built files, so two builds of one commit write the
// same bytes.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('site-files: TRUNK_STAGING_DIR is not set (run after trunk build, see scripts/post-build.mjs)');
  process.exit(1);
}
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

const root = new URL('..', import.meta.url).pathname;
const version = (await readFile(join(root, 'Cargo.toml'), 'utf8')).match(/^version = "([^"]+)"/m)?.[1];
if (!version) {
  console.error('site-files: no version in Cargo.toml');
  process.exit(1);
}

// 1. The boot script, copied by Trunk as written, minified like the glue: its comments are for
//    readers of www/boot.js (about 0.2 KB brotli).
const minified = async (source, module) => (await minify(source, { module, compress: { passes: 2 }, mangle: true, format: { comments: false } })).code;
await writeFile(join(dir, 'boot.js'), await minified(await readFile(join(dir, 'boot.js'), 'utf8'), true));

// 2. The service worker keeps the app's own files: all that the build put here except the
//    loader for host pages (embed.js runs on the host's page, outside the worker's reach).
const appFiles = (await readdir(dir)).filter((name) => name !== 'embed.js').sort();
const digest = createHash('sha256');
for (const name of appFiles) digest.update(`${name}\n`).update(await readFile(join(dir, name)));
const workerSource = (await readFile(join(root, 'www', 'sw.js'), 'utf8'))
  .replace("const VERSION = '';", () => `const VERSION = ${JSON.stringify(`${version} ${digest.digest('hex').slice(0, 16)}`)};`)
  .replace('const FILES = [];', () => `const FILES = ${JSON.stringify(['./', ...appFiles])};`);
const worker = await minified(workerSource, false);
if (!worker || worker.includes('VERSION=""') || worker.includes('FILES=[]')) {
  console.error('site-files: www/sw.js lost its VERSION or FILES line');
  process.exit(1);
}
await writeFile(join(dir, 'sw.js'), worker);

// 3. The facts every hosting config states.
const page = await readFile(join(dir, 'index.html'), 'utf8');
const cspTag = page.match(/<meta\b[^>]*http-equiv=["']?Content-Security-Policy[^>]*>/i)?.[0];
const pagePolicy = cspTag?.match(/\scontent=(?:"([^"]*)"|'([^']*)')/i)?.slice(1).find((v) => v !== undefined);
if (!pagePolicy) {
  console.error('site-files: no Content-Security-Policy <meta> in index.html');
  process.exit(1);
}
/** Who may show the app in a frame: only a header can say it. Each config marks it to edit. */
const FRAME_ANCESTORS = "frame-ancestors 'self'";
const security = {
  'Content-Security-Policy': `${pagePolicy}; ${FRAME_ANCESTORS}`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};
const types = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  wasm: 'application/wasm',
  webmanifest: 'application/manifest+json',
  svg: 'image/svg+xml',
};
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';
// Trunk names the wasm, its JS glue and the style sheet by a hash of their content, so they
// never change under their name; everything else (index.html, sw.js, boot.js, ...) is
// revalidated on every load, so that a new version is seen at once.
const HASHED = /-[0-9a-f]{16}(?:_bg)?\.(?:wasm|js|css)$/;
const served = [...appFiles, 'embed.js', 'sw.js'].sort();
const cacheOf = (name) => (HASHED.test(name) ? IMMUTABLE : REVALIDATE);
const configNames = ['nginx.conf', '.htaccess', 'web.config', 'staticwebapp.config.json', '_headers'];
const header = `exo-auth-analyzer ${version}: headers for the folder the app is served from, written by the build.`;
const frameNote = [
  "EDIT frame-ancestors: the sites allowed to show the app in a frame. 'self' allows only this",
  'site; add each documentation site that embeds it (e.g. https://docs.example.org), or put',
  "'none' if none may.",
];
const hashedPattern = '-[0-9a-f]{16}(_bg)?\\.(wasm|js|css)$';
const configPattern = configNames.map((n) => n.replace(/\./g, '\\.')).join('|');
const quoteNginx = (v) => `"${v.replace(/["\\]/g, '\\$&')}"`;

const nginx = () => {
  const headers = (cache) => [...Object.entries(security), ['Cache-Control', cache]]
    .map(([name, value]) => `add_header ${name} ${quoteNginx(value)} always;`);
  return [
    `# ${header}`,
    '# Include it in the location that serves the folder, e.g.',
    '#   location /tools/exo-auth-analyzer/ { root /srv/www; include /srv/www/tools/exo-auth-analyzer/nginx.conf; }',
    ...frameNote.map((l) => `# ${l}`),
    `types { ${Object.entries(types).map(([ext, type]) => `${type.split(';')[0]} ${ext};`).join(' ')} }`,
    'default_type application/octet-stream;',
    'charset utf-8;',
    'charset_types text/css text/javascript;',
    ...headers(REVALIDATE),
    `location ~ "${hashedPattern}" {`,
    ...headers(IMMUTABLE).map((l) => `  ${l}`),
    '}',
    `location ~ "/(${configPattern})$" { return 404; }`,
    '',
  ].join('\n');
};

const apache = () => [
  `# ${header}`,
  '# Needs mod_headers, mod_mime and mod_alias, and AllowOverride FileInfo for this folder.',
  ...frameNote.map((l) => `# ${l}`),
  '<IfModule mod_mime.c>',
  ...Object.entries(types).map(([ext, type]) => `  AddType ${type.split(';')[0]} .${ext}`),
  '  AddCharset utf-8 .html .js .css',
  '</IfModule>',
  '<IfModule mod_headers.c>',
  ...Object.entries(security).map(([name, value]) => `  Header always set ${name} "${value}"`),
  `  Header set Cache-Control "${REVALIDATE}"`,
  `  <FilesMatch "${hashedPattern}">`,
  `    Header set Cache-Control "${IMMUTABLE}"`,
  '  </FilesMatch>',
  '</IfModule>',
  // mod_alias, which FileInfo allows here; `Require` would need AuthConfig.
  '<IfModule mod_alias.c>',
  `  RedirectMatch 404 "/(${configPattern})$"`,
  '</IfModule>',
  '',
].join('\n');

const xml = (v) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const iis = () => [
  '<?xml version="1.0" encoding="utf-8"?>',
  `<!-- ${header}`,
  ...frameNote.map((l) => `     ${l.replace(/--/g, '-')}`),
  '     web.config itself is never served by IIS. -->',
  '<configuration>',
  '  <system.webServer>',
  '    <staticContent>',
  ...Object.entries(types).flatMap(([ext, type]) => [
    `      <remove fileExtension=".${ext}" />`,
    `      <mimeMap fileExtension=".${ext}" mimeType="${xml(type)}" />`,
  ]),
  '      <clientCache cacheControlMode="DisableCache" />',
  '    </staticContent>',
  '    <httpProtocol>',
  '      <customHeaders>',
  ...Object.entries(security).flatMap(([name, value]) => [
    `        <remove name="${name}" />`,
    `        <add name="${name}" value="${xml(value)}" />`,
  ]),
  '      </customHeaders>',
  '    </httpProtocol>',
  '  </system.webServer>',
  ...served.filter((name) => HASHED.test(name)).flatMap((name) => [
    `  <location path="${xml(name)}">`,
    '    <system.webServer>',
    '      <staticContent>',
    '        <clientCache cacheControlMode="UseMaxAge" cacheControlMaxAge="365.00:00:00" cacheControlCustom="public, immutable" />',
    '      </staticContent>',
    '    </system.webServer>',
    '  </location>',
  ]),
  '</configuration>',
  '',
].join('\n');

// Azure Static Web Apps and Netlify/Cloudflare publish the folder at the site's root.
const azure = () => `${JSON.stringify({
  globalHeaders: security,
  mimeTypes: Object.fromEntries(Object.entries(types).map(([ext, type]) => [`.${ext}`, type])),
  routes: [
    ...served.map((name) => ({ route: `/${name}`, headers: { 'Cache-Control': cacheOf(name) } })),
    { route: '/', headers: { 'Cache-Control': REVALIDATE } },
    ...configNames.map((name) => ({ route: `/${name}`, statusCode: 404 })),
  ],
}, null, 2)}\n`;

const netlify = () => [
  `# ${header}`,
  '# For Netlify and Cloudflare Pages, with the folder published at the site root.',
  ...frameNote.map((l) => `# ${l}`),
  '/*',
  ...Object.entries(security).map(([name, value]) => `  ${name}: ${value}`),
  '/',
  `  Cache-Control: ${REVALIDATE}`,
  ...served.flatMap((name) => [
    `/${name}`,
    `  Cache-Control: ${cacheOf(name)}`,
    ...(name.endsWith('.wasm') ? [`  Content-Type: ${types.wasm}`] : []),
  ]),
  '',
].join('\n');

const configs = { 'nginx.conf': nginx, '.htaccess': apache, 'web.config': iis, 'staticwebapp.config.json': azure, _headers: netlify };
for (const name of configNames) await writeFile(join(dir, name), configs[name]());
console.log(`site-files: sw.js (${worker.length} bytes, ${appFiles.length + 1} URLs) and ${configNames.join(', ')}`);
