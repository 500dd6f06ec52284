// A million mailboxes in the browser: the tenant of the bulk end-to-end test, 1,000,000 rows
// (about 55 MB), opened as a file in the built app (`make build` first), in headless Chromium.
// Prints `figures:` lines: file opened to table, the longest main-thread task, the renderer
// memory added, and whether the progress bar showed. Not part of `make test` (it takes
// minutes); run it as `node scripts/million.mjs [COUNT]`.
import { writeFile, rm, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../tests/e2e/lib/static-server.mjs';
import { openBrowser, problems } from '../tests/e2e/lib/browser.mjs';
import { rendererKb } from '../tests/e2e/lib/renderer-memory.mjs';
import { bulkTenant } from '../tests/e2e/lib/bulk-tenant.mjs';

const COUNT = Number(process.argv[2] || 1_000_000);


const folder = await mkdtemp(join(tmpdir(), 'exo-million-'));
const file = join(folder, 'mailboxes.csv');
const text = bulkTenant(COUNT, 7);
await writeFile(file, text);
const server = await serveStatic(join(process.cwd(), 'dist'), '/exo/');
const browser = await openBrowser();
try {
  const { page, log } = browser;
  await page.goto(server.url);
  await page.waitForSelector('#input');
  await page.evaluate(() => {
    window.__longTasks = [];
    window.__progress = 0;
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
    new MutationObserver(() => { if (document.querySelector('.analysing progress')) window.__progress += 1; })
      .observe(document.body, { childList: true, subtree: true, attributes: true });
  });
  const before = rendererKb(browser.profile);
  const started = Date.now();
  await page.setInputFiles('#open-file', file);
  await page.locator('#bulk-heading', { hasText: `${COUNT} mailboxes` }).waitFor({ timeout: 600_000 });
  const ms = Date.now() - started;
  const added = rendererKb(browser.profile) - before;
  const longest = await page.evaluate(() => Math.max(0, ...window.__longTasks));
  const progress = await page.evaluate(() => window.__progress);
  console.log(`figures: ${COUNT} mailboxes (${(text.length / 1e6).toFixed(1)} MB) opened as a file: table after ${ms} ms, ` +
    `longest task ${longest > 0 ? `${longest.toFixed(0)} ms` : 'none over 50 ms'}, renderer memory added ${(added / 1024).toFixed(0)} MB, ` +
    `progress ${progress > 0 ? 'shown' : 'not seen'}`);
  const found = await problems(page, log, server.origin);
  if (found.length > 0) console.log(`problems: ${found.join('; ')}`);
} finally {
  await browser.close();
  await server.close();
  await rm(folder, { recursive: true, force: true });
}
