use yew::prelude::*;

use super::shared::Shared;

use super::browser::select_input_lines;
use super::ui_text::ui_text;
use crate::parse::{ObjectKind, Parsed};
use crate::rules::Report;
use crate::wording::{self, Lang};

pub struct ChipsProps {
    pub lang: Lang,
    pub parsed: Shared<Parsed>,
    pub report: Shared<Report>,
}

/// What was recognised in the paste, one chip per cmdlet; a chip selects its lines in the input.
pub fn chips(props: &ChipsProps) -> Html {
    let text = ui_text(props.lang);
    let chip = |kind: ObjectKind, singular: bool, label: &'static str| -> Html {
        let records: Vec<_> = props.parsed.records.iter().filter(|r| r.kind == kind).collect();
        let (Some(first), Some(last)) = (records.iter().map(|r| r.span.first).min(), records.iter().map(|r| r.span.last).max()) else {
            return html! {};
        };
        let words = if singular { format!("{label} ✓") } else { format!("{} {label}", records.len()) };
        let onclick = Callback::from(move |_: MouseEvent| select_input_lines(first, last));
        html! { <li><button type="button" class="chip chip-found" {onclick}>{ words }</button></li> }
    };
    let mut missing: Vec<String> = props.report.missing.iter().map(|m| m.input.to_string()).collect();
    missing.dedup();
    html! {
        <div class="chips-row">
            <span class="chips-label">{ format!("{}:", text.recognised) }</span>
            <ul class="chips" aria-label={text.recognised}>
                { chip(ObjectKind::TransportConfig, true, text.transport_config) }
                { chip(ObjectKind::OrganizationConfig, true, text.org_config) }
                { chip(ObjectKind::CasMailbox, false, text.mailboxes) }
                { chip(ObjectKind::User, false, text.users) }
                { chip(ObjectKind::AuthenticationPolicy, false, text.auth_policies) }
                { for missing.into_iter().map(|input| html! {
                    <li><span class="chip chip-missing">{ format!("{input}: {}", text.missing_chip) }</span></li>
                }) }
            </ul>
            <span class="environment">
                { format!("{}: {}", text.environment, wording::environment(props.lang, props.report.environment)) }
            </span>
        </div>
    }
}
