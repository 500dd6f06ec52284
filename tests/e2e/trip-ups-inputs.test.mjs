// What the paste already says is used (issue 22, point 6): a sign-in log that ended long before
// the evaluation date says so on the page and in the note for the ticket, in German too; a
// pasted security-defaults object decides SA6 and is named in the note.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { servedApp } from './lib/served-app.mjs';
import { problems, OUTPUT_DIR } from './lib/browser.mjs';

const FIXTURES = join(process.cwd(), 'tests/fixtures/evidence');
const app = servedApp('/tools/exo/');

async function open(page, fragment) {
  await page.goto('about:blank');
  await page.goto(`${app.server.url}#${fragment}`);
  await page.waitForSelector('#input');
}

async function copyTicket(page) {
  await page.locator('.ticket-row button').click();
  await page.locator('.ticket-row button', { hasText: /Copied|Kopiert/ }).waitFor();
  return page.evaluate(() => navigator.clipboard.readText());
}

test('a sign-in log that ended months before the evaluation date says so, in German, on the page and in the note', async () => {
  const { page, log } = app.browser;
  // The flattened log's last sign-in is on 2026-11-22; evaluated in February 2027.
  await open(page, 'lang=de&date=2027-02-15');
  await page.setInputFiles('#open-file', ['transcript-scanner.txt', 'mg-signin-flattened.csv'].map((name) => join(FIXTURES, name)));
  const stale = 'dieses Protokoll endet am 2026-11-22; neuere Anmeldungen fehlen darin';
  await page.locator('.chips', { hasText: stale }).waitFor();
  const note = await copyTicket(page);
  assert.ok(note.includes(stale), note);
  await page.locator('.chips').screenshot({ path: join(OUTPUT_DIR, 'trip-ups-stale-log-de.png') });
  assert.deepEqual(await problems(page, log, app.server.origin), []);
});

test('pasted security defaults that are on decide SA6 instead of a check by hand, and the note names them', async () => {
  const { page, log } = app.browser;
  await open(page, 'lang=en&date=2026-12-01&client=device-basic');
  await page.locator('#input').fill([
    'PS C:\\> Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled', '', 'SmtpClientAuthenticationDisabled : False', '',
    "PS C:\\> Get-EXOCasMailbox -Identity 'scanner@contoso.com' -Properties SmtpClientAuthenticationDisabled | Format-List PrimarySmtpAddress,SmtpClientAuthenticationDisabled", '',
    'PrimarySmtpAddress               : scanner@contoso.com', 'SmtpClientAuthenticationDisabled :', '',
    "PS C:\\> Get-User -Identity 'scanner@contoso.com' | Format-List AuthenticationPolicy", '', 'AuthenticationPolicy :', '',
    'PS C:\\> Get-OrganizationConfig | Format-List DefaultAuthenticationPolicy', '', 'DefaultAuthenticationPolicy :', '',
    'PS C:\\> Get-MgPolicyIdentitySecurityDefaultEnforcementPolicy | Format-List DisplayName,IsEnabled', '',
    'DisplayName : Security Defaults', 'IsEnabled   : True', '',
  ].join('\n'));
  const card = page.locator('article.mailbox', { hasText: 'scanner@contoso.com' });
  await card.waitFor();
  const answer = await card.locator('ul.answer').textContent();
  assert.match(answer, /Entra security defaults are on/, answer);
  assert.match(answer, /\[SA6\]/, answer);
  await card.screenshot({ path: join(OUTPUT_DIR, 'trip-ups-security-defaults-en.png') });
  assert.match(await copyTicket(page), /Get-MgPolicyIdentitySecurityDefaultEnforcementPolicy/);
  assert.deepEqual(await problems(page, log, app.server.origin), []);
});
