use yew::prelude::*;

use super::command_line::{CommandLineProps, command_line};
use super::ui_text::ui_text;
use crate::remedy::{Purpose, Report};
use crate::rules::way_out::Path;
use crate::ui_support::plan_rows::PlanRows;
use crate::wording::{way_out as words, Lang};

/// Sites listed one by one, the largest first; the rest are in the worksheet's site filter.
const SITES_UP_TO: usize = 10;

/// The sites two or more accounts send from, one line each, with the one connector and the one
/// SPF entry that cover all of its accounts: its first account's, from its relay path.
pub fn site_list(lang: Lang, report: &Report, plans: &PlanRows) -> Html {
    if plans.shared_sites.is_empty() {
        return html! {};
    }
    let text = ui_text(lang);
    let more = plans.shared_sites.len().saturating_sub(SITES_UP_TO);
    let site = |at: u32| {
        let Some(site) = report.sites.get(at as usize) else { return html! {} };
        let first = plans.site_first.get(at as usize).copied().flatten().and_then(|index| report.mailboxes.get(index as usize));
        let steps = first.and_then(|mailbox| mailbox.path_steps(&mailbox.way_out(None)?, Path::RelayConnector));
        let connector = steps.as_ref().and_then(|steps| steps.commands.iter().find(|c| c.purpose == Purpose::CreateRelayConnector));
        html! {
            <li>
                <p>{ words::site(lang, site) }</p>
                if let Some(connector) = connector {
                    { command_line(&CommandLineProps { lang, command: connector.command.clone().into(), id: None }) }
                }
                if let Some(spf) = steps.as_ref().and_then(|steps| steps.spf.clone()) {
                    { command_line(&CommandLineProps { lang, command: spf.into(), id: None }) }
                }
            </li>
        }
    };
    html! {
        <div class="sites">
            <h3>{ words::sites_heading(lang) }</h3>
            <ul>{ for plans.shared_sites.iter().take(SITES_UP_TO).map(|at| site(*at)) }</ul>
            if more > 0 {
                <p>{ format!("{more}{}", text.more_sites) }</p>
            }
        </div>
    }
}
