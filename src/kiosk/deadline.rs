//! The time limits on the asylum and appeal pages. They differ from country to
//! country, so they come from the deployment (`asylum_deadline`,
//! `appeal_deadline`); where it has none, the page says plainly that the kiosk
//! does not know it and to ask legal help. A number is never made up.

use crate::consent::LegalOption;
use crate::content::{Content, Deadline};
use crate::i18n::{Catalog, LocaleChain, Localized};

/// The line with a deadline in days (`$days`).
pub const DEADLINE_DAYS: &str = "option-deadline-days";
/// The line with a deadline in the deployment's own words (`$deadline`).
pub const DEADLINE_TEXT: &str = "option-deadline-text";
/// The line when the deployment has not written the deadline.
pub const DEADLINE_UNKNOWN: &str = "option-deadline-unknown";

/// The deadline's line on an option's page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeadlineLine<'a> {
    /// The section it follows: the page's section about deadlines
    /// (`…-deadlines`), or its last section.
    pub after: &'a str,
    /// Its message.
    pub message: &'static str,
    /// The line in the person's language.
    pub text: Localized,
}

/// The deployment's deadline for `option`, if the option has one to state
/// (asylum and appeal).
pub fn deadline_of(content: &Content, option: LegalOption) -> Option<Option<&Deadline>> {
    match option {
        LegalOption::Asylum => Some(content.deployment.asylum_deadline.as_ref()),
        LegalOption::Appeal => Some(content.deployment.appeal_deadline.as_ref()),
        _ => None,
    }
}

/// What `option`'s page says about its time limit here, and where; `None` for
/// options without one (or a page the content does not have).
pub fn option_deadline<'a>(
    content: &'a Content,
    catalog: &Catalog,
    chain: &LocaleChain,
    option: LegalOption,
) -> Option<DeadlineLine<'a>> {
    let deadline = deadline_of(content, option)?;
    let page = content.options.iter().find(|o| o.option == option)?;
    let after = page
        .sections
        .iter()
        .find(|id| id.ends_with("-deadlines"))
        .or(page.sections.last())
        .unwrap_or(&page.title);
    let mut args = fluent_bundle::FluentArgs::new();
    let message = match deadline {
        Some(Deadline::Days(days)) => {
            args.set("days", *days);
            DEADLINE_DAYS
        }
        Some(Deadline::Text(words)) => {
            args.set("deadline", words.clone());
            DEADLINE_TEXT
        }
        None => DEADLINE_UNKNOWN,
    };
    Some(DeadlineLine {
        after,
        message,
        text: catalog.text(chain, message, Some(&args)),
    })
}
