//! Where an account's password sign-ins came from, as a relay connector needs it: one public
//! IPv4 address, or why there is none to fill in.
//!
//! Only the addresses of successful password sign-ins over SMTP AUTH count: failures are
//! mostly password spray from anywhere (`evidence.md` §1). A connector takes IPv4 only, and a
//! private address is the device's side of a NAT, not what Exchange Online sees. Several
//! addresses over the window, or an IPv6 one, mean the device has no single static address: the
//! plan then says one is needed (or a certificate) and fills nothing in.
//!
//! Source: `../shared/migration.md` §1 "Source IP", §5 (M4: IPv4, CIDR /24–/32; M7: dynamic
//! addresses are not supported).

use std::net::Ipv4Addr;
use std::sync::Arc;

use serde::Serialize;

/// What the evidence says of an account's address.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "seen")]
pub enum IpReading {
    /// No address in the evidence.
    #[default]
    None,
    /// One public IPv4 address, the only one seen.
    One { address: String },
    /// More than one address.
    Several { addresses: Vec<String> },
    /// One address, but not a public IPv4 one (private, IPv6, or not an address at all).
    NotPublicIpv4 { address: String },
}

impl IpReading {
    /// Reads the distinct addresses of an account's successful password sign-ins.
    pub fn of(addresses: &[Arc<str>]) -> IpReading {
        match addresses {
            [] => IpReading::None,
            [one] => match public_ipv4(one) {
                Some(address) => IpReading::One { address: address.to_string() },
                None => IpReading::NotPublicIpv4 { address: one.trim().to_string() },
            },
            several => IpReading::Several { addresses: several.iter().map(|a| a.trim().to_string()).collect() },
        }
    }

    /// The one public IPv4 address, if that is what was seen.
    pub fn single(&self) -> Option<&str> {
        match self {
            IpReading::One { address } => Some(address),
            _ => None,
        }
    }

    /// Every address text it holds (for redaction).
    pub fn addresses_mut(&mut self) -> impl Iterator<Item = &mut String> {
        let (one, several): (Option<&mut String>, &mut [String]) = match self {
            IpReading::None => (None, &mut []),
            IpReading::One { address } | IpReading::NotPublicIpv4 { address } => (Some(address), &mut []),
            IpReading::Several { addresses } => (None, addresses.as_mut_slice()),
        };
        one.into_iter().chain(several.iter_mut())
    }
}

/// `text` as a public IPv4 address, if it is one.
pub fn public_ipv4(text: &str) -> Option<Ipv4Addr> {
    let address: Ipv4Addr = text.trim().parse().ok()?;
    let [first, second, ..] = address.octets();
    let shared = first == 100 && (64..128).contains(&second);
    let reserved = first == 0 || first >= 240;
    let not_public = address.is_private() || address.is_loopback() || address.is_link_local() || address.is_multicast() || address.is_broadcast() || shared || reserved;
    (!not_public).then_some(address)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(addresses: &[&str]) -> IpReading {
        IpReading::of(&addresses.iter().map(|a| Arc::from(*a)).collect::<Vec<_>>())
    }

    #[test]
    fn only_one_public_ipv4_address_can_go_into_a_connector() {
        assert_eq!(read(&["203.0.113.7"]).single(), Some("203.0.113.7"));
        for not_public in ["10.1.2.3", "192.168.0.5", "172.20.0.1", "100.64.1.1", "127.0.0.1", "169.254.1.1", "2001:db8::1", "203.0.113.7, 198.51.100.2", "unknown"] {
            assert!(matches!(read(&[not_public]), IpReading::NotPublicIpv4 { .. }), "{not_public}");
        }
        assert!(matches!(read(&["203.0.113.7", "198.51.100.2"]), IpReading::Several { .. }));
        assert_eq!(read(&[]), IpReading::None);
    }
}
