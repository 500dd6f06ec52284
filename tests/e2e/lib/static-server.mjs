// A static file server on 127.0.0.1 for the built app, mounted under a sub-path to prove that
// the build works from any folder.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Serves `root` at `http://127.0.0.1:<port><mount>`; resolves to { origin, url, close }.
 * Options: `headers` (an object, or a function of the file's path under `root` returning one)
 * adds response headers, e.g. a Content-Security-Policy; `rewrite(relative, body)` may return a
 * new body, e.g. to fill a test fixture with the other server's origin.
 */
export async function serveStatic(root, mount = '/', { headers = {}, rewrite } = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith(mount)) {
      res.writeHead(404).end();
      return;
    }
    let relative = path.slice(mount.length) || 'index.html';
    if (relative.endsWith('/')) relative += 'index.html';
    const file = normalize(join(root, relative));
    if (!file.startsWith(normalize(root) + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      let body = await readFile(file);
      if (rewrite) body = (await rewrite(relative, body)) ?? body;
      const extra = typeof headers === 'function' ? headers(relative) : headers;
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...extra });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, url: origin + mount, close: () => new Promise((r) => server.close(r)) };
}
