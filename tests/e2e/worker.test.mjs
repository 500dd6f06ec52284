// The hosted copy after its first visit: the service worker keeps this version's files, so a
// reload with no network still analyses a paste; a new version's worker replaces the old one
// (its cache too) and the page offers the reload; the page can be installed; the footer and the
// embed bar show the version of Cargo.toml.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from './lib/static-server.mjs';
import { openBrowser, problems, OUTPUT_DIR } from './lib/browser.mjs';

const DIST = process.env.DIST || join(process.cwd(), 'dist');
const VERSION = (await readFile(join(process.cwd(), 'Cargo.toml'), 'utf8')).match(/^version = "([^"]+)"/m)[1];
const PASTE = '\nSmtpClientAuthenticationDisabled : True\n\n';

// What the server hands out can turn into "the next build": another worker version and another
// page title, the way a new release replaces the files in the folder.
let nextBuild = false;
let server;
let browser;

before(async () => {
  server = await serveStatic(DIST, '/docs/tools/exo-auth-analyzer/', {
    rewrite: (path, body) => {
      if (!nextBuild) return body;
      if (path === 'sw.js') return body.toString('utf8').replace(/VERSION="[^"]*"/, 'VERSION="next build"');
      if (path === 'index.html') return body.toString('utf8').replace('<title>', '<title>Next build: ');
      return body;
    },
  });
  browser = await openBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Waits until the page is controlled by an activated worker. */
const controlled = (page) => page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
const cacheNames = (page) => page.evaluate(() => caches.keys());

async function verdict(page) {
  await page.waitForSelector('#input');
  await page.locator('#input').fill(PASTE);
  await page.waitForSelector('#verdict');
  assert.match(await page.textContent('#verdict'), /SMTP AUTH is turned off for the whole organization/);
}

test('after the first visit the page opens and analyses a paste with no network', async () => {
  const { page, log, context } = browser;
  await page.goto(server.url);
  await controlled(page);
  const names = await cacheNames(page);
  assert.equal(names.length, 1, names.join());
  assert.ok(names[0].startsWith(`exo-auth-analyzer ${server.url} ${VERSION} `), names[0]);

  await context.setOffline(true);
  try {
    await page.reload();
    await verdict(page);
    await page.screenshot({ path: join(OUTPUT_DIR, 'worker-offline.png'), fullPage: true });
  } finally {
    await context.setOffline(false);
  }
  assert.deepEqual(await problems(page, log, server.origin), []);
});

test('the worker answers only for the files of its version', async () => {
  const { page } = browser;
  await page.goto(server.url);
  await controlled(page);
  // The page from the worker; a file of the folder that is not one of the app's, or the page
  // with a query, from the network.
  const fromWorker = async (path) => {
    const url = new URL(path, server.url).href;
    const [response] = await Promise.all([page.waitForResponse(url), page.evaluate((u) => fetch(u).then((r) => r.text()), url)]);
    return response.fromServiceWorker();
  };
  assert.equal(await fromWorker('index.html'), true);
  assert.equal(await fromWorker('index.html?x=1'), false);
  assert.equal(await fromWorker('embed.js'), false);
  const cached = await page.evaluate(async () => {
    const cache = await caches.open((await caches.keys())[0]);
    return (await cache.keys()).map((request) => new URL(request.url).pathname.split('/').pop());
  });
  assert.ok(!cached.includes('embed.js') && !cached.includes('sw.js'), cached.join());
  assert.ok(cached.includes('index.html') && cached.some((name) => name.endsWith('.wasm')), cached.join());
});

test('the footer shows the version, the embed bar too, and the page is installable', async () => {
  const { page, log } = browser;
  await page.goto(server.url);
  await page.waitForSelector('footer');
  assert.equal(await page.textContent('footer'), `exo-auth-analyzer ${VERSION} · MIT OR Apache-2.0`);
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, []);
  const { url, data, errors } = await cdp.send('Page.getAppManifest');
  assert.ok(url.endsWith('/manifest.webmanifest'), url);
  assert.deepEqual(errors, []);
  assert.equal(JSON.parse(data).start_url, './');
  await cdp.detach();

  await page.goto(`${server.url}#embed`);
  await page.reload();
  await page.waitForSelector('.embed-bar');
  assert.equal(await page.textContent('.embed-bar .version'), VERSION);
  assert.equal(await page.locator('footer').count(), 0);
  assert.deepEqual(await problems(page, log, server.origin), []);
});

test('a new version replaces the old worker and its cache, and the page offers the reload', async () => {
  const { page, log } = browser;
  await page.goto(server.url);
  await controlled(page);
  const before = await cacheNames(page);
  await verdict(page);

  nextBuild = true;
  try {
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const note = page.locator('p.update[role="status"]');
    await note.waitFor();
    assert.match(await note.textContent(), /A new version is ready/);
    // What was pasted is still there until the user reloads.
    assert.equal(await page.inputValue('#input'), PASTE);
    await page.screenshot({ path: join(OUTPUT_DIR, 'worker-update.png'), fullPage: true });
    await Promise.all([page.waitForEvent('load'), note.getByRole('button', { name: 'Reload' }).click()]);
    assert.match(await page.title(), /^Next build: /);
    const after = await cacheNames(page);
    assert.equal(after.length, 1, after.join());
    assert.ok(after[0].endsWith(' next build') && !before.includes(after[0]), `${before} -> ${after}`);
  } finally {
    nextBuild = false;
  }
  assert.deepEqual(await problems(page, log, server.origin), []);
});
