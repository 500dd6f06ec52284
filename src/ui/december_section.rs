use yew::prelude::*;

use super::command_list::{CommandListProps, command_list};
use super::shared::Shared;
use super::subject::Subject;
use super::ui_text::{UiText, ui_text};
use super::usage_list::usage_list;
use crate::rules::usage_view::Seen;
use crate::rules::{Choice, December};
use crate::remedy::{MailboxView, Report};
use crate::wording::{self, Lang};

/// Up to this many accounts that break or already fail each get a card; more are for the bulk
/// table's December column and filter.
const ACCOUNTS_UP_TO: usize = 5;

pub struct DecemberSectionProps {
    pub lang: Lang,
    pub report: Shared<Report>,
}

/// "Signs in with a password": the tenant-wide count, then the accounts that break at the end
/// of December (first) or already fail, each with its answer in one sentence a support
/// engineer can read out, and the details below it. Shown only when the paste has evidence of
/// use.
pub fn december_section(props: &DecemberSectionProps) -> Html {
    let report = &props.report;
    let Some(summary) = &report.december_summary else {
        return html! {};
    };
    let text = ui_text(props.lang);
    // Two passes instead of a sort: breaking accounts first, each group in paste order.
    let accounts: Vec<(usize, MailboxView<'_>)> = [December::Breaks, December::AlreadyFailing]
        .into_iter()
        .flat_map(|december| report.mailboxes.iter().enumerate().filter(move |(_, m)| m.december() == december))
        .collect();
    html! {
        <section class="card december" aria-labelledby="december-heading">
            <h2 id="december-heading">{ text.december_heading }</h2>
            <p id="december-summary" class="headline">{ wording::december_summary(props.lang, summary, report.mailboxes.organization().after_default_off) }</p>
            if accounts.len() > ACCOUNTS_UP_TO {
                <p>{ text.december_many }</p>
            } else {
                { for accounts.into_iter().map(|(index, mailbox)| account(props, text, index, mailbox)) }
            }
        </section>
    }
}

fn account(props: &DecemberSectionProps, text: &UiText, index: usize, mailbox: MailboxView<'_>) -> Html {
    let lang = props.lang;
    let answer = match mailbox.december_detail() {
        Some(detail) => wording::december_answer(lang, detail),
        None => wording::december_reason(lang, mailbox.december()).to_string(),
    };
    let heading_id = format!("december-{index}");
    let choices = mailbox.december_detail().map_or(&[][..], |d| &d.choices);
    html! {
        <article class="december-account" aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>{ mailbox.identity().to_string() }</h3>
            <p class="answer">{ answer }</p>
            { usage_list(lang, mailbox) }
            if let Some(seen) = mailbox.seen() {
                { seen_list(text, seen) }
            }
            if !choices.is_empty() {
                <h4>{ text.choices_heading }</h4>
                <ol class="choices">
                    { for choices.iter().map(|choice| html! {
                        <li>
                            { wording::choice(lang, *choice) }
                            // What must stay (or be turned on) for it to keep working until then.
                            if *choice == Choice::KeepUntilDefaultOff {
                                { command_list(&CommandListProps { lang, report: props.report.clone(), subject: Subject::Mailbox(index) }) }
                            }
                        </li>
                    }) }
                </ol>
            }
        </article>
    }
}

/// What identifies the device or app: names, user agents, addresses and places, as text.
fn seen_list(text: &UiText, seen: &Seen) -> Html {
    let display_name = seen.display_name.as_slice();
    let rows = [
        (text.display_name, display_name),
        (text.apps, &seen.apps[..]),
        (text.user_agents, &seen.user_agents[..]),
        (text.ip_addresses, &seen.ips[..]),
        (text.locations, &seen.locations[..]),
        (text.error_codes, &seen.error_codes[..]),
    ];
    if rows.iter().all(|(_, values)| values.is_empty()) {
        return html! {};
    }
    html! {
        <>
            <h4>{ text.seen_heading }</h4>
            <dl class="seen">
                { for rows.into_iter().filter(|(_, values)| !values.is_empty()).map(|(label, values)| html! {
                    // Semicolons: locations such as "Seattle, Washington, US" hold commas.
                    <><dt>{ label }</dt><dd>{ values.join("; ") }</dd></>
                }) }
            </dl>
        </>
    }
}
