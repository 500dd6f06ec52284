//! Source links (rules.md section 12), one constant each so every rule cites the same address.

pub const S2_SMTP_TIMELINE_2026: &str = "https://techcommunity.microsoft.com/blog/exchange/updated-exchange-online-smtp-auth-basic-authentication-deprecation-timeline/4489835";
pub const S4_BASIC_DEPRECATION: &str = "https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online";
pub const S7_SMTP_AUTH: &str = "https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission";
pub const S8_DISABLE_BASIC: &str = "https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/disable-basic-authentication-in-exchange-online";
pub const S14_SET_CASMAILBOX: &str = "https://learn.microsoft.com/powershell/module/exchangepowershell/set-casmailbox";
pub const S22_OAUTH_POP_IMAP_SMTP: &str = "https://learn.microsoft.com/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth";
pub const S23_LEGACY_TLS_SMTP: &str = "https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/opt-in-exchange-online-endpoint-for-legacy-tls-using-smtp-auth";
pub const S26_POP_IMAP_LEGACY_TLS: &str = "https://techcommunity.microsoft.com/t5/exchange-team-blog/deprecating-legacy-tls-and-endpoints-for-pop-and-imap-in/ba-p/4515201";
pub const S29_STALE_ARTICLE: &str = "https://learn.microsoft.com/de-de/exchange/troubleshoot/administration/cannot-connect-mailbox-pop-imap-outlook";
pub const S30_SECURITY_DEFAULTS: &str = "https://learn.microsoft.com/entra/fundamentals/security-defaults";
pub const S31_CONDITIONAL_ACCESS: &str = "https://learn.microsoft.com/entra/identity/conditional-access/block-legacy-authentication";
pub const S32_DEVICES: &str = "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365";
pub const S33_HYBRID_2019: &str = "https://learn.microsoft.com/en-us/exchange/hybrid-deployment/block-legacy-auth-2019-hybrid";
pub const S34_ONPREM_POP_IMAP: &str = "https://learn.microsoft.com/en-us/exchange/clients/pop3-and-imap4/pop3-and-imap4";
pub const S35_LOGIN_TYPE: &str = "https://learn.microsoft.com/powershell/module/exchangepowershell/set-popsettings";
pub const S35_RECEIVE_CONNECTOR: &str = "https://learn.microsoft.com/powershell/module/exchangepowershell/set-receiveconnector";
pub const S42_HMA_POP_IMAP: &str = "https://www.samuraj-cz.com/en/article/exchange-hybrid-modern-authentication-hma-part-1/";
pub const S9_NEW_AUTH_POLICY: &str = "https://learn.microsoft.com/powershell/module/exchangepowershell/new-authenticationpolicy";
pub const RULES_ENVIRONMENT: &str = "https://learn.microsoft.com/powershell/module/exchangepowershell/set-transportconfig";
