// A 30-day sign-in export of a 10,000-user tenant (300,000 rows of the Entra portal's CSV)
// opened from a file: the page keeps painting while it is read (progress shown), and the
// answer names every account that breaks in December. Figures only, never timed assertions:
// the time from opening to the answer, the longest main-thread task, the renderer's memory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { servedApp } from './lib/served-app.mjs';
import { problems, OUTPUT_DIR } from './lib/browser.mjs';
import { portalExport } from './lib/signin-export.mjs';

const ROWS = 300_000;
const USERS = 10_000;

/** Resident memory of Chromium's renderer processes, in bytes (Linux `/proc`). */
async function rendererMemory() {
  let total = 0;
  for (const pid of await readdir('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmdline.includes('--type=renderer')) continue;
      const status = await readFile(`/proc/${pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      total += kb * 1024;
    } catch {
      // The process ended while it was read.
    }
  }
  return total;
}

const app = servedApp('/exo/');

test('300,000 sign-ins opened from a file: read in parts, the December answer for every account', async () => {
  const { text, breaks } = portalExport(ROWS, USERS);
  const path = join(OUTPUT_DIR, 'signins-300k.csv');
  await writeFile(path, text);
  const { page, log } = app.browser;
  await page.goto(app.server.url);
  await page.waitForSelector('#open-file', { state: 'attached' });
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration)))
      .observe({ type: 'longtask' });
    window.__progressSeen = false;
    new MutationObserver(() => {
      if (document.querySelector('.analysing progress')) window.__progressSeen = true;
    }).observe(document.body, { childList: true, subtree: true });
  });
  const memoryBefore = await rendererMemory();
  const started = Date.now();
  await page.setInputFiles('#open-file', path);
  const summary = page.locator('#december-summary');
  await summary.waitFor({ timeout: 180_000 });
  await page.locator('.analysing').waitFor({ state: 'detached', timeout: 180_000 });
  const answerMs = Date.now() - started;
  const memoryAfter = await rendererMemory();
  const tasks = await page.evaluate(() => window.__longTasks);
  const longest = Math.max(0, ...tasks);
  const over100 = tasks.filter((ms) => ms > 100).length;
  assert.ok(await page.evaluate(() => window.__progressSeen), 'progress is shown while the file is read');
  assert.match(await summary.textContent(), new RegExp(`^${breaks.toLocaleString("en-US")} accounts break at the end of December`));
  // The text is held as data, not put into the box (a 150 MB text box alone freezes the page).
  assert.ok((await page.locator('#input').inputValue()).length < 1_000_000, 'the file is not in the text box');
  const mb = text.length / 1e6;
  console.log(`figures: signins in the browser ${ROWS} rows (${mb.toFixed(1)} MB) opened from a file: answer after ${answerMs} ms ` +
    `(${(mb / (answerMs / 1000)).toFixed(1)} MB/s); longest main-thread task ${longest.toFixed(0)} ms, ${over100} over 100 ms of ${tasks.length} over 50 ms; ` +
    `renderer memory +${((memoryAfter - memoryBefore) / 1e6).toFixed(0)} MB`);
  await page.screenshot({ path: join(OUTPUT_DIR, 'signins-large.png'), fullPage: false });
  assert.deepEqual(await problems(page, log, app.server.origin), []);
});
