// The app as people use it on a support call: a whole transcript pasted, the verdict per
// mailbox, the fix copied as a script; German, dark, keyboard-only, and axe-clean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { servedApp } from './lib/served-app.mjs';
import { problems, OUTPUT_DIR } from './lib/browser.mjs';
import { axeViolations } from './lib/axe.mjs';

const TRANSCRIPT = await readFile(join(process.cwd(), 'src/ui/examples/support-call.txt'), 'utf8');
const FIX = "Set-CASMailbox -Identity 'scanner@contoso.com' -SmtpClientAuthenticationDisabled $false";
const app = servedApp('/tools/exo/');

async function openApp() {
  const { page } = app.browser;
  await page.goto(app.server.url);
  await page.waitForSelector('#input');
  return page;
}

test('a first-time visitor sees the collect script with a Copy button', async () => {
  const page = await openApp();
  const script = await page.textContent('#collect-script');
  assert.match(script, /Get-TransportConfig \| Format-List SmtpClientAuthenticationDisabled/);
  assert.match(script, /Get-EXOCasMailbox -ResultSize Unlimited -Properties SmtpClientAuthenticationDisabled/);
  const command = page.locator('.first-visit .command', { has: page.locator('#collect-script') });
  await command.getByRole('button', { name: 'Copy', exact: true }).click();
  await command.getByRole('button', { name: 'Copied', exact: true }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), script);
  await page.screenshot({ path: join(OUTPUT_DIR, 'app-first-visit.png'), fullPage: true });
});

test('a pasted support-call transcript gives a verdict per mailbox and a script to copy', async () => {
  const page = await openApp();
  await page.locator('#input').fill(TRANSCRIPT);
  const card = page.locator('article.mailbox', { hasText: 'scanner@contoso.com' });
  await card.waitFor();
  const text = await card.textContent();
  assert.match(text, /SMTP AUTH is turned off for the whole organization/);
  assert.match(text, /POP3 is turned off for this mailbox/);
  assert.ok(text.includes(FIX), text);
  const chips = await page.textContent('.chips');
  assert.match(chips, /Transport config ✓/);
  assert.match(chips, /1 authentication polic/);

  await card.getByRole('button', { name: 'Copy all as script' }).click();
  await card.getByRole('button', { name: 'Copied', exact: true }).waitFor();
  const script = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(script.includes(FIX), script);
  assert.match(script, /^# 1\. /m);

  await page.screenshot({ path: join(OUTPUT_DIR, 'app-support-call.png'), fullPage: true });
  assert.deepEqual(await problems(page, app.browser.log, app.server.origin), []);
});

test('a deciding setting links to its line in the paste', async () => {
  const page = await openApp();
  await page.locator('#input').fill(TRANSCRIPT);
  await page.locator('article.mailbox .detail > summary').click();
  const link = page.locator('article.mailbox .decided-by', { hasText: 'CasMailbox.PopEnabled' }).getByRole('button').first();
  const label = await link.textContent();
  const line = Number(label.replace(/\D+/g, ''));
  await link.click();
  const selected = await page.evaluate(() => {
    const input = document.getElementById('input');
    return input.value.slice(input.selectionStart, input.selectionEnd);
  });
  assert.equal(selected, TRANSCRIPT.split('\n')[line - 1]);
  assert.match(selected, /^PopEnabled\s+: False/);
});

test('the German UI and the dark theme', async () => {
  const page = await openApp();
  await page.selectOption('#lang', 'de');
  await page.selectOption('#theme', 'dark');
  await page.locator('#input').fill(TRANSCRIPT);
  await page.locator('article.mailbox').waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  assert.match(await page.textContent('h1'), /Exchange-Anmeldeanalyse/);
  assert.match(await page.textContent('#result'), /Befehle, die es beheben/);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(background, 'rgb(22, 23, 27)');
  await page.screenshot({ path: join(OUTPUT_DIR, 'app-german-dark.png'), fullPage: true });
});

for (const lang of ['en', 'de']) {
  for (const theme of ['light', 'dark']) {
    test(`axe-core finds no violation (${lang}, ${theme})`, async () => {
      const page = await openApp();
      await page.selectOption('#lang', lang);
      await page.selectOption('#theme', theme);
      assert.deepEqual(await axeViolations(page), [], 'empty page');
      await page.locator('#input').fill(TRANSCRIPT);
      await page.locator('article.mailbox').waitFor();
      assert.deepEqual(await axeViolations(page), [], 'with a verdict');
    });
  }
}

test('the main flow works with the keyboard alone', async () => {
  const page = await openApp();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'input');
  // The client's error is the reason to turn SMTP AUTH on for a mailbox.
  await page.keyboard.insertText('\nSmtpClientAuthenticationDisabled : True\n535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant\n');
  await page.waitForSelector('#verdict');
  // Tab onwards to the first Copy button of the fix; nothing traps the focus on the way.
  let reached = null;
  for (let i = 0; i < 40 && !reached; i += 1) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => {
      const el = document.activeElement;
      return el?.tagName === 'BUTTON' && el.textContent === 'Copy' && el.closest('.step') ? el.closest('.step').textContent : null;
    });
  }
  assert.ok(reached, 'a Copy button of the fix is reachable with Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.textContent === 'Copied');
  // No mailbox pasted: the mailbox that needs SMTP AUTH is a placeholder, the tenant switch the alternative.
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /^Set-CASMailbox -Identity '<mailbox of the device or app>' -SmtpClientAuthenticationDisabled \$false$/);
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.equal(outline, 'solid', 'focus is visible');
});

test('a file written by Windows PowerShell (UTF-16 with BOM) can be opened instead of pasted', async () => {
  const page = await openApp();
  const text = '\r\nSmtpClientAuthenticationDisabled : True\r\n\r\n';
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  await page.setInputFiles('#open-file', { name: 'transport.txt', mimeType: 'text/plain', buffer: utf16 });
  await page.waitForSelector('#verdict');
  assert.match(await page.textContent('#verdict'), /SMTP AUTH is turned off for the whole organization/);
  assert.match(await page.inputValue('#input'), /^\nSmtpClientAuthenticationDisabled : True\n/);
  assert.match(await page.textContent('#announcer'), /blocked/);
});

test('a share link keeps the settings, leaves the paste out unless ticked, and restores both', async () => {
  const page = await openApp();
  await page.selectOption('#lang', 'de');
  await page.selectOption('#scenario', 'device-basic');
  await page.locator('#as-of').fill('2027-01-01');
  await page.locator('#input').fill(TRANSCRIPT);
  await page.locator('article.mailbox').waitFor();
  const share = page.locator('.share');
  await share.getByRole('button', { name: 'Link zum Teilen kopieren' }).click();
  const withoutInput = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(withoutInput.startsWith(app.server.url), withoutInput);
  assert.match(withoutInput, /#lang=de&client=device-basic&date=2027-01-01$/);
  assert.ok(!withoutInput.includes('scanner') && !withoutInput.includes('input='), withoutInput);

  await page.check('#share-include-input');
  await share.getByRole('button', { name: 'Link zum Teilen kopieren' }).click();
  await page.waitForFunction(async () => (await navigator.clipboard.readText()).includes('input='));
  const withInput = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(withInput, /input=.*scanner%40contoso\.com/);

  await page.goto('about:blank');
  await page.goto(withInput);
  await page.locator('article.mailbox').waitFor();
  assert.equal(await page.inputValue('#scenario'), 'device-basic');
  assert.equal(await page.inputValue('#as-of'), '2027-01-01');
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  assert.equal(await page.inputValue('#input'), TRANSCRIPT);
});

test('redaction leaves no name, domain or GUID in the page text or the copied commands', async () => {
  const page = await openApp();
  await page.locator('#input').fill(TRANSCRIPT);
  await page.locator('article.mailbox').waitFor();
  await page.check('#redact');
  await page.locator('article.mailbox', { hasText: 'user-1@domain-1.example' }).waitFor();
  const shown = await page.evaluate(() => document.querySelector('main').textContent);
  for (const secret of ['scanner', 'contoso', 'Scanner 3rd floor', '5b1c2f4e']) {
    assert.ok(!shown.toLowerCase().includes(secret.toLowerCase()), `${secret} is still shown`);
  }
  const card = page.locator('article.mailbox');
  await card.getByRole('button', { name: 'Copy all as script' }).click();
  await card.getByRole('button', { name: 'Copied', exact: true }).waitFor();
  const script = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(script, /Set-CASMailbox -Identity 'user-1@domain-1\.example' -SmtpClientAuthenticationDisabled \$false/);
  assert.ok(!/scanner|contoso/i.test(script), script);
  await page.screenshot({ path: join(OUTPUT_DIR, 'app-redacted.png'), fullPage: true });
});
