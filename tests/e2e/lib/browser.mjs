// Debian's Chromium driven by playwright-core, with every request, console message and
// Content-Security-Policy violation recorded so that tests can assert there were none.
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const OUTPUT_DIR = join(process.cwd(), 'test-output', 'e2e');

export async function openBrowser() {
  const profile = await mkdtemp(join(tmpdir(), 'exo-e2e-'));
  await mkdir(OUTPUT_DIR, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const log = { requests: [], console: [], errors: [] };
  context.on('request', (r) => log.requests.push(r.url()));
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI}`));
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (m) => log.console.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => log.errors.push(String(e)));
  return {
    context,
    page,
    log,
    profile,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Problems that must never happen: foreign requests, CSP violations (in every frame of the
 * page), console errors. `allowedOrigins` is one origin or a list of them; `file://` allows
 * local files.
 */
export async function problems(page, log, allowedOrigins) {
  const allowed = [allowedOrigins].flat();
  const found = [];
  for (const url of log.requests) {
    if (!allowed.some((origin) => url.startsWith(origin + '/')) && !url.startsWith('data:')) found.push(`request to ${url}`);
  }
  for (const frame of page.frames()) {
    for (const v of await frame.evaluate(() => window.__cspViolations ?? [])) found.push(`CSP (${frame.url()}): ${v}`);
  }
  for (const m of log.console) {
    if (m.type === 'error' || /Content Security Policy|Refused to/.test(m.text)) found.push(`console ${m.type}: ${m.text}`);
  }
  for (const e of log.errors) found.push(`page error: ${e}`);
  return found;
}
