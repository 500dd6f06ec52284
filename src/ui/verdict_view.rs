use yew::prelude::*;

use crate::rules::{Finding, Report, Status};

#[derive(Properties, PartialEq)]
pub struct VerdictViewProps {
    pub input_empty: bool,
    pub report: Report,
}

/// The headline verdict and the setting that decided it.
#[function_component(VerdictView)]
pub fn verdict_view(props: &VerdictViewProps) -> Html {
    if props.input_empty {
        return html! {};
    }
    let Some(verdict) = props.report.organization.first() else {
        return html! {
            <p id="verdict" class="verdict verdict-none">
                { "Nothing recognised. Paste the output of Get-TransportConfig, Get-EXOCasMailbox, Get-AuthenticationPolicy, Get-User or Get-OrganizationConfig." }
            </p>
        };
    };
    let class = match verdict.status {
        Status::Works => "verdict verdict-works",
        Status::Blocked => "verdict verdict-blocked",
        Status::Unknown | Status::Check => "verdict verdict-unknown",
    };
    html! {
        <div {class}>
            <p id="verdict" class="headline">{ finding_text(&verdict.finding) }</p>
            <ul class="decided-by">
                { for verdict.decided_by.iter().map(|setting| html! {
                    <li>
                        { "Deciding setting: " }<code>{ setting.setting }</code>
                        { format!(" = {} (line {})", powershell_text(&setting.value), setting.line) }
                    </li>
                }) }
            </ul>
            <p class="source">
                { format!("Rule {} · ", verdict.rule) }
                <a href={verdict.source} target="_blank" rel="noopener noreferrer">{ "source" }</a>
            </p>
        </div>
    }
}

fn finding_text(finding: &Finding) -> &'static str {
    match finding {
        Finding::TenantSmtpAuthDisabled => "SMTP AUTH is turned off for the whole organization.",
        Finding::TenantSmtpAuthEnabled => "SMTP AUTH is allowed for the organization.",
    }
}

/// A setting's value the way PowerShell printed it.
fn powershell_text(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::Bool(true) => "True".into(),
        serde_json::Value::Bool(false) => "False".into(),
        serde_json::Value::Null => "(empty)".into(),
        serde_json::Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}
