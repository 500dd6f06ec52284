// The resident memory of a browser's renderer processes, for `figures:` lines: the browser is
// found by its profile directory, its renderers among its descendants.
import { execFileSync } from 'node:child_process';

/** Kilobytes resident in the renderers of the browser started with `profile`. */
export function rendererKb(profile) {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss=,args=']).toString().split('\n')
    .map((line) => line.trim().match(/^(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/))
    .filter(Boolean)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), rss: Number(m[3]), args: m[4] }));
  const root = rows.find((r) => r.args.includes(profile) && !r.args.includes('--type='));
  if (!root) return 0;
  const family = new Set([root.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const r of rows) {
      if (!family.has(r.pid) && family.has(r.ppid)) {
        family.add(r.pid);
        grew = true;
      }
    }
  }
  return rows.filter((r) => family.has(r.pid) && r.args.includes('--type=renderer')).reduce((sum, r) => sum + r.rss, 0);
}
