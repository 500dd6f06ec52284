//! What only the admin knows, as it stands in a command: each is put in as a single-quoted
//! literal and reads as a placeholder to replace before running it.

pub const APPLICATION_ID: &str = "<Application (client) ID>";
pub const ENTERPRISE_OBJECT_ID: &str = "<Object ID of the Enterprise application>";
pub const ENTERPRISE_APP_NAME: &str = "<display name of the Enterprise application>";
pub const FROM_ADDRESS: &str = "<From address, if not the mailbox>";
pub const TENANT: &str = "<tenant ID>";
pub const HVE_NAME: &str = "<name of the HVE account>";
pub const HVE_LOCAL_PART: &str = "<new address>";
pub const HVE_ADDRESS: &str = "<address of the HVE account>";
pub const BILLING_POLICY_ID: &str = "<billing policy ID>";
pub const STATIC_IPV4: &str = "<static public IPv4 address>";
pub const CERTIFICATE_DOMAIN: &str = "<domain on the certificate>";
pub const DOMAIN: &str = "<your domain>";
