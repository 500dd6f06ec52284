// The answer first, as read out on a support call: the built-in example's scanner card leads
// with both layers that block, the fix covers both with one check step, the note for the
// ticket goes to the clipboard (redacted when names are hidden), and printing leaves out the
// input and the controls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { servedApp } from './lib/served-app.mjs';
import { problems, OUTPUT_DIR } from './lib/browser.mjs';
import { axeViolations } from './lib/axe.mjs';

const app = servedApp('/tools/exo/');

async function openExample(lang = 'en') {
  const { page } = app.browser;
  await page.goto(app.server.url);
  await page.waitForSelector('#input');
  await page.selectOption('#lang', lang);
  await page.locator('#as-of').fill('2026-12-01');
  await page.locator('#load-example').click();
  const card = page.locator('article.mailbox', { hasText: 'scanner@contoso.com' });
  await card.waitFor();
  return { page, card };
}

async function copyTicket(page) {
  await page.locator('.ticket-row button').click();
  await page.locator('.ticket-row button', { hasText: /Copied|Kopiert/ }).waitFor();
  return page.evaluate(() => navigator.clipboard.readText());
}

test('the scanner card leads with both reasons, and its fix has both steps and one check step', async () => {
  const { page, card } = await openExample();
  const first = await card.locator('ul.answer > li').first().textContent();
  assert.match(first, /^SMTP AUTH with a password \(Basic\), SMTP AUTH with OAuth: blocked\./);
  assert.match(first, /SMTP AUTH is turned off for the whole organization \(line 3, line 26\) \[SA3\]/);
  assert.match(first, /also blocked by SA4: The authentication policy 'Block Basic Auth'/);
  const steps = card.locator('.commands > ol > li.step');
  const purposes = await steps.locator('.purpose').allTextContents();
  assert.equal(purposes.filter((p) => p.startsWith('check the result')).length, 1, purposes.join('\n'));
  assert.match(purposes.at(-1), /^check the result/, 'the check step comes last');
  const commands = (await steps.locator('pre').allTextContents()).join('\n');
  assert.ok(commands.includes("Set-CASMailbox -Identity 'scanner@contoso.com' -SmtpClientAuthenticationDisabled $false"), commands);
  assert.ok(commands.includes("Set-User -Identity 'scanner@contoso.com' -AuthenticationPolicy 'Allow Basic SMTP'"), commands);
  assert.match(await card.locator('.layers-needed').textContent(), /both steps are needed/);
  assert.match(await card.locator('.commands > .warning').textContent(), /end of December 2026\); plan OAuth/);
  assert.equal(await card.locator('.alternatives').getAttribute('open'), null, 'the alternatives are collapsed');
  assert.equal(await card.locator('.detail').getAttribute('open'), null, 'the matrix is collapsed');
  await card.screenshot({ path: join(OUTPUT_DIR, 'answer-scanner-card.png') });
  const organization = page.locator('article.organization');
  assert.match(await organization.locator('.commands > ol').first().textContent(), /Set-CASMailbox -Identity 'scanner@contoso\.com'/, 'the organization enables the mailbox first');
  assert.deepEqual(await problems(page, app.browser.log, app.server.origin), []);
});

test('Copy for the ticket puts the summary on the clipboard, redacted when names are hidden', async () => {
  const { page } = await openExample();
  const note = await copyTicket(page);
  assert.match(note, /^## Sign-in over SMTP AUTH, POP3 and IMAP4: diagnosis/);
  assert.match(note, /Evaluated on: 2026-12-01/);
  assert.match(note, /Get-EXOCasMailbox \(1 mailbox\)/);
  assert.match(note, /### Mailbox: scanner@contoso\.com/);
  assert.match(note, /also blocked by SA4/);
  assert.match(note, /`TransportConfig\.SmtpClientAuthenticationDisabled` = True \(line 3\)/);
  assert.match(note, /works until Microsoft switches Basic SMTP AUTH off by default/);
  await page.locator('#redact').check();
  await page.locator('article.mailbox', { hasText: 'user-1@domain-1.example' }).waitFor();
  const redacted = await copyTicket(page);
  assert.doesNotMatch(redacted, /scanner|contoso/i);
  assert.match(redacted, /### Mailbox: user-1@domain-1\.example/);
});

test('the note for the ticket is in the page language', async () => {
  const { page } = await openExample('de');
  const note = await copyTicket(page);
  assert.match(note, /^## Anmeldung über SMTP AUTH, POP3 und IMAP4: Diagnose/);
  assert.match(note, /### Postfach: scanner@contoso\.com/);
  assert.match(note, /Get-EXOCasMailbox \(1 Postfach\)/);
  assert.match(await page.textContent('.chips'), /1 Authentifizierungsrichtlinie\b/);
});

test('printing shows the answer and the commands without the input, buttons and settings', async () => {
  const { page } = await openExample();
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['#input', '.settings-bar', '.ticket-row', '#load-example', 'article.mailbox .commands button.copy']) {
    assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} is printed`);
  }
  assert.ok(await page.locator('article.mailbox ul.answer').isVisible());
  const pre = page.locator('article.mailbox .commands pre').last();
  assert.equal(await pre.evaluate((el) => getComputedStyle(el).whiteSpace), 'pre-wrap', 'long commands wrap');
  await page.screenshot({ path: join(OUTPUT_DIR, 'answer-print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });
});

for (const theme of ['light', 'dark']) {
  test(`axe-core finds no violation with the alternatives and the detail open (${theme})`, async () => {
    const { page, card } = await openExample();
    await page.selectOption('#theme', theme);
    await card.locator('.alternatives > summary').click();
    await card.locator('.detail > summary').click();
    assert.deepEqual(await axeViolations(page), []);
    await card.screenshot({ path: join(OUTPUT_DIR, `answer-card-open-${theme}.png`) });
  });
}
