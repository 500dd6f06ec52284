// The walking skeleton end to end: the release build served from a sub-path, a paste, the
// verdict, the command, Copy, and proof that nothing left 127.0.0.1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { servedApp } from './lib/served-app.mjs';
import { problems, OUTPUT_DIR } from './lib/browser.mjs';

const app = servedApp('/docs/tools/exo-auth-analyzer/');

test('a pasted tenant switch shows the verdict, the deciding setting and a working Copy', async () => {
  const { page, log } = app.browser;
  await page.goto(app.server.url);
  await page.waitForSelector('#input');
  // A device that signs in with a password: the reason a fix turns SMTP AUTH on.
  await page.selectOption('#scenario', 'device-basic');
  await page.locator('#input').fill('\nSmtpClientAuthenticationDisabled : True\n\n');
  await page.waitForSelector('#verdict');
  assert.match(await page.textContent('#verdict'), /SMTP AUTH is turned off for the whole organization/);
  const result = await page.textContent('#result');
  assert.match(result, /TransportConfig\.SmtpClientAuthenticationDisabled/);
  assert.match(result, /line 2/);
  const command = 'Set-TransportConfig -SmtpClientAuthenticationDisabled $false';
  assert.ok(result.includes(command), result);

  // The tenant switch is the alternative to enabling the mailboxes that need it: collapsed.
  await page.locator('.organization .alternatives > summary').click();
  const step = page.locator('.step', { hasText: command }).first();
  await step.getByRole('button', { name: 'Copy', exact: true }).click();
  await step.getByRole('button', { name: 'Copied', exact: true }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), command);

  await page.screenshot({ path: join(OUTPUT_DIR, 'smoke-verdict.png'), fullPage: true });
  assert.deepEqual(await problems(page, log, app.server.origin), []);
});

test('garbage and markup are shown as text with a clear message, never run', async () => {
  const { page, log } = app.browser;
  await page.goto(app.server.url);
  await page.waitForSelector('#input');
  await page.locator('#input').fill('<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>');
  await page.waitForSelector('#verdict');
  assert.match(await page.textContent('#verdict'), /Nothing recognised/);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('#result img').count(), 0);
  await page.screenshot({ path: join(OUTPUT_DIR, 'smoke-garbage.png'), fullPage: true });
  assert.deepEqual(await problems(page, log, app.server.origin), []);
});
