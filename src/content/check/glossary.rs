//! `locales/<tag>/glossary.toml`: the few terms whose meaning must not shift
//! (consent, withdraw, cooling-off, asylum, reference code, counsellor), kept
//! by each language's editors.
//!
//! English's file names each term and the English words that use it, and the
//! names (`keep`) that stay as they are in every language. Every other locale's
//! file lists, per term, the renderings it accepts and those it forbids (e.g.
//! "cancel, delete" for withdraw). Matching ignores case and combining marks
//! (Arabic short vowels), and looks for each rendering anywhere in the
//! translation, so a stem catches its inflected forms.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use crate::i18n::I18nError;

use super::sources::read_toml;

/// The file's name in each locale folder.
pub const FILE: &str = "glossary.toml";

/// A glossary as written; English's has `english` forms, others `accepted` and `forbidden`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Glossary {
    /// `draft, unreviewed` until a named editor has checked the list.
    #[serde(default)]
    pub review: Option<String>,
    /// Names left as they are in every language (English's file only): brands,
    /// formats, codes. The English-left-in check skips them.
    #[serde(default)]
    pub keep: Vec<String>,
    /// The terms, by name.
    #[serde(default)]
    pub terms: BTreeMap<String, Term>,
}

/// One term.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// English only: the words (start of a word, any case) that use this term.
    #[serde(default)]
    pub english: Vec<String>,
    /// The renderings this language accepts (stems are enough).
    #[serde(default)]
    pub accepted: Vec<String>,
    /// Renderings that shift the meaning and must not be used for this term.
    #[serde(default)]
    pub forbidden: Vec<String>,
    /// A note for translators and reviewers.
    #[serde(default)]
    pub note: Option<String>,
}

/// Reads `locales/<tag>/glossary.toml`; `None` when the file does not exist.
pub fn read(locales_dir: &Path, tag: &str) -> Result<Option<Glossary>, I18nError> {
    let path = locales_dir.join(tag).join(FILE);
    if !path.exists() {
        return Ok(None);
    }
    read_toml(locales_dir, &path).map(Some)
}

/// Text as the glossary compares it: lower case, combining marks removed.
pub fn fold(text: &str) -> String {
    text.chars()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The combining marks that vary in writing without changing the word: Arabic
/// short vowels and signs, Hebrew points, and the general combining diacritics.
fn is_combining_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0591}'..='\u{05C7}'
        | '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06ED}'
        | '\u{08D3}'..='\u{08FF}')
}

/// Whether `english` uses one of `forms` at the start of a word, any case.
pub fn english_uses(english: &str, forms: &[String]) -> bool {
    let folded = fold(english);
    forms.iter().any(|form| {
        let form = fold(form);
        !form.is_empty()
            && folded.match_indices(form.as_str()).any(|(at, _)| {
                folded
                    .get(..at)
                    .and_then(|before| before.chars().next_back())
                    .is_none_or(|c| !c.is_alphanumeric())
            })
    })
}

/// The first of `forms` that `text` contains, folded.
pub fn first_found<'a>(text: &str, forms: &'a [String]) -> Option<&'a str> {
    let folded = fold(text);
    forms
        .iter()
        .find(|form| {
            let form = fold(form);
            !form.is_empty() && folded.contains(form.as_str())
        })
        .map(String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_forms_match_at_the_start_of_a_word_only() {
        let forms = vec!["consent".to_owned()];
        assert!(english_uses("Your Consent is saved", &forms));
        assert!(english_uses("two consents", &forms));
        assert!(!english_uses("nonconsentual", &forms));
    }

    #[test]
    fn arabic_short_vowels_do_not_hide_a_rendering() {
        let forms = vec!["سحب".to_owned()];
        assert_eq!(first_found("سُحبت في", &forms), Some("سحب"));
        assert_eq!(first_found("لا شيء", &forms), None);
    }
}
