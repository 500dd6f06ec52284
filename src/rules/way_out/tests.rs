//! The fit table: every combination of what signs in, whether it sends outside, whether one
//! public address was seen, `RejectDirectSend` and the date, to each path's fit.

use super::*;
use crate::parse::Sender;

fn facts(sender: Sender, sends_outside: Option<bool>, one_public_address: bool, reject_direct_send: Option<bool>, after_default_off: bool) -> Facts {
    Facts { sender, sends_outside, one_public_address, reject_direct_send, after_default_off, already_failing: false }
}

/// `path: fit` for each path, in `Path::ALL` order, as one line: `F` fits, `C` check, `N` no.
fn fits(facts: &Facts) -> String {
    Path::ALL
        .iter()
        .map(|path| match fit(*path, facts).0 {
            Fit::Fits => 'F',
            Fit::Check => 'C',
            Fit::No => 'N',
        })
        .collect()
}

/// What signs in, sends outside, one public address seen, `RejectDirectSend`, after the
/// default change, and the fits wanted.
type Row = (Sender, Option<bool>, bool, Option<bool>, bool, &'static str);

#[test]
fn the_fit_of_every_path_for_every_combination() {
    use Sender::*;
    // Columns: app-only, delegated, HVE, connector, Direct Send, keep for now.
    let table: &[Row] = &[
        (Device, Some(false), true, Some(false), false, "CCFFFC"),
        (Device, Some(false), false, Some(false), false, "CCFCFC"),
        (Device, Some(true), true, Some(false), false, "CCNFNC"),
        (Device, Some(true), false, None, false, "CCNCNC"),
        (Device, None, false, None, false, "CCCCCC"),
        (Device, Some(false), false, Some(true), false, "CCFCNC"),
        (Device, Some(false), false, None, false, "CCFCCC"),
        (App, Some(true), false, None, false, "FCNCNC"),
        (App, Some(false), true, Some(false), true, "FCFFFN"),
        (Person, None, true, Some(false), false, "NFNNNC"),
        (Person, Some(false), true, Some(false), true, "NFNNNN"),
        (Unknown, None, false, None, false, "CCCCCC"),
        (Unknown, Some(true), true, Some(true), false, "CCNCNC"),
        (Unknown, Some(false), true, Some(false), true, "CCCCCN"),
    ];
    for &(sender, outside, one, reject, after, want) in table {
        let facts = facts(sender, outside, one, reject, after);
        assert_eq!(fits(&facts), want, "{facts:?}");
    }
}

#[test]
fn no_wins_over_check() {
    // Sender unknown would make HVE and Direct Send "check"; sending outside rules them out.
    let facts = facts(Sender::Unknown, Some(true), false, Some(true), false);
    assert_eq!(fit(Path::Hve, &facts), (Fit::No, Why::SendsOutside));
    assert_eq!(fit(Path::DirectSend, &facts), (Fit::No, Why::SendsOutside));
    let internal = Facts { sends_outside: Some(false), ..facts };
    assert_eq!(fit(Path::DirectSend, &internal), (Fit::No, Why::DirectSendRejected));
    let already = Facts { already_failing: true, ..facts };
    assert_eq!(fit(Path::KeepForNow, &already), (Fit::No, Why::AlreadyFailing));
}

fn account(ip: Option<&str>, hint: Option<Sender>) -> AccountFacts {
    AccountFacts {
        ip: ip.map_or(IpReading::None, |address| IpReading::One { address: address.to_string() }),
        sender_hint: hint.map(|sender| SenderHint { sender, from: sender::HintFrom::DisplayName, text: "Scanner 3rd floor".into() }),
        traffic: None,
    }
}

#[test]
fn the_first_fitting_path_is_recommended_else_the_deciding_questions_are_asked() {
    let before = Organization { reject_direct_send: None, after_default_off: false };
    let answer = |sender, sends_outside| Answer { sender, sends_outside, status: None };

    let app = decide(&account(None, None), Some(&answer(Sender::App, None)), &before, December::Breaks);
    assert_eq!((app.recommended, app.sender_from), (Some(Path::OauthAppOnly), SenderBasis::Answer));
    let person = decide(&account(None, None), Some(&answer(Sender::Person, None)), &before, December::Breaks);
    assert_eq!(person.recommended, Some(Path::OauthDelegated));

    // A likely device with one public address: the connector, worded as likely.
    let device = decide(&account(Some("203.0.113.7"), Some(Sender::Device)), None, &before, December::Breaks);
    assert_eq!((device.recommended, device.sender_from, device.sender), (Some(Path::RelayConnector), SenderBasis::Likely, Sender::Device));

    // A device without an address that mails only inside: HVE before Direct Send.
    let internal = decide(&account(None, None), Some(&answer(Sender::Device, Some(false))), &before, December::Breaks);
    assert_eq!(internal.recommended, Some(Path::Hve));

    // Nothing known: ask, what signs in first; keeping the password is never recommended.
    let unknown = decide(&account(None, None), None, &before, December::Breaks);
    assert_eq!(unknown.recommended, None);
    assert_eq!(unknown.questions, vec![Question::WhatSignsIn]);
    assert_eq!(unknown.path(Path::KeepForNow).fit, Fit::Check);

    // A device with nothing else known: its firmware, its address, its recipients, Direct Send.
    let device = decide(&account(None, None), Some(&answer(Sender::Device, None)), &before, December::Breaks);
    assert_eq!(device.recommended, None);
    assert_eq!(device.questions, vec![Question::FirmwareOauth, Question::StaticAddress, Question::SendsOutside, Question::RejectDirectSend]);

    let after = Organization { after_default_off: true, ..before };
    let broke = decide(&account(None, None), None, &after, December::Breaks);
    assert_eq!(broke.path(Path::KeepForNow), PathFit { path: Path::KeepForNow, fit: Fit::No, why: Why::DefaultAlreadyOff });
    assert!(broke.after_default_off);
}

#[test]
fn the_plan_serialises_as_the_cli_contract_says() {
    let before = Organization::default();
    let plan = decide(&account(None, None), None, &before, December::Breaks);
    let json = serde_json::to_value(&plan).unwrap_or_default();
    assert_eq!(json["recommended"], "ask");
    assert_eq!(json["sender"], "unknown");
    assert_eq!(json["sends_outside"], serde_json::Value::Null);
    assert_eq!(json["paths"][0]["path"], "oauth-app-only");
    assert_eq!(json["paths"][0]["fit"], "check");
    assert_eq!(json["paths"][0]["why"], "sender-unknown");
}
