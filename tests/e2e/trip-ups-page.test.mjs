// What a new admin trips over on the page itself: print, a phone and a 1280 px desktop, the
// paste box while names are hidden, the keyboard, and a large paste held as data. Screenshots
// `trip-ups-page-*.png`; `figures:` lines for Tab presses and main-thread tasks (printed, not
// asserted against a tight bound).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { servedApp } from './lib/served-app.mjs';
import { problems, OUTPUT_DIR } from './lib/browser.mjs';
import { bulkTenant } from './lib/bulk-tenant.mjs';

const TRANSCRIPT = await readFile(join(process.cwd(), 'src/ui/examples/support-call.txt'), 'utf8');
/** Six mailboxes (a table, not cards) and a sign-in of the second: the December column too. */
const SIX = bulkTenant(6, 5) + '\n"UserPrincipalName","ClientAppUsed","CreatedDateTime","AppDisplayName","IPAddress","ErrorCode"\n'
  + '"user00002@contoso.com","Authenticated SMTP","11/20/2026 9:02:10 AM","x","192.0.2.1","0"\n';
const app = servedApp('/exo/');

async function openApp(width = 1280, height = 800) {
  const { page } = app.browser;
  await page.setViewportSize({ width, height });
  await page.emulateMedia({ media: 'screen' });
  await page.goto(app.server.url);
  await page.waitForSelector('#input');
  return page;
}

async function pasteSix(page) {
  await page.locator('#input').fill(SIX);
  await page.locator('.bulk-table tbody tr', { hasText: 'user00006@contoso.com' }).waitFor();
}

test('print: the title, the date, what was pasted, the answer, the commands and the table with its names', async () => {
  const page = await openApp();
  await pasteSix(page);
  await page.locator('.row-pick', { hasText: 'user00002@contoso.com' }).click();
  await page.locator('article.mailbox .commands').waitFor();
  const asOf = await page.inputValue('#as-of');
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => document.querySelector('main').innerText);
  assert.match(printed, /Exchange sign-in analyzer/, 'the title');
  assert.ok(printed.includes(asOf), `the date ${asOf}`);
  assert.match(printed, /6 mailboxes/, 'what was pasted');
  for (const selector of ['h1', '.chips', 'article.mailbox ul.answer', 'article.mailbox .commands pre', '.bulk-table thead th']) {
    assert.ok(await page.locator(selector).first().isVisible(), `${selector} is printed`);
  }
  for (let i = 1; i <= 6; i += 1) assert.ok(printed.includes(`user0000${i}@contoso.com`), `mailbox ${i} is printed`);
  const heads = await page.locator('.bulk-table thead th').allInnerTexts();
  assert.ok(heads.every((head) => head.trim() !== ''), `every header printed: ${JSON.stringify(heads)}`);
  assert.ok(!(await page.locator('.bulk-controls').first().isVisible()), 'the filters are not printed');
  // The box is as tall as its rows: no empty box.
  const blank = await page.locator('.bulk-viewport').evaluate((box) => box.clientHeight - box.querySelector('table').offsetHeight);
  assert.ok(blank < 10, `blank below the rows: ${blank} px`);
  await page.screenshot({ path: join(OUTPUT_DIR, 'trip-ups-page-print.png'), fullPage: true });
  await page.pdf({ path: join(OUTPUT_DIR, 'trip-ups-page-print.pdf') });
  await page.emulateMedia({ media: 'screen' });
});

test('a phone, 390 px: the Details matrix, whole commands, more than one column of the table', async () => {
  const page = await openApp(390, 844);
  await page.click('#load-example');
  const card = page.locator('article.mailbox');
  await card.locator('.detail > summary').click();
  // A cell is wide enough for its sentences, not one word per line.
  const cells = await card.locator('.matrix td').evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().width));
  assert.ok(cells.length > 0 && cells.every((w) => w >= 250), `matrix cells ${cells.map(Math.round)} px wide`);
  const overflow = await card.locator('.matrix').evaluate((table) => table.scrollWidth - table.clientWidth);
  assert.ok(overflow <= 0, `matrix overflows by ${overflow} px`);
  // Every command is shown whole (wrapped), not cut to the box.
  const cut = await page.locator('.command pre').evaluateAll((pres) => pres.filter((pre) => pre.scrollWidth > pre.clientWidth + 1).map((pre) => pre.textContent));
  assert.deepEqual(cut, [], 'commands cut off');
  await page.screenshot({ path: join(OUTPUT_DIR, 'trip-ups-page-390-card.png'), fullPage: true });
  await pasteSix(page);
  const columns = await page.locator('.bulk-viewport').evaluate((box) => {
    const right = box.getBoundingClientRect().right;
    return [...box.querySelectorAll('thead th')].filter((th) => th.getBoundingClientRect().right <= right + 1).length;
  });
  assert.ok(columns >= 3, `${columns} columns of the table in view`);
  await page.screenshot({ path: join(OUTPUT_DIR, 'trip-ups-page-390.png'), fullPage: true });
});

test('1280 px: the bulk table fits, SMTP AUTH first, the box as tall as its rows, a picked row comes into view with the focus', async () => {
  const page = await openApp(1280, 800);
  await pasteSix(page);
  const box = page.locator('.bulk-viewport');
  const overflow = await box.evaluate((el) => el.scrollWidth - el.clientWidth);
  assert.ok(overflow <= 0, `the table is cut by ${overflow} px`);
  const heads = (await page.locator('.bulk-table thead th').allInnerTexts()).map((head) => head.trim());
  assert.deepEqual(heads, ['Mailbox', 'December', 'SMTP AUTH password', 'SMTP AUTH OAuth', 'POP3 password', 'POP3 OAuth', 'IMAP4 password', 'IMAP4 OAuth']);
  const blank = await box.evaluate((el) => el.clientHeight - el.querySelector('table').offsetHeight);
  assert.ok(blank < 10, `blank below six rows: ${blank} px`);
  await page.screenshot({ path: join(OUTPUT_DIR, 'trip-ups-page-1280.png'), fullPage: false });
  await page.locator('.row-pick', { hasText: 'user00006@contoso.com' }).click();
  const card = page.locator('article.mailbox', { hasText: 'user00006@contoso.com' });
  await card.waitFor();
  await page.waitForFunction(() => document.activeElement?.closest('article.mailbox') !== null);
  const inView = await card.evaluate((el) => {
    const top = el.getBoundingClientRect().top;
    return top >= 0 && top < window.innerHeight;
  });
  assert.ok(inView, 'the picked card is scrolled into view');
  await page.screenshot({ path: join(OUTPUT_DIR, 'trip-ups-page-1280-picked.png'), fullPage: false });
  // Sorting still works by the column clicked.
  await page.locator('.bulk-table thead .sort', { hasText: 'SMTP AUTH password' }).click();
  assert.equal(await page.locator('.bulk-table thead th[aria-sort="ascending"]').innerText(), 'SMTP AUTH password');
});

test('hiding names hides the paste in the box too, and showing them brings it back unchanged', async () => {
  const page = await openApp();
  await page.locator('#input').fill(TRANSCRIPT);
  await page.locator('article.mailbox').waitFor();
  await page.check('#redact');
  await page.locator('article.mailbox', { hasText: 'user-1@domain-1.example' }).waitFor();
  assert.ok(!(await page.locator('#input').isVisible()), 'the raw paste is not shown');
  const note = page.locator('#paste-hidden');
  assert.equal(await note.innerText(), 'The paste is hidden while names are hidden.');
  const shown = await page.evaluate(() => document.querySelector('main').innerText);
  assert.ok(!/scanner|contoso/i.test(shown), 'no name on the screen');
  await page.screenshot({ path: join(OUTPUT_DIR, 'trip-ups-page-redacted.png'), fullPage: false });
  await page.selectOption('#lang', 'de');
  assert.equal(await note.innerText(), 'Die Eingabe ist ausgeblendet, solange Namen ausgeblendet sind.');
  await page.selectOption('#lang', 'en');
  await page.uncheck('#redact');
  await page.locator('#input').waitFor({ state: 'visible' });
  assert.equal(await page.inputValue('#input'), TRANSCRIPT);
  assert.equal(await note.count(), 0);
});

/** Tab presses (and an Enter on the skip link, when there is one) from the top to the example's first answer. */
async function keysToAnswer(page) {
  // The next Tab starts at the top of the page, as after loading it.
  await page.evaluate(() => {
    const start = document.createElement('span');
    start.id = 'tab-start';
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus();
  });
  for (let keys = 1; keys <= 120; keys += 1) {
    await page.keyboard.press('Tab');
    await page.evaluate(() => document.getElementById('tab-start')?.remove());
    const at = await page.evaluate(() => {
      const el = document.activeElement;
      return { skip: el?.id === 'skip', answer: Boolean(el?.closest('#result ul.answer')) };
    });
    if (at.answer) return keys;
    if (at.skip) {
      assert.equal(keys, 1, 'the skip link is first');
      const size = await page.locator('#skip').evaluate((el) => el.getBoundingClientRect().width);
      assert.ok(size > 20, 'the skip link is visible when focused');
      await page.keyboard.press('Enter');
      keys += 1;
    }
  }
  return Infinity;
}

test('the keyboard: a skip link to the results, a command and its Copy button one stop', async () => {
  const page = await openApp();
  await page.click('#load-example');
  await page.locator('article.mailbox ul.answer').waitFor();
  const keys = await keysToAnswer(page);
  console.log(`figures: keys from the top of the page to the example's answer: ${keys}`);
  assert.ok(keys <= 10, `${keys} keys to the answer`);
  assert.equal(await page.locator('#skip').innerText(), 'Skip to the results');
  // One stop per command: its Copy button; the command text is not focusable of its own.
  const stops = await page.locator('.command').evaluateAll((commands) => commands.map((command) =>
    [...command.querySelectorAll('button, [tabindex], a[href]')].filter((el) => el.tabIndex >= 0).length));
  assert.ok(stops.length > 0 && stops.every((n) => n === 1), `tab stops per command: ${stops}`);
  await page.selectOption('#lang', 'de');
  assert.equal(await page.locator('#skip').innerText(), 'Zu den Ergebnissen springen');
  await page.selectOption('#lang', 'en');
});

test('a large CAS-only paste held as data: the share note gives the actual reason', async () => {
  const page = await openApp();
  const paste = bulkTenant(10_000, 5);
  await page.evaluate((text) => navigator.clipboard.writeText(text), paste);
  await page.focus('#input');
  await page.keyboard.press('Control+V');
  await page.locator('#bulk-heading').waitFor({ timeout: 120_000 });
  await page.locator('.analysing').waitFor({ state: 'detached', timeout: 120_000 });
  const note = await page.locator('#share-private').innerText();
  assert.ok(!/sign-in logs|usage reports|error texts/.test(note), note);
  assert.match(note, /too large for a link/);
  assert.deepEqual(await problems(page, app.browser.log, app.server.origin), []);
});
