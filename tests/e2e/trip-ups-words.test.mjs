// The words a new admin reads, in German above all: the page's title, counts in the page's
// number format (100.000 Postfächer in the bulk view's heading and caption, the lines held),
// the screen-reader sentence, the mailbox placeholder in commands and their note, the date as
// YYYY-MM-DD in a box that says when it holds no date, and a line button apart from the
// error text it points to. Screenshots: trip-ups-words-de-bulk.png, trip-ups-words-de-error.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { servedApp } from './lib/served-app.mjs';
import { problems, OUTPUT_DIR } from './lib/browser.mjs';
import { bulkTenant, HEADER_LINES } from './lib/bulk-tenant.mjs';

const app = servedApp('/words/');
const ERROR = '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.';

async function openApp(lang) {
  const { page } = app.browser;
  await page.goto(app.server.url);
  await page.waitForSelector('#input');
  await page.selectOption('#lang', lang);
  return page;
}

test('the German page has a German title, and English gets its own back', async () => {
  const page = await openApp('de');
  assert.equal(await page.title(), 'Exchange-Anmeldeanalyse: POP3, IMAP4, SMTP AUTH');
  await page.selectOption('#lang', 'en');
  assert.equal(await page.title(), 'Exchange sign-in analyzer: POP3, IMAP4, SMTP AUTH');
});

test('100,000 mailboxes in German: 100.000 in the heading and the caption, the lines held, a sentence for screen readers', { timeout: 600_000 }, async () => {
  const count = 100_000;
  const page = await openApp('de');
  const paste = bulkTenant(count, 5);
  await page.evaluate((text) => navigator.clipboard.writeText(text), paste);
  await page.focus('#input');
  await page.keyboard.press('Control+V');
  await page.locator('#bulk-heading', { hasText: '100.000 Postfächer' }).waitFor({ timeout: 300_000 });
  await page.locator('.analysing').waitFor({ state: 'detached', timeout: 300_000 });
  assert.equal(await page.textContent('#bulk-heading'), '100.000 Postfächer');
  assert.equal(await page.textContent('.summary-table caption'), '100.000 Postfächer');
  const held = await page.textContent('#held');
  const megabytes = `${Math.floor(paste.length / 1e6)},${Math.floor(paste.length / 1e5) % 10} MB`;
  assert.ok(held.startsWith(`${(count + HEADER_LINES).toLocaleString('de-DE')} Zeilen, ${megabytes}`), held);
  // The counts of the summary table in the same format: none of four digits or more without its point.
  const cells = await page.locator('.summary-table td.count').allTextContents();
  assert.ok(cells.some((c) => /^\d{1,3}(\.\d{3})+$/.test(c)) && cells.every((c) => !/\d{4}/.test(c)), cells.join(' '));
  const said = await page.textContent('#announcer');
  assert.match(said, /^100\.000 Postfächer ausgewertet: [\d.]+ Anmeldewege? (funktionier(t|en)|sind blockiert|ist blockiert)/);
  assert.ok(!/\d funktioniert[,.]/.test(said.replace(/1 Anmeldeweg funktioniert/, '')), said);
  await page.locator('#bulk-heading').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(OUTPUT_DIR, 'trip-ups-words-de-bulk.png'), fullPage: false });
  assert.deepEqual(await problems(page, app.browser.log, app.server.origin), []);
});

for (const [lang, line] of [['de', 'Zeile 1'], ['en', 'line 1']]) {
  test(`the line button stands apart from the error text (${lang})`, async () => {
    const page = await openApp(lang);
    await page.locator('#input').fill(`${ERROR}\n`);
    const quoted = page.locator('.symptom-text').first();
    await quoted.waitFor();
    assert.equal(await quoted.textContent(), `${line}: ${ERROR}`);
    const button = await quoted.locator('button.line-link').boundingBox();
    const code = await quoted.locator('code').boundingBox();
    assert.ok(code.x - (button.x + button.width) >= 4, `a gap between the button and the text: ${JSON.stringify({ button, code })}`);
    if (lang === 'de') await page.screenshot({ path: join(OUTPUT_DIR, 'trip-ups-words-de-error.png'), fullPage: true });
  });
}

test('the German page names the mailbox to fill in in German, in the command, its note and the script', async () => {
  const page = await openApp('de');
  // A device that signs in with a password: the reason the fix turns SMTP AUTH on.
  await page.selectOption('#scenario', 'device-basic');
  await page.locator('#input').fill('\nSmtpClientAuthenticationDisabled : True\n');
  await page.waitForSelector('#verdict');
  const commands = page.locator('.organization .commands');
  assert.match(await commands.locator('pre').first().textContent(), /^Set-CASMailbox -Identity '<Postfach des Geräts oder der App>' -SmtpClientAuthenticationDisabled \$false$/);
  assert.match(await commands.locator('.placeholder-note').textContent(), /'<Postfach des Geräts oder der App>'/);
  await commands.getByRole('button', { name: 'Alles als Skript kopieren' }).click();
  await page.waitForFunction(async () => (await navigator.clipboard.readText()).includes('Postfach des Geräts'));
  assert.ok(!(await page.textContent('#result')).includes('mailbox of the device'));
});

test('the evaluation date reads YYYY-MM-DD in both languages, and a box that holds no date says so', async () => {
  const page = await openApp('de');
  const box = page.locator('#as-of');
  assert.equal(await box.getAttribute('type'), 'text');
  await box.fill('2026-12-01');
  await page.locator('#input').fill('\nSmtpClientAuthenticationDisabled : True\n');
  await page.waitForSelector('#verdict');
  assert.equal(await box.inputValue(), '2026-12-01');
  assert.equal(await box.getAttribute('placeholder'), 'JJJJ-MM-TT');
  await box.fill('05.12.2026');
  const error = page.locator('#as-of-error');
  await error.waitFor();
  assert.equal(await box.inputValue(), '05.12.2026', 'what is typed stays');
  assert.equal(await box.getAttribute('aria-invalid'), 'true');
  assert.equal(await box.getAttribute('aria-describedby'), 'as-of-error');
  assert.match(await error.textContent(), /^Kein Datum \(JJJJ-MM-TT, z\. B\. 2026-12-31\): Das Ergebnis gilt weiter für den 2026-12-01\.$/);
  await box.fill('2027-01-05');
  await error.waitFor({ state: 'detached' });
  assert.equal(await box.getAttribute('aria-invalid'), null);
  await page.selectOption('#lang', 'en');
  assert.equal(await box.inputValue(), '2027-01-05');
  assert.equal(await box.getAttribute('placeholder'), 'YYYY-MM-DD');
  assert.deepEqual(await problems(page, app.browser.log, app.server.origin), []);
});
