// Files as a new admin opens them (issue 22, points 1, 2, 9, 10 and the chips' German words):
// each file is read on its own whatever the order, each gets a chip with its name and what was
// read from it (or why nothing was), an unflattened Graph export is answered with the command
// that flattens it, and forum decoration beside a table is no mailbox.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { servedApp } from './lib/served-app.mjs';
import { problems, OUTPUT_DIR } from './lib/browser.mjs';

const SAMPLES = join(process.cwd(), '../shared/evidence-samples');
const FIXTURES = join(process.cwd(), 'tests/fixtures/evidence');
const SIGN_INS = join(SAMPLES, '001-graph-auditlogs-signins-list-response.json');
const USAGE = join(SAMPLES, '009-graph-emailappusage-userdetail-beta-json.json');
// A chat message saved as a file: nothing in it is read.
const NOTES = join(mkdtempSync(join(tmpdir(), 'trip-ups-files-')), 'notes.txt');
writeFileSync(NOTES, 'Hi, the scanner stopped sending yesterday.\n');
const app = servedApp('/tools/exo/');

async function open(page, lang, files) {
  await page.goto('about:blank');
  await page.goto(`${app.server.url}#lang=${lang}&date=2026-12-01`);
  await page.waitForSelector('#input');
  await page.setInputFiles('#open-file', files);
  await page.locator('.chips li').first().waitFor();
  return page.locator('.chips li').allTextContents();
}

for (const [order, files] of [['sign-ins first', [SIGN_INS, USAGE, NOTES]], ['usage report first', [USAGE, SIGN_INS, NOTES]]]) {
  test(`each file is read on its own and named in its chip (${order})`, async () => {
    const { page, log } = app.browser;
    const chips = await open(page, 'en', files);
    // Microsoft's sample ends years before the evaluation date, and says so.
    assert.ok(chips.includes('001-graph-auditlogs-signins-list-response.json: Graph sign-ins: 1 row, 2020-03-13 to 2020-03-13 — this log ends on 2020-03-13; newer sign-ins are not in it'), chips.join('\n'));
    assert.ok(chips.includes('009-graph-emailappusage-userdetail-beta-json.json: Email apps usage report: 1 row, 2017-09-01 to 2017-09-01'), chips.join('\n'));
    assert.ok(chips.includes('notes.txt: nothing here was recognised: no cmdlet output, log, report or error in it'), chips.join('\n'));
    assert.ok(chips.every((chip) => !/\(line \d+\)/.test(chip)), chips.join('\n'));
    // A file's chip selects the file's lines in the box.
    await page.getByRole('button', { name: /^001-graph/ }).click();
    const selected = await page.evaluate(() => {
      const box = document.querySelector('#input');
      return box.value.slice(box.selectionStart, box.selectionEnd);
    });
    assert.ok(selected.includes('"clientAppUsed"') && !selected.includes('emailAppUsageUserDetail'), selected.slice(0, 200));
    assert.deepEqual(await problems(page, log, app.server.origin), []);
  });
}

test('the chips in German: file names, a log\'s entries, the environment', async () => {
  const { page } = app.browser;
  const chips = await open(page, 'de', [USAGE, join(FIXTURES, 'portal-interactive.csv'), NOTES]);
  assert.ok(chips.includes('portal-interactive.csv: Entra-Anmeldeprotokoll: 11 Einträge, 2026-11-20 bis 2026-11-26'), chips.join('\n'));
  assert.ok(chips.includes('notes.txt: hier wurde nichts erkannt: keine Cmdlet-Ausgabe, kein Protokoll, Bericht oder Fehler darin'), chips.join('\n'));
  await page.locator('.chips').screenshot({ path: join(OUTPUT_DIR, 'trip-ups-files-chips-de.png') });

  // Only a usage report: whether Exchange Online or Server is not known, said in German.
  const alone = await open(page, 'de', [USAGE]);
  assert.ok(alone.includes('Umgebung: fehlt'), alone.join('\n'));
  assert.ok(alone.every((chip) => !chip.includes('Environment')), alone.join('\n'));
  await page.locator('.chips-row').screenshot({ path: join(OUTPUT_DIR, 'trip-ups-files-environment-de.png') });
});

test('an unflattened Get-MgAuditLogSignIn export: the command that flattens it, no type name', async () => {
  const { page } = app.browser;
  await open(page, 'en', [join(FIXTURES, 'mg-signin-export.csv')]);
  const section = page.locator('section.way-out');
  await section.waitFor();
  assert.match(await section.locator('.unreadable').textContent({ timeout: 5000 }), /^The sign-in log's status is unreadable \(Export-Csv without flattening writes type names\)/);
  assert.match(await section.locator('pre').first().textContent(), /@\{n='ErrorCode';e=\{\$_\.Status\.ErrorCode\}\} \| Export-Csv/);
  const shown = await page.locator('#result').innerText();
  assert.ok(!shown.includes('MicrosoftGraphSignInLocation') && !/paste the Entra sign-in log/i.test(shown), shown);
  await section.screenshot({ path: join(OUTPUT_DIR, 'trip-ups-files-unflattened.png') });
});

test('a Markdown image under a table is no mailbox', async () => {
  const { page } = app.browser;
  await page.goto('about:blank');
  await page.goto(`${app.server.url}#lang=en&date=2026-12-01`);
  await page.waitForSelector('#input');
  await page.locator('#input').fill([
    'Name    PopEnabled ImapEnabled SmtpClientAuthenticationDisabled',
    '----    ---------- ----------- --------------------------------',
    'scanner True       True',
    '![image](https://i.stack.imgur.com/abc.png)',
    '',
  ].join('\n'));
  await page.locator('.chips li').first().waitFor();
  const chips = await page.locator('.chips li').allTextContents();
  assert.ok(chips.includes('1 mailbox'), chips.join('\n'));
});
