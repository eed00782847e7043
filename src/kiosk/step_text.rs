//! A recorded step's text as the current content would show it: what a re-consent
//! compares with the text the person signed under (`ShownText.step` names the step).

use crate::consent::{ConsentRecord, ItemKey, LegalOption};
use crate::content::Content;
use crate::i18n::{Catalog, LocaleChain};

use super::country_page;

/// The messages of the review step: what the person agreed to, item by item.
pub fn review_messages(content: &Content, agreed: impl Fn(ItemKey) -> bool) -> Vec<&str> {
    let mut ids: Vec<&str> = vec!["step-review-title", "step-review-intro"];
    for statement in &content.statements {
        if agreed(statement.item) {
            ids.push(statement.title.as_str());
        }
    }
    ids
}

/// The messages of one comprehension question: the question and its answers.
pub fn question_messages<'c>(content: &'c Content, question_id: &str) -> Option<Vec<&'c str>> {
    let asked = content.questions.iter().find(|q| q.id == question_id)?;
    let mut ids = vec![asked.text.as_str()];
    ids.extend(asked.answers.iter().map(|a| a.text.as_str()));
    Some(ids)
}

/// The text step `step` of `record` would show now, in the record's locale; `None`
/// for a step the content no longer has.
pub fn step_text(
    step: &str,
    record: &ConsentRecord,
    content: &Content,
    catalog: &Catalog,
    chain: &LocaleChain,
) -> Option<String> {
    let render = |ids: &[&str]| {
        ids.iter()
            .map(|id| catalog.text(chain, id, None).text)
            .collect::<Vec<_>>()
            .join("\n\n")
    };
    let (kind, rest) = step.split_once('/').unwrap_or((step, ""));
    let ids: Vec<&str> = match kind {
        "overview" => content.overview_messages(),
        "option" => {
            let option = LegalOption::ALL.into_iter().find(|o| o.key() == rest)?;
            content.option_messages(option)
        }
        "country" => {
            let lines = country_page(content, catalog, chain, rest);
            return (!lines.is_empty()).then(|| lines.join("\n\n"));
        }
        "page" => {
            let lines = super::info_page(content, catalog, chain, rest);
            return (!lines.is_empty()).then(|| lines.join("\n\n"));
        }
        "items" => content.statement_messages(),
        "question" => question_messages(content, rest)?,
        "review" => review_messages(content, |item| record.items.get(&item) == Some(&true)),
        _ => return None,
    };
    (!ids.is_empty()).then(|| render(&ids))
}
