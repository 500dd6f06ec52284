// The app embedded in a host page on another 127.0.0.1 origin through www/embed.js: the
// iframe follows the app's height as the verdict appears and goes, a forged height message is
// ignored, and nothing leaves the two test origins or breaks either page's CSP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from './lib/static-server.mjs';
import { openBrowser, problems, OUTPUT_DIR } from './lib/browser.mjs';

const DIST = process.env.DIST || join(process.cwd(), 'dist');
const FIXTURES = join(process.cwd(), 'tests', 'e2e', 'fixtures');
// The app reports its height once `ui::start` calls `embed::report_height()` (src/ui/embed.rs).
const WIRED = (await readFile(join(process.cwd(), 'src', 'ui', 'mod.rs'), 'utf8')).includes('embed::report_height()');

let app;
let host;
let browser;

before(async () => {
  if (!WIRED) return;
  // The app with the headers of its generated hosting config, frame-ancestors edited as the
  // config says: the host page's origin added.
  const shipped = JSON.parse(await readFile(join(DIST, 'staticwebapp.config.json'), 'utf8')).globalHeaders;
  app = await serveStatic(DIST, '/docs/tools/exo-auth-analyzer/', {
    headers: () => ({
      'content-security-policy': shipped['Content-Security-Policy'].replace("frame-ancestors 'self'", `frame-ancestors 'self' ${host.origin}`),
      'x-content-type-options': shipped['X-Content-Type-Options'],
    }),
  });
  // The host page: scripts and frames from the app's origin only.
  host = await serveStatic(FIXTURES, '/', {
    headers: () => ({
      'content-security-policy': `default-src 'none'; script-src ${app.origin}; frame-src ${app.origin}; ` +
        "img-src data:; base-uri 'none'; form-action 'none'",
    }),
    rewrite: (path, body) => (path.endsWith('.html') ? body.toString('utf8').replaceAll('{{APP_URL}}', app.url) : body),
  });
  browser = await openBrowser();
});

after(async () => {
  await browser?.close();
  await host?.close();
  await app?.close();
});

/** Polls `check` until it returns a truthy value or `ms` pass. */
async function until(check, what, ms = 5000) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

test('the embedded app resizes its iframe, ignores forged messages and stays on 127.0.0.1', { skip: !WIRED && 'ui::start does not call embed::report_height() yet' }, async () => {
  const { page, log } = browser;
  await page.goto(host.url + 'embed-host.html');
  const iframe = page.locator('#analyzer iframe');
  await iframe.waitFor();
  assert.equal(await iframe.getAttribute('src'), `${app.url}#embed&lang=de&theme=dark`);
  assert.ok(await iframe.getAttribute('title'));
  const frame = await (await iframe.elementHandle()).contentFrame();
  await frame.waitForSelector('main.embed #input');

  const frameHeight = () => iframe.evaluate((el) => el.getBoundingClientRect().height);
  const contentHeight = () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const fits = async () => {
    const [outer, inner] = [await frameHeight(), await contentHeight()];
    return Math.abs(outer - inner) <= 1 && outer;
  };

  // The first report sizes the iframe to the empty app.
  const empty = await until(fits, 'the iframe to fit the empty app');

  // The verdict and the commands make the app taller; the iframe follows, with no scrollbar.
  // The device's error is the reason a fix turns SMTP AUTH on.
  await frame.locator('#input').fill('\nSmtpClientAuthenticationDisabled : True\n\n535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.\n');
  await frame.waitForSelector('#verdict');
  // `#embed&lang=de&theme=dark`: the compact German dark view.
  assert.match(await frame.textContent('#verdict'), /SMTP AUTH ist für die gesamte Organisation deaktiviert/);
  assert.equal(await frame.getAttribute('html', 'lang'), 'de');
  assert.equal(await frame.getAttribute('html', 'data-theme'), 'dark');
  assert.equal(await frame.locator('main.embed').count(), 1);
  assert.equal(await frame.locator('#lang').count(), 0, 'no page chrome in the embed');
  const grown = await until(async () => { const h = await fits(); return h > empty && h; }, 'the iframe to grow');
  assert.ok(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight));
  await page.screenshot({ path: join(OUTPUT_DIR, 'embed-host.png'), fullPage: true });

  // A forged message from the host page's own window (wrong source, wrong origin) is ignored.
  // embed.js listens first, so by the time this listener runs it has seen the message.
  await page.evaluate(() => new Promise((resolve) => {
    window.addEventListener('message', () => resolve(), { once: true });
    window.postMessage({ 'exo-auth-analyzer': { height: 5 } }, '*');
  }));
  assert.equal(await frameHeight(), grown);

  // Clearing the paste shrinks the iframe again.
  await frame.locator('#input').fill('');
  await until(async () => { const h = await fits(); return h && h < grown; }, 'the iframe to shrink');

  assert.deepEqual(await problems(page, log, [app.origin, host.origin]), []);
});
