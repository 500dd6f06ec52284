//! The rules run once per distinct settings key, not once per mailbox: over generated tenants
//! with mixed switches, policies and missing or cut-off values, every mailbox's part of the
//! whole tenant's report is what evaluating that mailbox on its own gives, lines included.

#[path = "fixtures/rules/support.rs"]
mod support;

use exo_auth_analyzer::parse::{ObjectKind, Record};
use exo_auth_analyzer::rules::{ClientScenario, Context};
use support::*;

/// A small deterministic generator (xorshift), so a failure names its seed.
struct Dice(u64);

impl Dice {
    fn roll(&mut self, sides: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % sides
    }

    fn switch(&mut self) -> Option<V<'static>> {
        match self.roll(7) {
            0 => None,
            1 => Some(V::Blank),
            2 => Some(V::Cut("Tr")),
            3 | 4 => Some(V::T),
            _ => Some(V::F),
        }
    }
}

const POLICIES: [&str; 3] = ["Block Basic Auth", "Allow Basic SMTP", "Strict O'Brien"];

fn tenant_records(seed: u64, mailboxes: usize) -> Vec<Record> {
    let mut dice = Dice(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut line = 1;
    let mut next = |count: u32| {
        let first = line;
        line += count;
        first
    };
    let mut records = Vec::new();
    if let Some(value) = dice.switch() {
        records.push(tenant(value, next(2)));
    }
    match dice.roll(4) {
        0 => {}
        1 => records.push(org_default(V::Blank, next(3) + 1)),
        _ => records.push(org_default(V::Text(POLICIES[dice.roll(3) as usize]), next(3) + 1)),
    }
    let server = dice.roll(5) == 0;
    for name in POLICIES.iter().take(dice.roll(4) as usize) {
        if server {
            records.push(server_policy(name, V::T, V::F, V::F, V::T, next(6)));
        } else {
            records.push(online_policy(name, if dice.roll(2) == 0 { V::T } else { V::F }, next(5)));
        }
    }
    for i in 0..mailboxes {
        let address = format!("user{i}@contoso.com");
        let mut properties = vec![("PrimarySmtpAddress", V::Text(""), 0)];
        for name in ["PopEnabled", "ImapEnabled", "SmtpClientAuthenticationDisabled"] {
            if let Some(value) = dice.switch() {
                properties.push((name, value, 0));
            }
        }
        let first = next(properties.len() as u32 + 1);
        let properties: Vec<(&str, V, u32)> =
            properties.into_iter().enumerate().map(|(k, (name, value, _))| (name, value, first + k as u32)).collect();
        let mut cas = record(ObjectKind::CasMailbox, &properties);
        cas.properties[0] = property("PrimarySmtpAddress", V::Text(&address), first);
        if dice.roll(6) != 0 {
            records.push(cas);
        }
        if dice.roll(3) != 0 {
            let policy = match dice.roll(5) {
                0 => V::Blank,
                1 => V::Text("Not Pasted"),
                2 => V::Cut("Block Ba"),
                _ => V::Text(POLICIES[dice.roll(3) as usize]),
            };
            let first = next(3);
            let mut user = record(ObjectKind::User, &[("UserPrincipalName", V::Text(""), first), ("AuthenticationPolicy", policy, first + 1)]);
            user.properties[0] = property("UserPrincipalName", V::Text(&address), first);
            records.push(user);
        }
    }
    records
}

#[test]
fn grouped_evaluation_equals_evaluating_each_mailbox_on_its_own() {
    let scenarios = [ClientScenario::Any, ClientScenario::DeviceBasic, ClientScenario::OutlookPopImap, ClientScenario::AppOnlyOauth];
    for seed in 0..60 {
        let records = tenant_records(seed, 40);
        let context = scenario(scenarios[seed as usize % scenarios.len()]);
        let whole = evaluate(records.clone(), &context);
        assert!(!whole.mailboxes.is_empty(), "seed {seed}");
        for mailbox in whole.mailboxes.iter().map(|m| m.report()) {
            let alone = Context { mailbox: Some(mailbox.identity.to_string()), ..context.clone() };
            let single = evaluate(records.clone(), &alone);
            assert_eq!(single.mailboxes.len(), 1, "seed {seed}, {}", mailbox.identity);
            assert_eq!(single.mailboxes.get(0).expect("a mailbox").report(), mailbox, "seed {seed}, {}", mailbox.identity);
        }
    }
}

#[test]
fn the_streamed_json_is_each_mailbox_built_on_its_own() {
    for seed in 0..20 {
        let report = evaluate(tenant_records(seed, 40), &scenario(ClientScenario::Any));
        let streamed = serde_json::to_string(&report.mailboxes).expect("serialisable");
        let one_by_one: Vec<_> = report.mailboxes.iter().map(|m| m.report()).collect();
        assert_eq!(streamed, serde_json::to_string(&one_by_one).expect("serialisable"), "seed {seed}");
    }
}
