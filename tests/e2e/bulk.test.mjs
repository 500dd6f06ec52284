// Ten thousand and a hundred thousand mailboxes pasted as an Export-Csv file: held as data, not
// laid out in the box; the summary, a table that stays small in the DOM while scrolling,
// filters, and CSV / Markdown exports checked row by row; one progress bar over every phase,
// named as it goes, that only moves forward. Prints `figures:` lines (Ctrl+V to table, longest
// task, renderer memory added), beside the same paste into a bare <textarea>.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { servedApp } from './lib/served-app.mjs';
import { problems, OUTPUT_DIR } from './lib/browser.mjs';
import { rendererKb } from './lib/renderer-memory.mjs';
import { bulkTenant, mailboxId, HEADER_LINES } from './lib/bulk-tenant.mjs';

/** A tenant with SMTP AUTH off, then Get-EXOCasMailbox exported by Windows PowerShell 5.1. */
const bulkPaste = (count) => bulkTenant(count, 5);

const id = (i) => mailboxId(i, 5);
/** The settings a mailbox's verdicts depend on: its switches and its SMTP override. */
const settingsOf = (i) => `${i % 5 !== 0}/${i % 7 === 0}`;
/** A count as the English page shows it: `100,000`. */
const en = (n) => n.toLocaleString('en-US');
const MB = (kb) => `${(kb / 1024).toFixed(0)} MB`;
// The browser reports only tasks over 50 ms.
const task = (ms) => (ms > 0 ? `${ms.toFixed(0)} ms` : 'none over 50 ms');
const observeLongTasks = () => {
  window.__longTasks = [];
  new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration)))
    .observe({ type: 'longtask' });
};

const app = servedApp('/exo/');

/** The same paste into a bare <textarea> with nothing behind it: the box's own cost. */
async function bareTextarea(paste) {
  const page = await app.browser.context.newPage();
  await page.setContent('<textarea id="t" rows="14" wrap="off"></textarea>');
  await page.evaluate(observeLongTasks);
  await page.focus('#t');
  const before = rendererKb(app.browser.profile);
  const started = Date.now();
  await page.keyboard.press('Control+V');
  await page.waitForFunction((length) => document.getElementById('t').value.length >= length, paste.length - 1);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
  const ms = Date.now() - started;
  const added = rendererKb(app.browser.profile) - before;
  const longest = await page.evaluate(() => Math.max(0, ...window.__longTasks));
  await page.close();
  return `bare textarea ${ms} ms, longest task ${task(longest)}, renderer memory added ${MB(added)}`;
}

/** CSV rows after the header: in paste order, each with the verdicts of its settings. */
function checkRows(lines, count, columnsOf) {
  assert.equal(lines.length, count);
  const bySettings = new Map();
  lines.forEach((line, k) => {
    const [mailbox, verdicts] = columnsOf(line);
    assert.equal(mailbox, `${id(k + 1)}@contoso.com`, `row ${k + 1}`);
    const settings = settingsOf(k + 1);
    if (!bySettings.has(settings)) bySettings.set(settings, verdicts);
    assert.equal(verdicts, bySettings.get(settings), `row ${k + 1}: the verdicts of its settings`);
  });
  assert.equal(bySettings.size, 4);
  assert.equal(new Set(bySettings.values()).size, 4, 'each settings combination has verdicts of its own');
}

async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  return readFile(await file.path(), 'utf8');
}

for (const COUNT of [10_000, 100_000]) {
  test(`${COUNT} mailboxes: held paste, summary, virtual table, filters and exports`, { timeout: 600_000 }, async () => {
    const { page, log } = app.browser;
    const paste = bulkPaste(COUNT);
    await page.goto(app.server.url);
    await page.waitForSelector('#input');
    await page.evaluate((text) => navigator.clipboard.writeText(text), paste);
    const bare = await bareTextarea(paste);
    // Every main-thread task over 50 ms, as the browser reports it (figures only).
    await page.evaluate(observeLongTasks);
    const longestTask = () => page.evaluate(() => Math.max(0, ...window.__longTasks.splice(0)));
    // The progress indicator, seen however fast the analysis is: its name, and each value shown.
    // A phase's name changes in place (text) when its bar's value stays, a new phase at 0 %.
    await page.evaluate(() => {
      window.__progress = [];
      new MutationObserver(() => {
        const bar = document.querySelector('.analysing progress');
        if (!bar) return;
        const name = document.getElementById(bar.getAttribute('aria-labelledby'))?.textContent;
        const status = document.querySelector('.analysing [role="status"]') !== null;
        window.__progress.push({ name, status, value: bar.getAttribute('value'), max: bar.getAttribute('max') });
      }).observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
    });
    // Pasted as a person does, with Ctrl+V from the clipboard.
    await page.focus('#input');
    const memoryBefore = rendererKb(app.browser.profile);
    const started = Date.now();
    await page.keyboard.press('Control+V');
    await page.locator('#bulk-heading', { hasText: `${en(COUNT)} mailboxes` }).waitFor({ timeout: 120_000 });
    const firstVerdictMs = Date.now() - started;
    const memoryAdded = rendererKb(app.browser.profile) - memoryBefore;
    const pasteTask = await longestTask();
    const progress = await page.evaluate(() => window.__progress);
    assert.ok(progress.length > 0, 'a progress indicator while the paste is analysed');
    assert.ok(progress.every((p) => p.status), JSON.stringify(progress[0]));
    // One bar over every phase, named as it goes: it only moves forward.
    assert.ok(progress.every((p) => p.name.startsWith('Analysing the paste… ') && p.max === '1000'), JSON.stringify(progress[0]));
    const values = progress.map((p) => Number(p.value));
    assert.ok(values.every((value, k) => value >= 0 && value <= 1000 && (k === 0 || value >= values[k - 1])), `the bar moves forward: ${values}`);
    const phases = [...new Set(progress.map((p) => p.name.slice('Analysing the paste… '.length)))];
    const order = ['Reading.', 'Joining records.', 'Applying rules.', 'Building the table.'];
    assert.deepEqual(phases, order.filter((phase) => phases.includes(phase)), 'the phases in order');
    // (At 10,000 mailboxes the table is built in one step, shown with it.)
    assert.ok(phases.includes('Applying rules.') && (COUNT < 100_000 || phases.includes('Building the table.')), `phases named: ${phases}`);
    // Held as data: the box stays empty and says what it holds.
    assert.equal(await page.locator('#input').inputValue(), '');
    await page.locator('#held', { hasText: `${en(COUNT + HEADER_LINES)} lines, ${Math.floor(paste.length / 1e6)}.${Math.floor(paste.length / 1e5) % 10} MB held as data` }).waitFor();
    console.log(`figures: bulk ${COUNT} mailboxes (${paste.length} bytes): Ctrl+V to table ${firstVerdictMs} ms, longest task ${task(pasteTask)}, ` +
      `renderer memory added ${MB(memoryAdded)}; ${bare}`);

    if (COUNT === 10_000) {
      // Shown as text on demand, then typed into: keystrokes are not held up by the analysis.
      // A key press returns once the page has handled it; the JS part is timed inside the page.
      await page.click('#show-as-text');
      await page.waitForFunction((length) => document.getElementById('input').value.length === length, paste.length);
      await page.locator('#held').waitFor({ state: 'detached' });
      await page.locator('#input').press('End');
      await page.evaluate(() => {
        window.__inputMs = [];
        // Around the app's own listener: the window sees the event first (capture) and last
        // (bubble), and the app's render, queued as a microtask, runs in between.
        let start = 0;
        window.addEventListener('input', () => { start = performance.now(); }, true);
        window.addEventListener('input', () => window.__inputMs.push(performance.now() - start));
      });
      await longestTask();
      const typingStarted = Date.now();
      for (const key of ['x', 'y', 'z']) await page.keyboard.press(key);
      const keystrokeMs = (Date.now() - typingStarted) / 3;
      // A pause lets the analysis start (it waits for typing to pause); a key pressed while it
      // runs waits for the main thread.
      await page.waitForTimeout(300);
      const duringStarted = Date.now();
      await page.keyboard.press('Backspace');
      const duringMs = Date.now() - duringStarted;
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Backspace');
      // Editing a half-megabyte text box is itself a long task for the browser: only the tasks
      // after the last key count as the analysis's.
      const typingTask = await longestTask();
      await page.locator('#bulk-heading', { hasText: `${en(COUNT)} mailboxes` }).waitFor({ timeout: 60_000 });
      await page.locator('.analysing').waitFor({ state: 'detached', timeout: 60_000 });
      await page.waitForTimeout(100);
      const analysisTask = await longestTask();
      const inputMs = await page.evaluate(() => window.__inputMs);
      const eventMs = inputMs.slice(0, 3).reduce((a, b) => a + b, 0) / 3;
      console.log(`figures: bulk ${COUNT} mailboxes shown as text: keystroke ${keystrokeMs.toFixed(0)} ms (key press to handled, of which the app's input handling ${eventMs.toFixed(1)} ms); ` +
        `longest task while typing ${task(typingTask)}; ` +
        `key pressed during the analysis ${duringMs} ms; longest task of the analysis once typing paused ${task(analysisTask)}`);
    }

    const renderedRows = () => page.locator('.bulk-table tbody tr:not(.spacer)').count();
    assert.ok((await renderedRows()) < 60, 'only the visible rows are in the DOM');
    await page.locator('.bulk-viewport').evaluate((el) => { el.scrollTop = 5000 * 34; });
    await page.locator('.bulk-table tbody tr', { hasText: 'user05001@contoso.com' }).waitFor();
    assert.ok((await renderedRows()) < 60);
    await page.screenshot({ path: join(OUTPUT_DIR, `bulk-${COUNT}-scrolled.png`), fullPage: false });

    await page.locator('#bulk-filter').fill('user0042');
    await page.locator('.shown', { hasText: '10 shown' }).waitFor();
    await page.locator('#bulk-filter').fill('');
    // By the status's code (`Status::code`), the same in every language, not its worded name.
    await page.selectOption('#bulk-status', 'works');
    const works = Array.from({ length: COUNT }, (_, k) => k + 1).filter((i) => i % 5 !== 0 || i % 7 === 0).length;
    await page.locator('.shown', { hasText: `${en(works)} shown` }).waitFor();
    await page.screenshot({ path: join(OUTPUT_DIR, `bulk-${COUNT}-filtered.png`), fullPage: true });
    await page.selectOption('#bulk-status', '');

    const csvLines = (await download(page, '#export-csv')).trim().split('\n');
    assert.match(csvLines[0], /^Mailbox,POP3 password,POP3 OAuth,IMAP4 password,IMAP4 OAuth,SMTP AUTH password,SMTP AUTH OAuth/);
    const csvColumns = (line) => [line.slice(0, line.indexOf(',')), line.slice(line.indexOf(','))];
    checkRows(csvLines.slice(1), COUNT, csvColumns);
    assert.match(csvLines[5], /^user00005@contoso\.com,blocked,blocked,blocked,blocked,blocked,blocked/);
    assert.match(csvLines[7], /,works$|,works,/);

    const markdown = (await download(page, '#export-markdown')).trim().split('\n');
    assert.match(markdown[0], /^\| Mailbox \| POP3 password \|/);
    const mdColumns = (line) => {
      const cells = line.split(' | ');
      return [cells[0].replace(/^\| /, ''), cells.slice(1).join(' | ')];
    };
    checkRows(markdown.slice(2), COUNT, mdColumns);

    // Redacted, the exports keep the verdicts, row by row, and lose every name and domain.
    await page.check('#redact');
    await page.locator('.bulk-table tbody tr', { hasText: 'domain-1.example' }).first().waitFor({ timeout: 120_000 });
    const redacted = (await download(page, '#export-csv')).trim().split('\n');
    assert.equal(redacted.length, COUNT + 1);
    assert.ok(!redacted.some((line) => /contoso|user0\d{4}/i.test(line)), 'no original identity in the redacted export');
    assert.match(redacted[1], /@domain-1\.example,/);
    redacted.slice(1).forEach((line, k) => assert.equal(csvColumns(line)[1], csvColumns(csvLines[k + 1])[1], `redacted row ${k + 1}`));
    await page.uncheck('#redact');

    if (COUNT === 100_000) {
      // A second paste while the first is held is added to it: the same mailboxes again.
      await page.focus('#input');
      await page.keyboard.press('Control+V');
      await page.locator('#held', { hasText: `${en(2 * (COUNT + HEADER_LINES))} lines` }).waitFor();
      await page.locator('.analysing').waitFor({ state: 'detached', timeout: 120_000 });
      await page.locator('#bulk-heading', { hasText: `${en(COUNT)} mailboxes` }).waitFor();
      assert.equal(await page.locator('#input').inputValue(), '');
    }

    assert.deepEqual(await problems(page, log, app.server.origin), []);
  });
}
