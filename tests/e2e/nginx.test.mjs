// dist/ served by Debian's nginx with the nginx.conf the build ships, as a host would include
// it: the security and cache headers and the wasm MIME type are on every response, the other
// hosts' configs are not served, and the app runs in Chromium with zero CSP violations.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openBrowser, problems, OUTPUT_DIR } from './lib/browser.mjs';

const DIST = resolve(process.env.DIST || join(process.cwd(), 'dist'));
const NGINX = process.env.NGINX || '/usr/sbin/nginx';
const MOUNT = '/tools/exo-auth-analyzer/';

let work;
let nginx;
let origin;
let browser;

/** A port nothing listens on now. */
const freePort = () => new Promise((done, fail) => {
  const probe = createServer().once('error', fail).listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => done(port));
  });
});

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'exo-nginx-'));
  // The site's root holds the app's folder under MOUNT, as a host would copy it.
  await mkdir(join(work, 'www', 'tools'), { recursive: true });
  await symlink(DIST, join(work, 'www', MOUNT.slice(1, -1)));
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  const temp = (name) => `${name}_temp_path ${join(work, name)};`;
  await writeFile(join(work, 'nginx.conf'), [
    'daemon off;', 'master_process off;', `pid ${join(work, 'nginx.pid')};`, `error_log ${join(work, 'error.log')} warn;`,
    'events {}',
    'http {',
    '  access_log off;',
    `  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join(' ')}`,
    `  server { listen 127.0.0.1:${port}; location ${MOUNT} { root ${join(work, 'www')}; include ${join(DIST, 'nginx.conf')}; } }`,
    '}',
  ].join('\n'));
  nginx = spawn(NGINX, ['-e', join(work, 'error.log'), '-p', work, '-c', join(work, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'inherit'] });
  const exited = new Promise((_, fail) => nginx.once('exit', (code) => fail(new Error(`nginx exited (${code}): see ${join(work, 'error.log')}`))));
  const ready = (async () => {
    for (let i = 0; i < 100; i += 1) {
      try {
        if ((await fetch(origin + MOUNT)).ok) return;
      } catch { /* not listening yet */ }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('nginx did not answer within 5 s');
  })();
  await Promise.race([ready, exited]);
  browser = await openBrowser();
});

after(async () => {
  await browser?.close();
  if (nginx && nginx.exitCode === null) {
    nginx.kill('SIGQUIT');
    await new Promise((r) => nginx.once('exit', r));
  }
  if (work) await rm(work, { recursive: true, force: true });
});

test('the shipped nginx.conf sends the CSP, nosniff, the wasm MIME type and the cache rules', async () => {
  const page = await readFile(join(DIST, 'index.html'), 'utf8');
  const metaPolicy = page.match(/content="([^"]*)" http-equiv=Content-Security-Policy/)[1];
  const wasm = page.match(/data-wasm=\.\/([^\s>]+\.wasm)/)[1];
  const glue = page.match(/data-js=\.\/([^\s>]+\.js)/)[1];
  const get = async (path) => fetch(origin + MOUNT + path);
  const expectations = [
    ['', 'text/html; charset=utf-8', 'no-cache'],
    ['sw.js', 'text/javascript; charset=utf-8', 'no-cache'],
    ['boot.js', 'text/javascript; charset=utf-8', 'no-cache'],
    ['manifest.webmanifest', 'application/manifest+json', 'no-cache'],
    [wasm, 'application/wasm', 'public, max-age=31536000, immutable'],
    [glue, 'text/javascript; charset=utf-8', 'public, max-age=31536000, immutable'],
  ];
  for (const [path, type, cache] of expectations) {
    const response = await get(path);
    assert.equal(response.status, 200, path);
    assert.equal(response.headers.get('content-type'), type, path);
    assert.equal(response.headers.get('cache-control'), cache, path);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
    assert.equal(response.headers.get('referrer-policy'), 'no-referrer', path);
    assert.equal(response.headers.get('content-security-policy'), `${metaPolicy}; frame-ancestors 'self'`, path);
  }
  for (const config of ['nginx.conf', '.htaccess', 'web.config', '_headers', 'staticwebapp.config.json']) {
    assert.equal((await get(config)).status, 404, config);
  }
});

test('every app file is served byte for byte as built, as the README has a security team check', async () => {
  const configs = ['nginx.conf', '.htaccess', 'web.config', '_headers', 'staticwebapp.config.json'];
  const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
  for (const name of (await readdir(DIST)).filter((n) => !configs.includes(n))) {
    const served = Buffer.from(await (await fetch(origin + MOUNT + name)).arrayBuffer());
    assert.equal(sha256(served), sha256(await readFile(join(DIST, name))), name);
  }
});

test('served by nginx, the app analyses a paste with zero CSP violations and installs its worker', async () => {
  const { page, log } = browser;
  await page.goto(origin + MOUNT);
  await page.waitForSelector('#input');
  await page.locator('#input').fill('\nSmtpClientAuthenticationDisabled : True\n\n');
  await page.waitForSelector('#verdict');
  assert.match(await page.textContent('#verdict'), /SMTP AUTH is turned off for the whole organization/);
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
  await page.screenshot({ path: join(OUTPUT_DIR, 'nginx-verdict.png'), fullPage: true });
  assert.deepEqual(await problems(page, log, origin), []);
});
