// The setup most end-to-end files share: the release build served under a sub-path, one
// browser with clipboard access for that origin, both closed after the file's tests.
import { before, after } from 'node:test';
import { join } from 'node:path';
import { serveStatic } from './static-server.mjs';
import { openBrowser } from './browser.mjs';

const DIST = process.env.DIST || join(process.cwd(), 'dist');

/** Registers the file's before/after hooks; `server` and `browser` are set once `before` ran. */
export function servedApp(mount) {
  const app = { server: undefined, browser: undefined };
  before(async () => {
    app.server = await serveStatic(DIST, mount);
    app.browser = await openBrowser();
    await app.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin });
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}
