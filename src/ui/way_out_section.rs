use yew::prelude::*;

use super::plan_card::{PlanCardProps, plan_card};
use super::shared::Shared;
use super::site_list::site_list;
use super::worksheet::Worksheet;
use crate::remedy::way_out::Given;
use crate::remedy::Report;
use crate::ui_support::plan_rows::{AnswerChange, PlanRows};
use crate::wording::{self, way_out as words, Lang};

/// Up to this many accounts with a plan each get a card; more are one worksheet.
const CARDS_UP_TO: usize = 5;

pub struct WayOutSectionProps {
    pub lang: Lang,
    pub report: Shared<Report>,
    pub plans: Shared<PlanRows>,
    pub given: Shared<Given>,
    pub on_answer: Callback<AnswerChange>,
}

/// The way out for every account that signs in with a password: how many break at the end of
/// December, the sites one connector covers, then each account's plan (as a card, or many as
/// the worksheet). Shown when the paste has evidence of use, or any account a plan.
pub fn way_out_section(props: &WayOutSectionProps) -> Html {
    let (lang, report, plans) = (props.lang, &props.report, &props.plans);
    if report.december_summary.is_none() && plans.rows.is_empty() {
        return html! {};
    }
    let after_default_off = report.mailboxes.organization().after_default_off;
    html! {
        <section class="card way-out" aria-labelledby="way-out-heading">
            <h2 id="way-out-heading">{ words::heading(lang, after_default_off) }</h2>
            if let Some(summary) = &report.december_summary {
                <p id="december-summary" class="headline">{ wording::december_summary(lang, summary, after_default_off) }</p>
            }
            { site_list(lang, report, plans) }
            if plans.rows.len() > CARDS_UP_TO {
                <Worksheet lang={lang} report={report.clone()} plans={plans.clone()} given={props.given.clone()} on_answer={props.on_answer.clone()} />
            } else {
                { for plans.rows.iter().map(|row| plan_card(&PlanCardProps {
                    lang,
                    report: report.clone(),
                    given: props.given.clone(),
                    index: row.mailbox as usize,
                    on_answer: props.on_answer.clone(),
                })) }
            }
        </section>
    }
}
