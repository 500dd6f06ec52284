// The page's Subresource-Integrity hashes, rewritten by the build hooks that change a file after
// Trunk hashed it: a stale hash makes the browser refuse the file.
import { createHash } from 'node:crypto';

/** `page` with the integrity of every `<link>` to `name` set to that of `bytes`, or null when
 *  no link to it carries one. */
export function withIntegrity(page, name, bytes) {
  const integrity = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  let replaced = 0;
  const updated = page.replace(/<link\b[^>]*>/g, (tag) => {
    if (!tag.includes(name)) return tag;
    return tag.replace(/integrity=(["']?)sha384-[A-Za-z0-9+/=]+\1/, () => {
      replaced += 1;
      return `integrity=${integrity}`;
    });
  });
  return replaced === 0 ? null : updated;
}
