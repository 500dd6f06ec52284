use yew::prelude::*;

use super::command_line::{CommandLineProps, command_line};
use super::ui_text::ui_text;
use crate::model::Environment;
use crate::remedy::{collect_script, CollectTarget};
use crate::wording::Lang;

/// The sign-in log of SMTP AUTH by PowerShell, flattened: piped to `Export-Csv` as is, the
/// status becomes a type name and says nothing (evidence.md §2).
const SIGN_INS_COMMAND: &str = "Get-MgAuditLogSignIn -Filter \"clientAppUsed eq 'Authenticated SMTP'\" -All | Select-Object UserPrincipalName,ClientAppUsed,CreatedDateTime,AppDisplayName,IPAddress,@{n='ErrorCode';e={$_.Status.ErrorCode}} | Export-Csv signins.csv -NoTypeInformation";

pub struct FirstVisitProps {
    pub lang: Lang,
}

/// With nothing pasted yet: the one script that collects the settings, ready to copy, and where
/// the evidence of who signs in with a password comes from.
pub fn first_visit(props: &FirstVisitProps) -> Html {
    let text = ui_text(props.lang);
    // The script has no identity in it, so quoting cannot refuse it.
    let script = collect_script(CollectTarget::AllMailboxes, Environment::ExchangeOnline).unwrap_or_default();
    let [sign_ins, others @ ..] = &text.evidence_howto;
    html! {
        <section class="first-visit" aria-labelledby="first-visit-heading">
            <h2 id="first-visit-heading">{ text.first_visit_heading }</h2>
            <p>{ text.first_visit_text }</p>
            { command_line(&CommandLineProps { lang: props.lang, command: script.into(), id: Some(AttrValue::from("collect-script")) }) }
            <p>{ text.first_visit_evidence }</p>
            <ul class="howto">
                <li>
                    { *sign_ins }
                    { command_line(&CommandLineProps { lang: props.lang, command: SIGN_INS_COMMAND.into(), id: Some(AttrValue::from("sign-ins-command")) }) }
                </li>
                { for others.iter().map(|howto| html! { <li>{ *howto }</li> }) }
            </ul>
        </section>
    }
}
