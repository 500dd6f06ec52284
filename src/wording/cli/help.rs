//! What `--version` and `--help` print: the program's own words about its commands. In English
//! only: the command line's `--lang` is the language of an answer, not of its own help.

/// `exo-auth-analyzer 0.1.0`: the version of Cargo.toml, the same one the web page shows.
pub const VERSION: &str = concat!("exo-auth-analyzer ", env!("CARGO_PKG_VERSION"));

/// The one-line reminder printed on standard error after a wrong command.
pub const USAGE: &str = "usage: exo-auth-analyzer <check|parse> [OPTIONS] [FILE|-]...  (exo-auth-analyzer --help)";

pub const MAIN: &str = concat!(
    "exo-auth-analyzer ",
    env!("CARGO_PKG_VERSION"),
    "
Reads saved Exchange PowerShell output, Entra sign-in logs, usage reports and client error texts,
and explains who can sign in over POP3, IMAP4 and SMTP AUTH, with the commands that fix it.
Nothing is sent anywhere.

Usage:
  exo-auth-analyzer check [OPTIONS] [FILE|-]...   verdicts and fixes
  exo-auth-analyzer parse [OPTIONS] [FILE|-]...   every object and property read
  exo-auth-analyzer --version                     the version
  exo-auth-analyzer --help                        this text
  exo-auth-analyzer COMMAND --help                the options of a command, with examples

Files are read in the order given, each on its own, and analysed together (`check` lists
them, each with what was read from it or why nothing was); `-` or no file reads standard
input. UTF-16 (Windows PowerShell's `>`), UTF-8 with or without BOM and Windows-1252 are
decoded.

Examples:
  exo-auth-analyzer check transcript.txt
  Get-Content transcript.txt | exo-auth-analyzer check --format json -
"
);

pub const CHECK: &str = "\
exo-auth-analyzer check: verdicts per mailbox and for the organization, and the commands that fix them

Usage:
  exo-auth-analyzer check [OPTIONS] [FILE|-]...

Options:
  --format text|json|markdown|worksheet
                        readable text (the default): the answer first, as the web page gives
                        it, the fix, what to paste next, each rule's source at the end; one
                        JSON document; the note for the ticket the web page copies (Markdown
                        that reads as plain text); or the worksheet: one CSV row per account
                        that signs in with a password, with its way out; fill in Sender and
                        Sends outside and give it back as an input to update the plans
  --lang en|de          the language of the text, the ticket note and the worksheet
                        (default: en); the JSON has codes, not words
  -v, --verbose         the text with the page's details: every sign-in method with its
                        deciding settings and lines, later layers, checks by hand and source
  --redact              names, domains, addresses and places replaced by placeholders
  --as-of YYYY-MM-DD    the date the verdicts are for (default: today, UTC)
  --client SCENARIO     the client that signs in (default: any):
                          outlook-pop-imap  classic Outlook over POP3 or IMAP4
                          oauth-app         an app that signs in with OAuth
                          device-basic      a device or app that sends a password
                          app-only-oauth    a service signing in as an app with OAuth
                          any               every method
  --mailbox ID          only this mailbox (address, alias or name)
  -h, --help            this text

A CSV whose first columns are Account,Sender,Sends outside,Recommended (the worksheet), given
as a file or on standard input, is read as the admin's answers: Sender is device, app or
person, Sends outside is yes or no, blank is unknown; Status is carried on. What could not be
read in it is said on standard error, with its line.

Exit status: 0 when the input was read (whatever the verdicts), 1 for a wrong option or a file
that cannot be read.

Examples:
  exo-auth-analyzer check transcript.txt
  exo-auth-analyzer check --client device-basic --as-of 2027-01-01 --mailbox scanner@contoso.com transcript.txt
  exo-auth-analyzer check --format json casmailbox.csv signins.csv > report.json
  exo-auth-analyzer check --format markdown --lang de --redact transcript.txt > ticket.md
  exo-auth-analyzer check --format worksheet signins.csv > worksheet.csv
  exo-auth-analyzer check --format json signins.csv worksheet.csv
";

pub const PARSE: &str = "\
exo-auth-analyzer parse: what was read from the input, object by object

Usage:
  exo-auth-analyzer parse [OPTIONS] [FILE|-]...

Options:
  --format text|json    a summary (the default), or every object and property with its
                        value and certainty (exact, rejoined, truncated, null_or_empty,
                        type_name_only, uncertain), and dates also in ISO 8601
  -h, --help            this text

Examples:
  exo-auth-analyzer parse transcript.txt
  exo-auth-analyzer parse --format json transcript.txt > parsed.json
";
