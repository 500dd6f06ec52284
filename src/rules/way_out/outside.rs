//! Whether an account sends outside the organization: the admin's answer, else a message trace
//! of it (a fact for the trace's window), else unknown. A sign-in log cannot tell.
//!
//! Recipients are outside when their domain is none of the accepted domains
//! (`Get-AcceptedDomain`); without that list, none of the domains of the pasted mailboxes —
//! and the plan says which list was used.
//!
//! Source: `../shared/migration.md` §1 "Sends outside or not" (M10).

use serde::{Serialize, Serializer};

use crate::model::{DomainsFrom, OrganizationDomains, SenderTraffic};
use crate::parse::{iso_utc, Answer};

/// Where "sends outside" comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum OutsideBasis {
    Answer,
    MessageTrace,
    Unknown,
}

/// A sender's messages in the message traces, counted against the organization's domains.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Traffic {
    pub messages: u64,
    /// Distinct recipients with a domain.
    pub recipients: u64,
    /// Distinct recipients outside the organization's domains.
    pub outside: u64,
    /// Recipients without a domain: counted neither way.
    #[serde(skip_serializing_if = "is_zero")]
    pub unreadable: u64,
    #[serde(serialize_with = "iso")]
    pub first: Option<i64>,
    #[serde(serialize_with = "iso")]
    pub last: Option<i64>,
    pub domains_from: DomainsFrom,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

fn iso<S: Serializer>(at: &Option<i64>, serializer: S) -> Result<S::Ok, S::Error> {
    match at {
        Some(at) => serializer.serialize_str(&iso_utc(*at)),
        None => serializer.serialize_none(),
    }
}

/// Counts a sender's recipients inside and outside `domains`.
pub fn tally(traffic: &SenderTraffic, domains: &OrganizationDomains) -> Traffic {
    let (mut recipients, mut outside) = (0, 0);
    let mut unreadable = traffic.unreadable_recipients;
    for recipient in &traffic.recipients {
        match domains.is_internal(recipient) {
            Some(internal) => {
                recipients += 1;
                outside += u64::from(!internal);
            }
            None => unreadable += 1,
        }
    }
    Traffic {
        messages: traffic.messages,
        recipients,
        outside,
        unreadable,
        first: traffic.first,
        last: traffic.last,
        domains_from: domains.from,
    }
}

/// Whether it sends outside, and where that comes from.
pub fn reading(answer: Option<&Answer>, traffic: Option<&Traffic>) -> (Option<bool>, OutsideBasis) {
    if let Some(outside) = answer.and_then(|a| a.sends_outside) {
        return (Some(outside), OutsideBasis::Answer);
    }
    match traffic {
        // Only recipients whose domain could be read tell.
        Some(t) if t.recipients > 0 => (Some(t.outside > 0), OutsideBasis::MessageTrace),
        _ => (None, OutsideBasis::Unknown),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    fn domains(from: DomainsFrom) -> OrganizationDomains {
        OrganizationDomains { domains: vec!["contoso.com".into()], from }
    }

    fn traffic(recipients: &[&str]) -> SenderTraffic {
        SenderTraffic { messages: recipients.len() as u64, recipients: recipients.iter().map(|r| Arc::from(*r)).collect(), ..SenderTraffic::default() }
    }

    #[test]
    fn recipients_outside_the_domains_are_counted_and_those_without_a_domain_are_not() {
        let counted = tally(&traffic(&["a@contoso.com", "b@fabrikam.com", "nobody"]), &domains(DomainsFrom::AcceptedDomains));
        assert_eq!((counted.recipients, counted.outside, counted.unreadable), (2, 1, 1));
        assert_eq!(reading(None, Some(&counted)), (Some(true), OutsideBasis::MessageTrace));
        let inside = tally(&traffic(&["a@contoso.com"]), &domains(DomainsFrom::PastedMailboxes));
        assert_eq!(reading(None, Some(&inside)), (Some(false), OutsideBasis::MessageTrace));
        let unreadable = tally(&traffic(&["nobody"]), &domains(DomainsFrom::AcceptedDomains));
        assert_eq!(reading(None, Some(&unreadable)), (None, OutsideBasis::Unknown));
    }

    #[test]
    fn an_answer_wins_over_the_trace() {
        let inside = tally(&traffic(&["a@contoso.com"]), &domains(DomainsFrom::AcceptedDomains));
        let answer = Answer { sends_outside: Some(true), ..Answer::default() };
        assert_eq!(reading(Some(&answer), Some(&inside)), (Some(true), OutsideBasis::Answer));
        assert_eq!(reading(None, None), (None, OutsideBasis::Unknown));
    }
}
