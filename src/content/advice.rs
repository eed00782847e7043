//! What loads but leaves a person less informed than they should be: no legal
//! aid contacts, no way to complain outside the counsellors, no asylum or
//! appeal deadline, a country whose
//! situation is undescribed or old, comprehension questions that only test
//! benefits or always put the right answer in the same place. `content check`
//! reports these as warnings; the kiosk still runs.

use time::Date;

use super::Content;
use super::check::{CheckReport, Finding};

/// One thing an editor should look at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Advice {
    /// A stable kind, e.g. `situation-old`.
    pub kind: &'static str,
    /// What, and what to do.
    pub text: String,
}

/// Everything `content` should still say, judged on `today`.
pub fn advice(content: &Content, today: Date) -> Vec<Advice> {
    let mut found = Vec::new();
    let mut say = |kind: &'static str, text: String| found.push(Advice { kind, text });
    let deployment = &content.deployment;
    if deployment.legal_aid.is_empty() {
        say(
            "legal-aid-missing",
            "deployment.toml has no legal_aid contact: \"Get legal help\" on every option's page then names nobody; add free legal advice and where to ask for asylum".to_owned(),
        );
    }
    if deployment.complaints_contact.trim().is_empty() {
        say(
            "complaints-missing",
            "deployment.toml has no complaints_contact: people cannot see how to complain without going through the counsellors (the rights page and receipts show it)".to_owned(),
        );
    }
    // Never guessed on the page: without them it sends the person to legal help.
    for (kind, name, value, option) in [
        (
            "asylum-deadline-missing",
            "asylum_deadline",
            &deployment.asylum_deadline,
            "asylum",
        ),
        (
            "appeal-deadline-missing",
            "appeal_deadline",
            &deployment.appeal_deadline,
            "appeal",
        ),
    ] {
        if value.is_none() {
            say(
                kind,
                format!(
                    "deployment.toml has no {name}: the {option} page can only say to ask legal help for the time limit; write it in days or in words"
                ),
            );
        }
    }
    for page in ["rights", super::LEGAL_HELP_PAGE] {
        if !content.pages.iter().any(|p| p.id == page) {
            say(
                "page-missing",
                format!(
                    "pages.toml has no page \"{page}\": the overview and the option pages open it"
                ),
            );
        }
    }
    let max_age = i64::from(deployment.situation_max_age_days);
    for country in &content.countries {
        let mut situations = vec![(country.code.clone(), country.situation.as_ref())];
        for area in &country.area_suspensions {
            if area.situation.is_some() {
                situations.push((area.area.clone(), area.situation.as_ref()));
            }
        }
        for (place, situation) in situations {
            match situation {
                None => say(
                    "situation-missing",
                    format!(
                        "countries.toml: {place} has no situation (safety, rights, services, with its source and as_of date)"
                    ),
                ),
                Some(situation) => {
                    let age = (today - situation.as_of).whole_days();
                    if age > max_age {
                        say(
                            "situation-old",
                            format!(
                                "countries.toml: the situation of {place} is as of {} ({age} days old, more than situation_max_age_days = {max_age}); check it against its source ({}) and update as_of",
                                situation.as_of, situation.source
                            ),
                        );
                    } else if age < 0 {
                        say(
                            "situation-future",
                            format!(
                                "countries.toml: the situation of {place} is dated {}, after today",
                                situation.as_of
                            ),
                        );
                    }
                }
            }
        }
    }
    if !content.questions.iter().any(|q| q.limit) {
        say(
            "questions-no-limit",
            "comprehension.toml: no question tests a limit (limit = true), such as that support is not guaranteed or that shared data cannot be taken back".to_owned(),
        );
    }
    let places: std::collections::BTreeSet<Option<usize>> = content
        .questions
        .iter()
        .map(|q| q.answers.iter().position(|a| a.correct))
        .collect();
    if content.questions.len() > 1 && places.len() == 1 {
        say(
            "questions-same-place",
            "comprehension.toml: the right answer is in the same place in every question; vary it so a person cannot answer by position".to_owned(),
        );
    }
    found
}

/// [`advice`] for today, as `content check` warnings.
pub fn report_advice(report: &mut CheckReport, content: &Content) {
    let today = time::OffsetDateTime::now_utc().date();
    for item in advice(content, today) {
        report.push(Finding::warning(None, None, item.kind, item.text));
    }
}
