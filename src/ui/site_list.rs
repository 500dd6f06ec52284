use yew::prelude::*;

use super::command_line::command_line;
use super::markup::{el, text};
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
        return Html::default();
    }
    let mut items = Vec::new();
    for at in plans.shared_sites.iter().take(SITES_UP_TO) {
        let Some(site) = report.sites.get(*at as usize) else { continue };
        let first = plans.site_first.get(*at as usize).copied().flatten().and_then(|index| report.mailboxes.get(index as usize));
        let steps = first.and_then(|mailbox| mailbox.path_steps(&mailbox.way_out(None)?, Path::RelayConnector));
        let mut item = vec![text("p", "", words::site(lang, site))];
        if let Some(steps) = steps {
            let connector = steps.commands.into_iter().find(|c| c.purpose == Purpose::CreateRelayConnector).map(|c| c.command);
            for command in connector.into_iter().chain(steps.spf) {
                item.push(command_line(lang, command.into(), None));
            }
        }
        items.push(el("li", "", item));
    }
    let mut parts = vec![text("h3", "", words::sites_heading(lang)), el("ul", "", items)];
    let more = plans.shared_sites.len().saturating_sub(SITES_UP_TO);
    if more > 0 {
        parts.push(text("p", "", format!("{more}{}", ui_text(lang).more_sites)));
    }
    el("div", "sites", parts)
}
