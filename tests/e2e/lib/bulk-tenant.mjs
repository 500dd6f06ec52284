// The tenant of the bulk tests: SMTP AUTH off for the organization, then Get-EXOCasMailbox
// exported by Windows PowerShell 5.1. Every fifth mailbox has POP3 and IMAP4 off, every seventh
// an SMTP AUTH override; the rest inherit.

/** `user00042` for 42 with 5 digits: the Identity of mailbox `i`. */
export const mailboxId = (i, digits) => `user${String(i).padStart(digits, '0')}`;

/** The header lines before the first mailbox's row. */
export const HEADER_LINES = 4;

export function bulkTenant(count, digits) {
  const lines = [
    'SmtpClientAuthenticationDisabled : True',
    '',
    '#TYPE Selected.Microsoft.Exchange.Data.Directory.Management.CASMailbox',
    '"Identity","PrimarySmtpAddress","PopEnabled","ImapEnabled","SmtpClientAuthenticationDisabled"',
  ];
  for (let i = 1; i <= count; i += 1) {
    const id = mailboxId(i, digits);
    const on = i % 5 !== 0 ? 'True' : 'False';
    const smtp = i % 7 === 0 ? '"False"' : '';
    lines.push(`"${id}","${id}@contoso.com","${on}","${on}",${smtp}`);
  }
  return lines.join('\n') + '\n';
}
