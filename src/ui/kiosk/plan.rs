//! What each kiosk screen shows around its page: where it stands in the steps of
//! a consent, how a long page is cut into short parts, and its one way on (the
//! primary action in the bottom bar). Pure functions of the view: the bars are
//! drawn before the page, so they must know this without drawing it.

use crate::consent::LegalOption;
use crate::content::AssistanceStatus;
use crate::kiosk::{Intent, Screen};

use super::steps::Inputs;
use super::view::View;

/// A touch the window carries out: most go to the session, a few stay on screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// For the session.
    Session(Intent),
    /// The next part of a long page.
    NextPart,
    /// The part before.
    PreviousPart,
    /// Print the receipt.
    Print,
}

/// A screen's one way on.
#[derive(Debug, Clone, PartialEq)]
pub struct Primary {
    /// The verb on the button, in the person's language.
    pub label: String,
    /// What it does.
    pub action: Action,
    /// False until there is something to act on (nothing drawn, no code typed).
    pub enabled: bool,
}

/// The named steps of a consent, shown as a bar so a person knows where they are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Reading the options.
    Options,
    /// Choosing the country of return.
    Country,
    /// Answering the consent items.
    Agree,
    /// The comprehension check and the review.
    Check,
    /// Signing.
    Sign,
    /// The receipt.
    Receipt,
}

impl Step {
    /// Every step, in order.
    pub const ALL: [Step; 6] = [
        Step::Options,
        Step::Country,
        Step::Agree,
        Step::Check,
        Step::Sign,
        Step::Receipt,
    ];

    /// The step a screen belongs to; `None` off the consent's path.
    pub fn of(screen: &Screen) -> Option<Step> {
        Some(match screen {
            Screen::Overview | Screen::Option(_) | Screen::Page(_) => Step::Options,
            Screen::Countries | Screen::Country(_) | Screen::Region(_) => Step::Country,
            Screen::Item(_) => Step::Agree,
            Screen::Check { .. } | Screen::Review => Step::Check,
            Screen::Sign => Step::Sign,
            Screen::Receipt { .. } => Step::Receipt,
            _ => return None,
        })
    }

    /// Its name's message.
    pub fn message(self) -> &'static str {
        match self {
            Step::Options => "step-bar-options",
            Step::Country => "step-bar-country",
            Step::Agree => "step-bar-agree",
            Step::Check => "step-bar-check",
            Step::Sign => "step-bar-sign",
            Step::Receipt => "step-bar-receipt",
        }
    }
}

/// About how many words a short screen holds: one idea.
pub const PART_WORDS: usize = 60;

/// One short screen of a long page: its heading and paragraphs (message IDs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part<'a> {
    /// The pictogram of the page it comes from.
    pub pictogram: Option<&'a std::path::Path>,
    /// The heading of the page it comes from.
    pub title: &'a str,
    /// Its paragraphs.
    pub paragraphs: Vec<&'a str>,
}

/// An option's page cut into parts: each page it is made of (the option's own,
/// then, for return, the pages every return shares) in parts of one heading and
/// as many of its paragraphs as fit in about [`PART_WORDS`] words, never fewer than one.
pub fn option_parts<'a>(view: &View<'a>, option: LegalOption) -> Vec<Part<'a>> {
    let content = view.content;
    let Some(page) = content.options.iter().find(|o| o.option == option) else {
        return Vec::new();
    };
    let mut pages: Vec<(Option<&'a std::path::Path>, &'a str, Vec<&'a str>)> = vec![(
        page.pictogram.as_deref(),
        page.title.as_str(),
        page.sections.iter().map(String::as_str).collect(),
    )];
    if option == LegalOption::VoluntaryReturn {
        for shared in crate::content::RETURN_PAGES {
            if let Some(p) = content.pages.iter().find(|p| p.id == shared) {
                pages.push((
                    p.pictogram.as_deref(),
                    p.title.as_str(),
                    p.sections.iter().map(String::as_str).collect(),
                ));
            }
        }
    }
    let mut parts = Vec::new();
    for (pictogram, title, paragraphs) in pages {
        let mut current: Vec<&str> = Vec::new();
        let mut words = 0;
        for id in paragraphs {
            let count = word_count(&view.catalog.text(&view.chain, id, None).text);
            if !current.is_empty() && words + count > PART_WORDS {
                parts.push(Part {
                    pictogram,
                    title,
                    paragraphs: std::mem::take(&mut current),
                });
                words = 0;
            }
            current.push(id);
            words += count;
        }
        parts.push(Part {
            pictogram,
            title,
            paragraphs: current,
        });
    }
    parts
}

/// Words in a text: runs between spaces (and the Ethiopic word space).
fn word_count(text: &str) -> usize {
    text.split(|c: char| c.is_whitespace() || c == '፡')
        .filter(|w| !w.is_empty())
        .count()
}

/// How many parts the current screen has (1 for screens shown whole).
pub fn part_count(view: &View<'_>) -> usize {
    match view.session.screen() {
        Screen::Option(option) => option_parts(view, *option).len().max(1),
        _ => 1,
    }
}

/// The screen's one way on, if it has one. Screens whose choices are the page
/// itself (languages, options, countries, answers) have none.
pub fn primary(view: &View<'_>, inputs: &Inputs) -> Option<Primary> {
    let go = |id: &str, intent: Intent| Primary {
        label: view.t(id),
        action: Action::Session(intent),
        enabled: true,
    };
    let screen = view.session.screen();
    if view.part + 1 < part_count(view) {
        return Some(Primary {
            label: view.t("nav-next"),
            action: Action::NextPart,
            enabled: true,
        });
    }
    Some(match screen {
        Screen::Welcome => go("welcome-start", Intent::Continue),
        Screen::MinorInfo => go("action-continue", Intent::Continue),
        Screen::Option(LegalOption::VoluntaryReturn) => go("country-choose", Intent::OpenCountries),
        Screen::Option(_) => go("action-back-to-options", Intent::Back),
        Screen::Country(code) => {
            let selectable = view
                .content
                .countries
                .iter()
                .find(|c| &c.code == code)
                .is_some_and(|c| matches!(c.status, AssistanceStatus::Available));
            if !selectable {
                return None;
            }
            go(
                "action-choose-this-country",
                Intent::ChooseReturn(code.clone()),
            )
        }
        Screen::Item(_) => go("action-continue", Intent::Continue),
        Screen::Check {
            explaining: true, ..
        } => go("action-continue", Intent::Continue),
        Screen::Review => go("action-continue-to-signing", Intent::Continue),
        Screen::Sign => {
            let typed = inputs.name.trim();
            let (intent, enabled) = match inputs.method {
                super::steps::SignMethod::Draw => (
                    Intent::SignDrawn(inputs.strokes.clone()),
                    !inputs.strokes.is_empty(),
                ),
                super::steps::SignMethod::Type => {
                    (Intent::SignTyped(typed.into()), !typed.is_empty())
                }
                super::steps::SignMethod::Mark => (Intent::SignMark, true),
            };
            // In a guided session "I sign" adds the person's signature; the
            // counsellor completes signing below, once every signature is in.
            Primary {
                label: view.t("sign-confirm"),
                action: Action::Session(intent),
                enabled,
            }
        }
        Screen::WithdrawCode => Primary {
            label: view.t("action-continue"),
            action: Action::Session(Intent::EnterCode(inputs.code.clone())),
            enabled: !inputs.code.is_empty(),
        },
        Screen::WithdrawConfirm { .. } => go("withdraw-confirm", Intent::ConfirmWithdrawal),
        Screen::Receipt { .. } | Screen::WithdrawDone { .. } => match view.print {
            super::view::PrintState::Idle => Primary {
                label: view.t("receipt-print"),
                action: Action::Print,
                enabled: true,
            },
            // Then "I am finished" on the page, beside what became of printing.
            _ => return None,
        },
        Screen::MoreTime => go("action-finished", Intent::Home),
        // A page on its own (rights, legal help) is read and left the way it was
        // reached: the way back is also the way on, at the bottom where reading ends.
        Screen::Page(_) => go("nav-back", Intent::Back),
        Screen::Start
        | Screen::Age
        | Screen::Overview
        | Screen::Countries
        | Screen::Region(_)
        | Screen::Check { .. }
        | Screen::Counsellor
        | Screen::Pressured => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_counted_in_every_script() {
        assert_eq!(word_count("Nobody may force you to sign."), 6);
        assert_eq!(word_count("لا أحد يستطيع إجبارك"), 4);
        assert_eq!(word_count("ሰላም፡ዓለም"), 2);
    }
}
