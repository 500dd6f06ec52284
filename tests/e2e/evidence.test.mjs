// A support call in December: the settings transcript and the Entra sign-in log opened together
// as two files. The page says who signs in with a password and breaks at the end of December,
// who already fails, which log it read over which days, and sends nothing anywhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { servedApp } from './lib/served-app.mjs';
import { problems, OUTPUT_DIR } from './lib/browser.mjs';
import { axeViolations } from './lib/axe.mjs';

const FIXTURES = join(process.cwd(), 'tests/fixtures/evidence');
const FILES = ['transcript-scanner.txt', 'portal-interactive.csv'].map((name) => join(FIXTURES, name));
const app = servedApp('/tools/exo/');

const WORDS = {
  en: {
    heading: 'Signs in with a password: the way out before the end of December',
    breaks: /Signs in with a password over SMTP AUTH \(3 times, last on 2026-11-22\); this works today and stops/,
    failing: /Tries SMTP AUTH with a password, but it fails already/,
    chip: 'portal-interactive.csv: Entra sign-in log: 11 rows, 2026-11-20 to 2026-11-26',
    limit: /Entra sign-in log: Older sign-ins are not in it/,
    summary: '1 account breaks at the end of December; 1 already fails;',
    share: /the link carries only the settings/,
  },
  de: {
    heading: 'Meldet sich mit Kennwort an: der Weg hinaus vor Ende Dezember',
    breaks: /Meldet sich mit Kennwort über SMTP AUTH an \(3-mal, zuletzt am 2026-11-22\); das funktioniert heute und endet/,
    failing: /Versucht SMTP AUTH mit Kennwort, scheitert aber bereits/,
    chip: 'portal-interactive.csv: Entra-Anmeldeprotokoll: 11 Einträge, 2026-11-20 bis 2026-11-26',
    limit: /Entra-Anmeldeprotokoll: Ältere Anmeldungen fehlen/,
    summary: '1 Konto fällt Ende Dezember aus; 1 scheitert bereits;',
    share: /Der Link enthält nur die Einstellungen/,
  },
};

for (const lang of ['en', 'de']) {
  test(`two files opened together: who breaks in December, who already fails, from which log (${lang})`, async () => {
    const { page, log } = app.browser;
    const words = WORDS[lang];
    await page.goto('about:blank');
    // Evaluated before the default change, whenever the test runs: the answer is "breaks".
    await page.goto(`${app.server.url}#lang=${lang}&date=2026-12-01`);
    await page.waitForSelector('#input');
    // Loading ends when the hosted copy's worker has kept the app's own files for offline use
    // (sw.js fetches them once, on the first visit); from then on nothing may be requested.
    await page.evaluate(() => navigator.serviceWorker.ready);
    const loaded = log.requests.length;

    await page.setInputFiles('#open-file', FILES);
    const section = page.locator('section.way-out');
    await section.waitFor();
    assert.equal(await section.locator('h2').textContent(), words.heading);
    assert.ok((await section.locator('.headline').textContent()).startsWith(words.summary));

    // Breaking accounts first, each answer sentence before its plan.
    const cards = section.locator('article.plan');
    assert.deepEqual(await cards.locator('h3').allTextContents(), ['scanner@contoso.com', 'printer@contoso.com']);
    assert.match(await cards.nth(0).locator('.answer').textContent(), words.breaks);
    assert.match(await cards.nth(1).locator('.answer').textContent(), words.failing);
    assert.equal(await cards.nth(0).locator('.paths > li').count(), 6);
    assert.match(await cards.nth(0).locator('.seen').textContent(), /Scanner 3rd floor.*BAV2ROPC.*192\.0\.2\.30/);
    assert.ok(!(await section.textContent()).includes('alice@contoso.com'));

    const chips = await page.locator('.chips').textContent();
    assert.ok(chips.includes(words.chip), chips);
    assert.match(await page.locator('.limits').textContent(), words.limit);
    // The paste holds a sign-in log: the share link offers no way to carry it.
    assert.match(await page.locator('#share-private').textContent(), words.share);
    assert.equal(await page.locator('#share-include-input').count(), 0);
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.locator('.share').getByRole('button').click();
    await page.waitForFunction(async () => (await navigator.clipboard.readText()).includes('#lang='));
    const link = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(!link.includes('input=') && !link.includes('contoso'), link);

    // The second file's text follows the first's, in the order given, after a line break (as
    // the command line joins files).
    const input = await page.inputValue('#input');
    assert.ok(input.startsWith('PS C:\\> Get-TransportConfig') && input.includes('\nDate (UTC),Request ID,'), input.slice(0, 300));

    await page.screenshot({ path: join(OUTPUT_DIR, `evidence-december-${lang}.png`), fullPage: true });
    assert.deepEqual(await axeViolations(page), []);

    // Redacted, the answer stays and every name, address, user agent and place is replaced.
    await page.check('#redact');
    await section.locator('h3', { hasText: 'user-1@domain-1.example' }).waitFor();
    const shown = await page.locator('#result').textContent();
    for (const secret of ['scanner@', 'printer@', 'contoso', 'Scanner 3rd floor', 'Printer Reception', '192.0.2.', '203.0.113.', 'Seattle']) {
      assert.ok(!shown.includes(secret), `${secret} is still shown after redaction`);
    }
    assert.match(shown, words.failing, 'the answers stay');
    await page.screenshot({ path: join(OUTPUT_DIR, `evidence-redacted-${lang}.png`), fullPage: false });
    await page.uncheck('#redact');
    assert.deepEqual(log.requests.slice(loaded), [], 'no request after load');
    assert.deepEqual(await problems(page, log, app.server.origin), []);
  });
}

/**
 * The devices' settings (Get-EXOCasMailbox), then a flattened Get-MgAuditLogSignIn export:
 * devices 1-8 sign in with a password, 9-10 fail.
 */
function manyDevices() {
  const settings = ['PS C:\\> Get-EXOCasMailbox -ResultSize Unlimited | Format-List PrimarySmtpAddress,SmtpClientAuthenticationDisabled', ''];
  const lines = ['"UserPrincipalName","ClientAppUsed","CreatedDateTime","AppDisplayName","IPAddress","ErrorCode"'];
  for (let i = 1; i <= 10; i += 1) {
    settings.push(`PrimarySmtpAddress               : device${i}@contoso.com`, 'SmtpClientAuthenticationDisabled : False', '');
    lines.push(`"device${i}@contoso.com","Authenticated SMTP","11/2${i % 8}/2026 9:02:10 AM","Office 365 Exchange Online","192.0.2.${i}","${i <= 8 ? 0 : 50126}"`);
  }
  return settings.join('\n') + '\n' + lines.join('\n') + '\n';
}

test('more than 5 accounts that break: the worksheet, and with their settings the table with the December column, filter and export columns', async () => {
  const { page } = app.browser;
  await page.goto('about:blank');
  await page.goto(`${app.server.url}#lang=en&date=2026-12-01`);
  await page.waitForSelector('#input');
  await page.locator('#input').fill(manyDevices());
  const section = page.locator('section.way-out');
  await section.waitFor();
  assert.match(await section.locator('#december-summary').textContent(), /^8 accounts break at the end of December; 2 already fail;/);
  assert.equal(await section.locator('.worksheet tbody tr:not(.spacer)').count(), 10);
  assert.equal(await section.locator('article').count(), 0);

  const bulk = page.locator('section.bulk');
  assert.equal(await bulk.locator('.bulk-table thead th').nth(1).textContent(), 'December');
  await page.check('#bulk-december');
  await bulk.locator('.shown', { hasText: '8 shown' }).waitFor();
  const shown = await bulk.locator('.bulk-table tbody tr:not(.spacer) td:first-of-type').allTextContents();
  assert.deepEqual([...new Set(shown)], ['breaks in December']);
  await page.screenshot({ path: join(OUTPUT_DIR, 'evidence-bulk.png'), fullPage: true });

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  const csv = (await readFile(await download.path(), 'utf8')).trim().split('\n');
  assert.match(csv[0], /,SMTP AUTH password successes,SMTP AUTH password failures,SMTP AUTH password last success,December$/);
  assert.match(csv.find((l) => l.startsWith('device9@')), /,0,1,,already failing$/);
});
