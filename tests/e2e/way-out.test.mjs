// The way out in December: an admin opens the collect script's output and the Entra sign-in log
// of ten accounts that sign in with a password (tests/fixtures/way-out/) and gets, per account,
// the path to take with its commands filled in, the site one connector covers, a worksheet to
// filter, answer and download; answers change the plan at once and survive a new analysis;
// redaction hides every name and address of it; nothing leaves the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { servedApp } from './lib/served-app.mjs';
import { problems, OUTPUT_DIR } from './lib/browser.mjs';
import { axeViolations } from './lib/axe.mjs';
import { bulkTenant, mailboxId } from './lib/bulk-tenant.mjs';

const FIXTURES = join(process.cwd(), 'tests/fixtures/way-out');
const SETTINGS = join(FIXTURES, 'settings.txt');
const SIGN_INS = join(FIXTURES, 'signins.csv');
const app = servedApp('/tools/exo/');

const WORDS = {
  en: {
    heading: 'Signs in with a password: the way out before the end of December',
    headingAfter: 'Signed in with a password: what broke and what to move to',
    keep: /^does not fit Keep the password for now: Basic SMTP AUTH was switched off by default/,
    summary: '9 accounts break at the end of December; 1 already fails;',
    site: '203.0.113.10: 2 accounts (scanner-3og@contoso.com, scanner-2og@contoso.com): one connector and one SPF entry cover them.',
    relay: 'Recommended: SMTP relay through a connector.',
    ask: /^No way out fits for sure yet\. What decides it: Can the device's firmware/,
    appOnly: 'Recommended: OAuth, app-only (the app\'s own token).',
    hve: 'Recommended: High Volume Email (HVE).',
    likely: 'device (likely)',
    app: 'App',
    short: { relay: 'relay connector', appOnly: 'OAuth (app-only)', delegated: 'OAuth (delegated)', hve: 'HVE', ask: 'ask' },
    legend: 'For the 2 accounts shown',
    notPasted: /^The settings of 10 accounts were not pasted/,
    environment: 'Environment: Exchange Online (from the sign-in log)',
  },
  de: {
    heading: 'Meldet sich mit Kennwort an: der Weg hinaus vor Ende Dezember',
    headingAfter: 'Hat sich mit Kennwort angemeldet: was ausfiel und wohin umstellen',
    keep: /^passt nicht Vorerst beim Kennwort bleiben: Basic-SMTP AUTH wurde Ende Dezember 2026 standardmäßig abgeschaltet/,
    summary: '9 Konten fallen Ende Dezember aus; 1 scheitert bereits;',
    site: '203.0.113.10: 2 Konten (scanner-3og@contoso.com, scanner-2og@contoso.com): Ein Connector und ein SPF-Eintrag decken sie ab.',
    relay: 'Empfohlen: SMTP-Relay über einen Connector.',
    ask: /^Noch passt kein Weg sicher\. Was entscheidet: Kann die Firmware/,
    appOnly: 'Empfohlen: OAuth, nur App (eigenes Token der App).',
    hve: 'Empfohlen: High Volume Email (HVE).',
    likely: 'Gerät (wahrscheinlich)',
    app: 'App',
    short: { relay: 'Relay-Connector', appOnly: 'OAuth (nur App)', delegated: 'OAuth (delegiert)', hve: 'HVE', ask: 'klären' },
    legend: 'Für die 2 Konten in der Liste',
    notPasted: /^Die Einstellungen von 10 Konten wurden nicht eingefügt/,
    environment: 'Umgebung: Exchange Online (aus dem Anmeldeprotokoll)',
  },
};

/** The page at `lang`, evaluated on 2026-12-05, loaded, with the requests made so far. */
async function open(lang, files) {
  const { page, log } = app.browser;
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto('about:blank');
  await page.goto(`${app.server.url}#lang=${lang}&date=2026-12-05`);
  await page.waitForSelector('#input');
  // Loading ends when the hosted copy's worker has kept the app's own files for offline use.
  await page.evaluate(() => navigator.serviceWorker.ready);
  const loaded = log.requests.length;
  await page.setInputFiles('#open-file', files);
  await page.locator('section.way-out').waitFor();
  return { page, log, loaded };
}

/** The worksheet's rows as shown: each its cells' text. */
async function sheet(page) {
  return page.locator('.worksheet tbody tr:not(.spacer)').evaluateAll((rows) =>
    rows.map((row) => [...row.children].map((cell) => cell.textContent.trim())));
}

/** The worksheet's row of `account`. */
async function rowOf(page, account) {
  return (await sheet(page)).find((cells) => cells[0] === account);
}

async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  return readFile(await file.path(), 'utf8');
}

for (const lang of ['en', 'de']) {
  test(`settings and a sign-in log of ten accounts: plans, a site, the worksheet, answers, downloads (${lang})`, async () => {
    const words = WORDS[lang];
    const { page, log, loaded } = await open(lang, [SETTINGS, SIGN_INS]);
    const section = page.locator('section.way-out');
    assert.equal(await section.locator('h2').first().textContent(), words.heading);
    assert.ok((await page.locator('#december-summary').textContent()).startsWith(words.summary));
    // The way out comes before the organization and the mailboxes.
    const order = await page.locator('#result > section, #result > article').evaluateAll((nodes) => nodes.map((n) => n.className));
    assert.ok(order.indexOf('card way-out') < order.findIndex((c) => c.includes('bulk')), order.join(' | '));

    // One site of two accounts: one connector and one SPF entry, filled in.
    const site = section.locator('.sites li');
    assert.equal(await site.count(), 1);
    assert.equal(await site.locator('p').textContent(), words.site);
    assert.deepEqual(await site.locator('pre').allTextContents(), [
      "New-InboundConnector -Name 'Relay from 203.0.113.10' -ConnectorType OnPremises -SenderDomains '*' -SenderIPAddresses '203.0.113.10' -RequireTls $true",
      'v=spf1 ip4:203.0.113.10 include:spf.protection.outlook.com ~all',
    ]);

    // More than five plans: the worksheet, breaking accounts first, the one that fails last.
    let rows = await sheet(page);
    assert.equal(rows.length, 10);
    assert.equal(rows.at(-1)[0], 'fax-reception@contoso.com');
    assert.deepEqual(await rowOf(page, 'scanner-3og@contoso.com'), ['scanner-3og@contoso.com', words.likely, lang === 'en' ? 'unknown' : 'unbekannt', words.short.relay, '203.0.113.10', '3', '2026-12-03']);
    assert.equal((await rowOf(page, 'jonas.weber@contoso.com'))[3], words.short.delegated);
    assert.equal((await rowOf(page, 'erp-alerts@contoso.com'))[3], words.short.appOnly);

    // Filters: by path (the plans that ask), by site, by December answer, by text.
    await page.selectOption('#worksheet-path', 'ask');
    assert.deepEqual((await sheet(page)).map((r) => r[0]), ['printer-lab@contoso.com', 'copier-hq@contoso.com', 'fax-reception@contoso.com']);
    await page.selectOption('#worksheet-path', '');
    await page.selectOption('#worksheet-site', { label: '203.0.113.10 (2)' });
    assert.deepEqual((await sheet(page)).map((r) => r[0]), ['scanner-3og@contoso.com', 'scanner-2og@contoso.com']);
    await page.selectOption('#worksheet-site', '');
    await page.selectOption('#worksheet-december', 'already-failing');
    assert.deepEqual((await sheet(page)).map((r) => r[0]), ['fax-reception@contoso.com']);
    await page.selectOption('#worksheet-december', '');
    await page.fill('#worksheet-text', 'PRINTER');
    assert.deepEqual((await sheet(page)).map((r) => r[0]), ['printer-lab@contoso.com', 'label-printer@contoso.com']);
    await page.fill('#worksheet-text', '');

    // An account picked opens its plan below the table and takes the focus: the relay path
    // filled in with the mailbox and the site's address.
    await page.locator('.worksheet .row-pick', { hasText: 'scanner-3og@contoso.com' }).click();
    const card = page.locator('.worksheet article.plan');
    await card.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'plan-0');
    assert.equal(await card.locator('.recommended').textContent(), words.relay);
    const relay = card.locator('.path-open');
    assert.equal(await relay.count(), 1);
    const commands = await relay.locator('pre').allTextContents();
    assert.ok(commands.includes("New-InboundConnector -Name 'Relay from 203.0.113.10' -ConnectorType OnPremises -SenderDomains '*' -SenderIPAddresses '203.0.113.10' -RequireTls $true"), commands.join('\n'));
    assert.ok(commands.includes("Resolve-DnsName -Name 'contoso.com' -Type MX"), commands.join('\n'));
    assert.match(await relay.locator('dl').textContent(), /contoso-com\.mail\.protection\.outlook\.com.*25.*scanner-3og@contoso\.com/);
    // Six paths, each with its fit in words.
    assert.equal(await card.locator('.paths > li').count(), 6);
    assert.equal(await card.locator('.paths .status').count(), 6);
    await page.screenshot({ path: join(OUTPUT_DIR, `way-out-worksheet-${lang}.png`), fullPage: true });
    // Printed, the plan and its commands show; the answer controls and buttons do not.
    await page.emulateMedia({ media: 'print' });
    assert.ok(await relay.locator('pre').first().isVisible());
    assert.ok(!(await card.locator('fieldset').first().isVisible()));
    await page.emulateMedia({ media: 'screen' });
    assert.deepEqual(await axeViolations(page), []);

    // Answering one account changes its plan at once: a printer on a private address that is
    // in fact an app gets OAuth app-only, with its own mailbox in the commands.
    await page.locator('.worksheet .row-pick', { hasText: 'printer-lab@contoso.com' }).click();
    await page.locator('#plan-2').waitFor();
    assert.match(await card.locator('.recommended').textContent(), words.ask);
    await card.locator('fieldset').first().getByLabel(words.app, { exact: true }).check();
    await card.locator('.recommended', { hasText: words.appOnly }).waitFor();
    assert.ok((await card.locator('.path-open pre').allTextContents()).some((c) => c.startsWith("Add-MailboxPermission -Identity 'printer-lab@contoso.com'")));
    assert.equal((await rowOf(page, 'printer-lab@contoso.com'))[3], words.short.appOnly);

    // An answer for all the accounts shown: the two that still ask send inside only.
    await page.selectOption('#worksheet-path', 'ask');
    assert.equal(await page.locator('.bulk-answer legend').textContent(), words.legend);
    await page.selectOption('#worksheet-outside', 'no');
    await page.click('#worksheet-apply');
    await page.locator('.worksheet .shown', { hasText: /^0 / }).waitFor();
    await page.selectOption('#worksheet-path', '');
    for (const account of ['copier-hq@contoso.com', 'fax-reception@contoso.com']) {
      assert.equal((await rowOf(page, account))[3], words.short.hve, account);
    }

    // The answers survive a new analysis: another date, then redaction on and off.
    await page.fill('#as-of', '2026-12-06');
    await page.locator('#as-of').dispatchEvent('change');
    await page.locator('#december-summary').waitFor();
    assert.equal((await rowOf(page, 'printer-lab@contoso.com'))[3], words.short.appOnly);
    // After the default change, keeping the password is no way out, and the page says it broke.
    await page.fill('#as-of', '2027-01-05');
    await page.locator('#as-of').dispatchEvent('change');
    await section.locator('h2', { hasText: words.headingAfter }).waitFor();
    assert.match(await card.locator('.path-no').last().textContent(), words.keep);
    await page.fill('#as-of', '2026-12-05');
    await page.locator('#as-of').dispatchEvent('change');
    await section.locator('h2', { hasText: words.heading }).waitFor();

    // The worksheet as CSV: the read-back columns first, the answers in them.
    const sheetText = await download(page, '#worksheet-csv');
    await writeFile(join(OUTPUT_DIR, `way-out-worksheet-${lang}.csv`), sheetText);
    const csv = sheetText.trim().split('\n');
    assert.ok(csv[0].startsWith('Account,Sender,Sends outside,Recommended,'), csv[0]);
    assert.equal(csv.length, 11);
    assert.ok(csv.some((l) => l.startsWith('printer-lab@contoso.com,app,,oauth-app-only,smtp.office365.com,587,oauth,10.20.30.40,')), csv.join('\n'));
    assert.ok(csv.some((l) => l.startsWith('copier-hq@contoso.com,,no,hve,')), csv.join('\n'));
    assert.ok(csv.some((l) => l.startsWith('scanner-3og@contoso.com,,,relay-connector,contoso-com.mail.protection.outlook.com,25,none,203.0.113.10,203.0.113.10,3,')), csv.join('\n'));
    const markdown = await download(page, '#worksheet-markdown');
    assert.ok(markdown.includes('| printer-lab@contoso.com |'), markdown);

    // Redacted, no name, domain or address of the way out is shown or downloaded; the plans stay.
    await page.check('#redact');
    await section.locator('.row-pick', { hasText: 'user-1@domain-1.example' }).waitFor();
    await section.locator('.row-pick').first().click();
    const secrets = ['contoso', 'scanner-', 'printer-lab', 'Scanner 3rd floor', 'Jonas', 'Thunderbird', '203.0.113.', '198.51.100.', '192.0.2.', '10.20.30.40', 'Hamburg'];
    const shown = await section.textContent();
    for (const secret of secrets) assert.ok(!shown.includes(secret), `${secret} is still shown after redaction`);
    assert.ok(shown.includes(words.relay) || shown.includes(words.short.relay), 'the plans stay');
    const redacted = await download(page, '#worksheet-csv');
    for (const secret of secrets) assert.ok(!redacted.includes(secret), `${secret} is still in the redacted worksheet`);
    assert.ok(redacted.includes(',app,,oauth-app-only,'), 'the answers stay, redacted or not');
    await page.screenshot({ path: join(OUTPUT_DIR, `way-out-redacted-${lang}.png`), fullPage: true });
    await page.uncheck('#redact');
    await section.locator('.row-pick', { hasText: 'scanner-3og@contoso.com' }).waitFor();

    // At phone width the table, the answers and the commands stay inside the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('.worksheet .row-pick', { hasText: 'scanner-3og@contoso.com' }).click();
    await card.waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page is ${overflow} px wider than the phone`);
    await page.screenshot({ path: join(OUTPUT_DIR, `way-out-phone-${lang}.png`), fullPage: true });

    assert.deepEqual(log.requests.slice(loaded), [], 'no request after load');
    assert.deepEqual(await problems(page, log, app.server.origin), []);
  });
}

for (const lang of ['en', 'de']) {
  test(`a sign-in log alone: its settings are said once, the worksheet is the table (${lang})`, async () => {
    const words = WORDS[lang];
    const { page, log, loaded } = await open(lang, [SIGN_INS]);
    assert.match(await page.locator('#settings-not-pasted').textContent(), words.notPasted);
    assert.ok((await page.locator('.missing pre').first().textContent()).startsWith('Get-TransportConfig'));
    // No verdict table or card of unknowns: the worksheet is the bulk view.
    assert.equal(await page.locator('section.bulk').count(), 0);
    assert.equal(await page.locator('article.mailbox').count(), 0);
    assert.equal((await sheet(page)).length, 10);
    assert.equal(await page.locator('.environment').textContent(), words.environment);
    await page.screenshot({ path: join(OUTPUT_DIR, `way-out-log-only-${lang}.png`), fullPage: true });
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(log.requests.slice(loaded), [], 'no request after load');
    assert.deepEqual(await problems(page, log, app.server.origin), []);
  });
}

test('the worksheet given back with the exports it was made from: its answers decide the plans', async () => {
  const sheet = join(OUTPUT_DIR, 'way-out-worksheet-en.csv');
  const { page, log, loaded } = await open('en', [SETTINGS, SIGN_INS, sheet]);
  // Answered in the sheet: the printer is an app, the copier and the fax send inside only.
  assert.deepEqual((await rowOf(page, 'printer-lab@contoso.com')).slice(1, 4), ['app', 'unknown', WORDS.en.short.appOnly]);
  for (const account of ['copier-hq@contoso.com', 'fax-reception@contoso.com']) {
    assert.deepEqual((await rowOf(page, account)).slice(2, 4), ['no', WORDS.en.short.hve], account);
  }
  await page.locator('.worksheet .row-pick', { hasText: 'printer-lab@contoso.com' }).click();
  const card = page.locator('.worksheet article.plan');
  await card.waitFor();
  assert.equal(await card.locator('.reading').first().textContent(), 'What signs in: app (your answer).');
  assert.ok(await card.locator('fieldset').first().getByLabel('App', { exact: true }).isChecked());
  assert.equal(await card.locator('.recommended').textContent(), WORDS.en.appOnly);
  assert.deepEqual(log.requests.slice(loaded), [], 'no request after load');
  assert.deepEqual(await problems(page, log, app.server.origin), []);
});

/** A flattened Get-MgAuditLogSignIn export: mailboxes 1 to `count` sign in with a password. */
function passwordSenders(count) {
  const lines = ['"UserPrincipalName","ClientAppUsed","CreatedDateTime","AppDisplayName","IPAddress","ErrorCode"'];
  for (let i = 1; i <= count; i += 1) {
    lines.push(`"${mailboxId(i, 6)}@contoso.com","Authenticated SMTP","11/2${i % 8}/2026 9:02:10 AM","Office 365 Exchange Online","203.0.${Math.floor(i / 250) % 256}.${i % 250}","0"`);
  }
  return lines.join('\n') + '\n';
}

test('10,000 accounts with a plan among 100,000 mailboxes: the worksheet filters and answers without a long task', { timeout: 600_000 }, async () => {
  const { page, log } = app.browser;
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto('about:blank');
  await page.goto(`${app.server.url}#lang=en&date=2026-12-05`);
  await page.waitForSelector('#input');
  await page.evaluate(() => navigator.serviceWorker.ready);
  const loaded = log.requests.length;
  const file = (name, text) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
  await page.setInputFiles('#open-file', [file('mailboxes.csv', bulkTenant(100_000, 6)), file('signins.csv', passwordSenders(10_000))]);
  const shown = page.locator('.worksheet .shown');
  await shown.filter({ hasText: /^10,000 / }).waitFor({ timeout: 300_000 });
  await page.locator('.analysing').waitFor({ state: 'detached', timeout: 300_000 });
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration)))
      .observe({ type: 'longtask' });
  });
  const longest = () => page.evaluate(() => Math.max(0, ...window.__longTasks.splice(0)));
  // A keystroke in the filter: from the key to the table redrawn.
  await page.focus('#worksheet-text');
  let started = Date.now();
  await page.keyboard.type('user000999');
  await shown.filter({ hasText: /^1 / }).waitFor();
  const typed = Date.now() - started;
  const typing = await longest();
  await page.fill('#worksheet-text', '');
  await shown.filter({ hasText: /^10,000 / }).waitFor();
  // One answer for every account shown: ten thousand plans worked out again.
  await page.selectOption('#worksheet-sender', 'app');
  started = Date.now();
  await page.click('#worksheet-apply');
  await page.locator('#worksheet-path option', { hasText: 'OAuth (app-only) (10,000)' }).waitFor({ state: 'attached' });
  const answered = Date.now() - started;
  const answering = await longest();
  await page.locator('.bulk-viewport').first().evaluate((box) => { box.scrollTop = 150_000; });
  await page.locator('.worksheet .row-pick', { hasText: /^user0/ }).first().waitFor();
  const task = (ms) => (ms > 0 ? `${ms.toFixed(0)} ms` : 'none over 50 ms');
  console.log(`figures: way out, 10000 plans among 100000 mailboxes: typing "user000999" into the filter ${typed} ms, longest task ${task(typing)}; ` +
    `one answer for all 10000 shown ${answered} ms, longest task ${task(answering)}`);
  assert.deepEqual(log.requests.slice(loaded), [], 'no request after load');
  assert.deepEqual(await problems(page, log, app.server.origin), []);
});

test('a message trace opened with the log tells that the scanner sends outside: HVE and Direct Send do not fit', async () => {
  const evidence = join(process.cwd(), 'tests/fixtures/evidence');
  const trace = join(process.cwd(), 'tests/fixtures/message-trace/scanner-7.csv');
  const { page, log, loaded } = await open('en', [join(evidence, 'transcript-scanner.txt'), join(evidence, 'portal-interactive.csv'), trace]);
  // Two accounts with a plan: a card each, no worksheet.
  const card = page.locator('section.way-out article.plan').first();
  assert.equal(await card.locator('h3').textContent(), 'scanner@contoso.com');
  assert.match(await card.locator('.reading').nth(1).textContent(), /^Sends outside the organization: yes: 1 of 3 recipients in the message trace \(4 messages, 2026-11-24 – 2026-11-28\)/);
  // A trace is evidence, not the admin's answer: "Not sure" stays chosen.
  assert.ok(await card.locator('fieldset').nth(1).getByLabel('Not sure').isChecked());
  const ruledOut = await card.locator('.path-no').allTextContents();
  for (const path of ['High Volume Email (HVE)', 'Direct Send']) {
    assert.ok(ruledOut.some((line) => line.includes(`${path}: It mails outside the organization`)), ruledOut.join('\n'));
  }
  assert.equal(await card.locator('.recommended').textContent(), WORDS.en.relay);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(log.requests.slice(loaded), [], 'no request after load');
  assert.deepEqual(await problems(page, log, app.server.origin), []);
});

test('an account whose name holds a control character: paths that name it say why they have no steps', async () => {
  const log = join(OUTPUT_DIR, 'signins-control-character.csv');
  await writeFile(log, 'Date (UTC),Username,User,Client app,Status,Sign-in error code,IP address,User agent\n'
    + '2026-11-20T08:00:00Z,scan\u000b1@contoso.com,Scanner,Authenticated SMTP,Success,0,203.0.113.7,BAV2ROPC\n');
  const { page, log: requests, loaded } = await open('en', [log]);
  const card = page.locator('section.way-out article.plan');
  const path = (name) => card.locator('li.path', { hasText: name });
  // App-only OAuth grants the app this mailbox by name; a connector names no mailbox.
  await path('OAuth, app-only').locator('summary').click();
  assert.match(await path('OAuth, app-only').locator('.reading').textContent(), /^No steps: a value of this account cannot be put into a command safely/);
  assert.match(await path('SMTP relay through a connector').textContent(), /New-InboundConnector -Name 'Relay from 203\.0\.113\.7'/);
  await card.screenshot({ path: join(OUTPUT_DIR, 'way-out-no-steps.png') });
  assert.deepEqual(requests.requests.slice(loaded), [], 'no request after load');
  assert.deepEqual(await problems(page, requests, app.server.origin), []);
});
