//! Entra's security defaults as `Get-MgPolicyIdentitySecurityDefaultEnforcementPolicy` prints
//! them (Format-List `Description`, `DisplayName : Security Defaults`, `IsEnabled : True`;
//! corpus 006), or as Graph's `identitySecurityDefaultsEnforcementPolicy` in JSON
//! (`displayName`, `isEnabled`). The list and JSON readers read the object; this tells it
//! apart from the cmdlets' objects, so rule SA6 can decide instead of asking to check by hand.
//! Source: https://learn.microsoft.com/graph/api/resources/identitysecuritydefaultsenforcementpolicy

use super::{Property, Value};

/// The cmdlet that prints the object, as Microsoft spells it.
pub const CMDLET: &str = "Get-MgPolicyIdentitySecurityDefaultEnforcementPolicy";

/// The policy's fixed display name and its `IsEnabled` switch: no Exchange object has both.
pub(super) fn is_security_defaults(properties: &[Property]) -> bool {
    let named = properties.iter().any(|p| p.name.eq_ignore_ascii_case("DisplayName") && matches!(&p.value, Value::Text(t) if &**t == "Security Defaults"));
    named && properties.iter().any(|p| p.name.eq_ignore_ascii_case("IsEnabled"))
}
