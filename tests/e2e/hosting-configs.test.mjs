// The hosting configs in dist/ (scripts/site-files.mjs) all say the same: the CSP of the built
// index.html plus frame-ancestors, nosniff, the wasm MIME type, the hashed files immutable and
// the page and the worker revalidated. nginx is also run for real (nginx.test.mjs); these check
// the others as text, as no Apache, IIS or hosting service runs here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

const DIST = process.env.DIST || join(process.cwd(), 'dist');
const read = (name) => readFile(join(DIST, name), 'utf8');
const page = await read('index.html');
const policy = `${page.match(/content="([^"]*)" http-equiv=Content-Security-Policy/)[1]}; frame-ancestors 'self'`;
const files = await readdir(DIST);
const hashed = files.filter((name) => /-[0-9a-f]{16}(_bg)?\.(wasm|js|css)$/.test(name));
const IMMUTABLE = 'public, max-age=31536000, immutable';

test('the page allows the worker and the manifest, and nothing else new', () => {
  assert.match(policy, /worker-src 'self'; manifest-src 'self'/);
  assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'|\*/);
  assert.equal(hashed.length, 3, files.join());
});

test('every config states the CSP with frame-ancestors, nosniff and the wasm MIME type', async () => {
  for (const name of ['nginx.conf', '.htaccess', 'web.config', 'staticwebapp.config.json', '_headers']) {
    const text = await read(name);
    assert.ok(text.includes(policy), `${name} has the CSP`);
    assert.match(text, /X-Content-Type-Options[^\n]*nosniff/, name);
    assert.match(text, /application\/wasm/, name);
    assert.match(text, /frame-ancestors|EDIT/, name);
  }
});

test('Azure Static Web Apps and _headers name each file with its cache rule', async () => {
  const azure = JSON.parse(await read('staticwebapp.config.json'));
  assert.equal(azure.globalHeaders['Content-Security-Policy'], policy);
  assert.equal(azure.mimeTypes['.wasm'], 'application/wasm');
  const cacheOf = (route) => azure.routes.find((r) => r.route === route)?.headers?.['Cache-Control'];
  for (const name of hashed) assert.equal(cacheOf(`/${name}`), IMMUTABLE, name);
  for (const route of ['/', '/index.html', '/sw.js', '/boot.js']) assert.equal(cacheOf(route), 'no-cache', route);
  const headers = await read('_headers');
  for (const name of hashed) assert.ok(headers.includes(`/${name}\n  Cache-Control: ${IMMUTABLE}`), name);
  for (const route of ['/', '/index.html', '/sw.js']) assert.ok(headers.includes(`${route}\n  Cache-Control: no-cache`), route);
});

test('IIS and Apache: the hashed files immutable, everything else revalidated', async () => {
  const iis = await read('web.config');
  assert.match(iis, /<clientCache cacheControlMode="DisableCache" \/>/);
  for (const name of hashed) {
    assert.ok(iis.includes(`<location path="${name}">`), name);
  }
  assert.equal((iis.match(/cacheControlMaxAge="365\.00:00:00"/g) ?? []).length, hashed.length);
  const apache = await read('.htaccess');
  assert.match(apache, /Header set Cache-Control "no-cache"/);
  assert.ok(apache.includes(`Header set Cache-Control "${IMMUTABLE}"`));
  const pattern = new RegExp(apache.match(/<FilesMatch "([^"]+)">\n\s+Header set Cache-Control "public/)[1]);
  for (const name of files) assert.equal(pattern.test(name), hashed.includes(name), name);
});
