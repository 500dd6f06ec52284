//! What the user tells the engine: the evaluation date, the kind of client, and optionally one
//! mailbox. Rules read the date from here, never from the clock, so a verdict can be
//! reproduced for any day.

use std::fmt;

use serde::Serialize;

use super::date::Date;

/// Which client wants to sign in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ClientScenario {
    /// Classic Outlook for Windows with a POP or IMAP account: Basic only (S4, S29).
    OutlookPopImap,
    /// A mail app that signs in with OAuth for the user (Thunderbird 78+).
    OauthApp,
    /// A printer, scanner or line-of-business app with a username and password.
    DeviceBasic,
    /// A service with app-only OAuth (client credentials, `*.AccessAsApp`, `SMTP.SendAsApp`).
    AppOnlyOauth,
    /// Not sure: show everything.
    #[default]
    Any,
}

impl ClientScenario {
    pub const ALL: [ClientScenario; 5] = [
        ClientScenario::OutlookPopImap,
        ClientScenario::OauthApp,
        ClientScenario::DeviceBasic,
        ClientScenario::AppOnlyOauth,
        ClientScenario::Any,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ClientScenario::OutlookPopImap => "outlook-pop-imap",
            ClientScenario::OauthApp => "oauth-app",
            ClientScenario::DeviceBasic => "device-basic",
            ClientScenario::AppOnlyOauth => "app-only-oauth",
            ClientScenario::Any => "any",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        ClientScenario::ALL.into_iter().find(|scenario| scenario.code() == code)
    }
}

impl fmt::Display for ClientScenario {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Context {
    pub as_of: Date,
    pub client: ClientScenario,
    /// Only this mailbox (any of its identities). If the paste lacks it, it is still reported,
    /// with what to collect for it.
    pub mailbox: Option<String>,
}

impl Context {
    pub fn new(as_of: Date) -> Self {
        Context { as_of, client: ClientScenario::Any, mailbox: None }
    }

    pub fn with_client(mut self, client: ClientScenario) -> Self {
        self.client = client;
        self
    }
}
