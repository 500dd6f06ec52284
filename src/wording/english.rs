//! English shorthands for callers that only ever speak English (older tests use them through
//! `rules::english`). They word nothing themselves: each calls the bilingual function with
//! [`Lang::En`]. New code calls `wording::…(Lang::En, …)` directly.

use super::Lang;
use crate::rules::{Finding, Headline, Note, Warning};

pub fn finding(finding: &Finding) -> String {
    super::finding(Lang::En, finding)
}

pub fn headline(headline: &Headline) -> String {
    super::headline(Lang::En, headline)
}

pub fn note(note: &Note) -> String {
    super::note(Lang::En, note)
}

pub fn warning(warning: Warning) -> &'static str {
    super::warning(Lang::En, warning)
}
