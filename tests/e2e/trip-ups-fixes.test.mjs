// Issue 22, points 3 and 5, on the page: with the client "Not sure" the example's fix turns on
// only SMTP AUTH (its first command), the banner "both steps are needed" sits with the steps it
// means; SMTP AUTH off for the organization (its secure default) is no fault for 3,000
// mailboxes nothing needs: a neutral status, no fix offered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { servedApp } from './lib/served-app.mjs';
import { problems, OUTPUT_DIR } from './lib/browser.mjs';

const app = servedApp('/exo/');

test('the example with "Not sure": the script starts with SMTP AUTH, the banner sits with its steps', async () => {
  const { page, log } = app.browser;
  await page.goto(app.server.url);
  await page.waitForSelector('#input');
  assert.equal(await page.inputValue('#scenario'), 'any', 'the client is "Not sure"');
  await page.locator('#as-of').fill('2026-12-05');
  await page.locator('#load-example').click();
  const card = page.locator('article.mailbox', { hasText: 'scanner@contoso.com' });
  await card.waitFor();
  await card.locator('.commands-head button').click();
  await card.locator('.commands-head button', { hasText: 'Copied' }).waitFor();
  const script = await page.evaluate(() => navigator.clipboard.readText());
  const first = script.split('\n').find((line) => line.trim() !== '' && !line.startsWith('#'));
  assert.equal(first, "Set-CASMailbox -Identity 'scanner@contoso.com' -SmtpClientAuthenticationDisabled $false", script);
  assert.ok(!script.includes('-PopEnabled $true'), `nothing in the paste uses POP3:\n${script}`);
  // The banner is followed by the list of the steps it means: the SMTP AUTH steps.
  const banner = card.locator('.commands > .layers-needed');
  assert.match(await banner.textContent(), /SMTP AUTH with a password \(Basic\) is blocked by two layers: both steps are needed/);
  const next = await banner.evaluate((p) => [p.nextElementSibling?.tagName, p.nextElementSibling?.textContent ?? '']);
  assert.equal(next[0], 'OL');
  assert.ok(next[1].includes('-SmtpClientAuthenticationDisabled $false') && next[1].includes("-AuthenticationPolicy 'Allow Basic SMTP'"), next[1]);
  await card.screenshot({ path: join(OUTPUT_DIR, 'trip-ups-example-not-sure.png') });
  assert.deepEqual(await problems(page, log, app.server.origin), []);
});

/** SMTP AUTH off for the organization, then 3,000 mailboxes that inherit it. */
function organizationOff(count) {
  const lines = ['SmtpClientAuthenticationDisabled : True', '', '"Identity","PrimarySmtpAddress","PopEnabled","ImapEnabled","SmtpClientAuthenticationDisabled"'];
  for (let i = 1; i <= count; i += 1) lines.push(`"user${i}","user${i}@contoso.com","True","True",`);
  return lines.join('\n') + '\n';
}

test('SMTP AUTH off for the organization: 3,000 mailboxes in a neutral status, no fix offered', { timeout: 300_000 }, async () => {
  const { page, log } = app.browser;
  await page.goto(app.server.url);
  await page.waitForSelector('#input');
  await page.evaluate((text) => navigator.clipboard.writeText(text), organizationOff(3000));
  await page.focus('#input');
  await page.keyboard.press('Control+V');
  await page.locator('#bulk-heading', { hasText: /3,?000 mailboxes/ }).waitFor({ timeout: 120_000 });
  const rows = page.locator('.bulk-table tbody tr:not(.spacer)');
  await rows.first().waitFor();
  // The SMTP AUTH columns are the first two status cells of a row (first after the mailbox).
  const smtp = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td > .status')].slice(0, 2).map((s) => s.className)));
  assert.ok(smtp.length > 0 && smtp.every((cells) => cells.length === 2 && cells.every((c) => c === 'status status-off')), JSON.stringify(smtp.slice(0, 3)));
  const colours = await page.locator('.bulk-table .status-off').first().evaluate((el) => getComputedStyle(el).color);
  const red = await page.evaluate(() => {
    const probe = document.createElement('span');
    probe.className = 'status status-blocked';
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  });
  assert.notEqual(colours, red, 'not the colour of "blocked"');
  assert.equal(await page.locator('article.organization .commands').count(), 0, 'the organization is offered no fix');
  await rows.first().locator('button').click();
  const card = page.locator('section.bulk article.mailbox');
  await card.waitFor();
  assert.equal(await card.locator('.commands').count(), 0, 'no fix for a mailbox nothing needs');
  assert.ok((await card.locator('ul.answer .answer-off').count()) > 0, 'the answer is styled apart');
  await page.screenshot({ path: join(OUTPUT_DIR, 'trip-ups-organization-off.png'), fullPage: false });
  assert.deepEqual(await problems(page, log, app.server.origin), []);
});
