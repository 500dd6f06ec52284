// A generated Entra portal sign-in download (the 57-column CSV of
// ../shared/evidence-samples/004-…): most sign-ins modern, one user in fifty a device that
// signs in with a password over SMTP AUTH, one row in forty a failure. Returns the text and how
// many accounts have a successful password SMTP AUTH sign-in (those that break in December).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const HEADER = readFileSync(join(process.cwd(), 'tests', 'fixtures', 'evidence', 'portal-interactive.csv'), 'utf8').split('\n')[0];
const BROWSER = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0';
const OUTLOOK = 'Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.18129; Pro)';
const pad = (n, width) => String(n).padStart(width, '0');
const hex = (n) => n.toString(16).padStart(8, '0');

export function portalExport(rows, users) {
  const lines = [HEADER];
  const breaking = new Set();
  for (let i = 0; i < rows; i += 1) {
    const user = i % users;
    const smtp = user % 50 === 0 && i % 3 === 0;
    const [client, agent, protocol] = smtp ? ['Authenticated SMTP', 'BAV2ROPC', 'ropc']
      : i % 2 === 0 ? ['Browser', BROWSER, 'none'] : ['Mobile Apps and Desktop clients', OUTLOOK, 'none'];
    const failed = i % 40 === 0;
    if (smtp && !failed) breaking.add(user);
    const [status, code, reason] = failed ? ['Failure', '50126', 'Error validating credentials due to invalid username or password.'] : ['Success', '0', ''];
    const day = 1 + Math.min(29, Math.floor((i * 30) / rows));
    const second = i % 86400;
    const time = `2026-11-${pad(day, 2)}T${pad(Math.floor(second / 3600), 2)}:${pad(Math.floor(second / 60) % 60, 2)}:${pad(second % 60, 2)}Z`;
    const ip = `198.51.${Math.floor(user / 256) % 256}.${user % 256}`;
    const upn = `user${pad(user, 5)}@contoso.example`;
    lines.push(`${time},${hex(i)}-1111-4222-8333-444455556666,"${agent}",${hex(i)}-aaaa-4bbb-8ccc-ddddeeeeffff,${hex(user)}-0000-4000-8000-000000000000,User ${user},${upn},Member,none,none,${protocol},,,None,,,Office 365 Exchange Online,00000002-0000-0ff1-ce00-000000000000,,Office 365 Exchange Online,00000002-0000-0ff1-ce00-000000000000,,,,,${ip},"Seattle, Washington, US",${status},${code},${reason},${client},,Edge 131.0.0,Windows10,False,False,,,,,Single-factor authentication,${upn},,${ip},False,,64500,False,AzureAD,none,,120,Not Applied,,,,`);
  }
  return { text: lines.join('\n') + '\n', breaks: breaking.size };
}
