// The single-file offline build (scripts/single-file.mjs) opened from file://, as on an
// air-gapped jump box: it analyses a paste without a single request and without a CSP violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openBrowser, problems, OUTPUT_DIR } from './lib/browser.mjs';

const FILE = process.env.OFFLINE_FILE || join(process.cwd(), 'dist-offline', 'exo-auth-analyzer.html');
let browser;

before(async () => {
  await access(FILE).catch(() => assert.fail(`${FILE} is missing: run make build`));
  browser = await openBrowser();
});

after(async () => {
  await browser?.close();
});

test('the single file from file:// analyses a paste with zero requests and a strict CSP', async () => {
  const { page, log } = browser;
  const url = pathToFileURL(FILE).href;
  await page.goto(url);
  await page.waitForSelector('#input');
  await page.locator('#input').pressSequentially('\nSmtpClientAuthenticationDisabled : True\n\n');
  await page.waitForSelector('#verdict');
  assert.match(await page.textContent('#verdict'), /SMTP AUTH is turned off for the whole organization/);

  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /connect-src 'none'/);
  assert.doesNotMatch(csp, /unsafe-inline|nonce-/);
  assert.equal(await page.locator('script[src], link[rel="stylesheet"], link[rel*="preload"]').count(), 0);

  await page.screenshot({ path: join(OUTPUT_DIR, 'offline-verdict.png'), fullPage: true });
  // The only request is the document itself.
  assert.deepEqual(log.requests.filter((r) => r !== url), []);
  assert.deepEqual(await problems(page, log, 'file://'), []);
});
