//! Checks that read a translation's words against its English, for the kinds of
//! meaning shift a native reviewer found in the drafts:
//!
//! - `gloss`: text in parentheses that English does not have (a gloss can add a
//!   legal term that says more, or something else, than the sentence);
//! - `plural-number`: a plural variant that writes a number itself (a digit, or
//!   a number word where the language's plural category covers more than one
//!   number, as Persian's `one` covers 0 and 1);
//! - `length`: a translation much shorter or longer than its English (likely an
//!   omission or an addition), with a tolerance per script;
//! - `english-left`: an English word of the message left in a locale of
//!   another script;
//! - `glossary`, `glossary-forbidden`: a message whose English uses a glossary
//!   term, translated with none of the locale's accepted renderings, or with
//!   one it forbids.
//!
//! All are warnings: each may have a good reason a reviewer can judge.

use std::collections::BTreeMap;
use std::path::Path;

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use serde::Deserialize;
use unic_langid::LanguageIdentifier;

use crate::i18n::LocaleMeta;

use super::ftl::{MessageFacts, PLACEABLE};
use super::glossary::{self, Glossary};
use super::{CheckReport, Finding, LocaleFiles};

/// English messages shorter than this are not compared for length: a word or
/// two may rightly be much longer or shorter in another language.
pub const MIN_ENGLISH_CHARS: usize = 30;

/// The length ratios (translation ÷ English, in characters) a script keeps to,
/// unless `locale.toml` says otherwise (`[check] length_ratio = [low, high]`).
pub fn default_length_ratio(script: &str) -> (f64, f64) {
    match script {
        // Latin and Cyrillic run a little longer than English.
        "Latn" | "Cyrl" => (0.5, 2.0),
        "Beng" => (0.5, 2.0),
        // Arabic script leaves short vowels unwritten.
        "Arab" => (0.45, 1.9),
        // One Ethiopic letter is a whole syllable.
        "Ethi" => (0.35, 1.4),
        _ => (0.4, 2.2),
    }
}

/// `[check]` in `locale.toml`: a locale's own tolerances.
#[derive(Debug, Default, Deserialize)]
struct LocaleToml {
    #[serde(default)]
    check: Option<CheckSettings>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct CheckSettings {
    #[serde(default)]
    length_ratio: Option<(f64, f64)>,
    #[serde(default)]
    min_english_chars: Option<usize>,
}

/// What the wording checks need besides the two texts.
#[derive(Debug)]
pub struct Context<'a> {
    /// The locale.
    pub tag: &'a str,
    /// Its `locale.toml`, if it could be read.
    pub meta: Option<&'a LocaleMeta>,
    /// English's glossary (terms, and the names to keep).
    pub source_glossary: Option<&'a Glossary>,
    /// This locale's glossary.
    pub glossary: Option<&'a Glossary>,
    /// Every locale's tag: as codes, they may appear in any script.
    pub tags: &'a [String],
}

/// Runs every wording check of one locale against English.
pub fn check(
    report: &mut CheckReport,
    locales_dir: &Path,
    context: &Context<'_>,
    files: &LocaleFiles,
    source_messages: &BTreeMap<&str, (&str, &MessageFacts)>,
) {
    let tag = context.tag;
    let settings = locale_settings(locales_dir, tag);
    let script = context.meta.map_or("", |m| m.script.as_str());
    let ratio = settings
        .as_ref()
        .and_then(|s| s.length_ratio)
        .unwrap_or_else(|| default_length_ratio(script));
    let min_chars = settings
        .as_ref()
        .and_then(|s| s.min_english_chars)
        .unwrap_or(MIN_ENGLISH_CHARS);
    let plurals = plural_samples(tag);
    let keep: &[String] = context.source_glossary.map_or(&[], |g| g.keep.as_slice());
    for file in files.values() {
        for (id, facts) in &file.messages {
            let Some((_, english)) = source_messages.get(id.as_str()) else {
                continue;
            };
            let mut found = Vec::new();
            gloss(&mut found, english, facts);
            plural_numbers(&mut found, tag, &plurals, facts);
            length(&mut found, english, facts, ratio, min_chars);
            if script != "Latn" && !script.is_empty() {
                english_left(&mut found, english, facts, keep, context.tags);
            }
            if let (Some(source), Some(own)) = (context.source_glossary, context.glossary) {
                glossary_terms(&mut found, english, facts, source, own);
            }
            for (kind, text) in found {
                report.push(
                    Finding::warning(Some(tag), Some(facts.location.clone()), kind, text)
                        .with_id(id),
                );
            }
        }
    }
}

fn locale_settings(locales_dir: &Path, tag: &str) -> Option<CheckSettings> {
    let path = locales_dir.join(tag).join("locale.toml");
    let text =
        crate::content::read::read_text_file(locales_dir, &path, crate::content::read::TEXT_CAP)
            .ok()?;
    toml::from_str::<LocaleToml>(&text).ok()?.check
}

/// A parenthesis that opens a gloss: at the start, or after a space or a
/// placeable (not `согласен(на)`, a word's alternative ending).
fn glosses(text: &str) -> Vec<String> {
    let mut spans = Vec::new();
    let mut previous: Option<char> = None;
    for (at, c) in text.char_indices() {
        if matches!(c, '(' | '（' | '﴾') && previous.is_none_or(|p| !p.is_alphanumeric()) {
            let rest = text.get(at..).unwrap_or("");
            let end = rest
                .char_indices()
                .find(|(_, c)| matches!(c, ')' | '）' | '﴿'))
                .map_or(rest.len(), |(i, c)| i + c.len_utf8());
            spans.push(rest.get(..end).unwrap_or(rest).to_owned());
        }
        previous = Some(c);
    }
    spans
}

fn gloss(found: &mut Vec<(&'static str, String)>, english: &MessageFacts, facts: &MessageFacts) {
    let theirs = glosses(&english.text.all);
    let ours = glosses(&facts.text.all);
    if ours.len() > theirs.len() {
        let extra: Vec<&str> = ours
            .iter()
            .filter(|span| !theirs.contains(span))
            .map(String::as_str)
            .collect();
        found.push((
            "gloss",
            format!(
                "text in parentheses that English does not have: {}; a gloss can say more \
                 than the sentence (say it in the sentence, or not at all)",
                if extra.is_empty() {
                    ours.join(" ")
                } else {
                    extra.join(" ")
                }
            ),
        ));
    }
}

/// For each plural category, the first few whole numbers (0 to 1000) it covers.
fn plural_samples(tag: &str) -> BTreeMap<&'static str, Vec<u32>> {
    let mut samples: BTreeMap<&'static str, Vec<u32>> = BTreeMap::new();
    let Some(rules) = plural_rules(tag) else {
        return samples;
    };
    for n in 0..=1000_u32 {
        if let Ok(category) = rules.select(n) {
            let numbers = samples.entry(category_name(category)).or_default();
            if numbers.len() < 4 {
                numbers.push(n);
            }
        }
    }
    samples
}

/// The plural rules Fluent uses for `tag` (negotiated as Fluent does, English last).
pub fn plural_rules(tag: &str) -> Option<PluralRules> {
    let requested: LanguageIdentifier = tag.parse().ok()?;
    let english: LanguageIdentifier = "en".parse().ok()?;
    let available = PluralRules::get_locales(PluralRuleType::CARDINAL);
    let chosen = negotiate_languages(
        &[requested],
        &available,
        Some(&english),
        NegotiationStrategy::Lookup,
    )
    .first()
    .map(|l| (*l).clone())?;
    PluralRules::create(chosen, PluralRuleType::CARDINAL).ok()
}

fn category_name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

fn plural_numbers(
    found: &mut Vec<(&'static str, String)>,
    tag: &str,
    samples: &BTreeMap<&'static str, Vec<u32>>,
    facts: &MessageFacts,
) {
    for variant in &facts.text.variants {
        let Some(numbers) = samples.get(variant.key.as_str()) else {
            continue;
        };
        let key = &variant.key;
        let variable = &variant.variable;
        if let Some(digit) = variant.text.chars().find(|c| c.is_numeric()) {
            found.push((
                "plural-number",
                format!(
                    "the [{key}] variant writes the number {digit} itself; show {{ ${variable} }} \
                     so it is right for every number and written in the language's digits"
                ),
            ));
        } else if !variant.shows_variable && numbers.len() > 1 {
            let list: Vec<String> = numbers.iter().map(u32::to_string).collect();
            found.push((
                "plural-number",
                format!(
                    "the [{key}] variant does not show {{ ${variable} }}, but in {tag} [{key}] \
                     is used for {}{}: a number word in it is wrong for the others",
                    list.join(", "),
                    if numbers.len() >= 4 { ", ..." } else { "" }
                ),
            ));
        }
    }
}

/// The words a reader sees by default, placeables and extra spaces left out.
fn visible(text: &str) -> String {
    text.replace(PLACEABLE, " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn length(
    found: &mut Vec<(&'static str, String)>,
    english: &MessageFacts,
    facts: &MessageFacts,
    (low, high): (f64, f64),
    min_chars: usize,
) {
    let english_chars = visible(&english.text.default).chars().count();
    if english_chars < min_chars || english_chars == 0 {
        return;
    }
    let chars = visible(&facts.text.default).chars().count();
    #[allow(clippy::cast_precision_loss)] // texts are far below 2^52 characters
    let ratio = chars as f64 / english_chars as f64;
    if ratio < low {
        found.push((
            "length",
            format!(
                "{chars} characters for English's {english_chars} ({ratio:.2} of it, below \
                 {low}): check that nothing was left out"
            ),
        ));
    } else if ratio > high {
        found.push((
            "length",
            format!(
                "{chars} characters for English's {english_chars} ({ratio:.2} times, above \
                 {high}): check that nothing was added"
            ),
        ));
    }
}

fn english_left(
    found: &mut Vec<(&'static str, String)>,
    english: &MessageFacts,
    facts: &MessageFacts,
    keep: &[String],
    tags: &[String],
) {
    let mut text = facts.text.all.clone();
    let mut english_text = english.text.all.clone();
    for name in keep {
        text = text.replace(name.as_str(), " ");
        english_text = english_text.replace(name.as_str(), " ");
    }
    let english_words: Vec<String> = latin_words(&english_text)
        .into_iter()
        .map(|(_, w)| w.to_lowercase())
        .collect();
    let mut left: Vec<&str> = Vec::new();
    for (before, word) in latin_words(&text) {
        // A file name ("countries.toml") is named, not translated.
        let offset = (word.as_ptr() as usize).saturating_sub(text.as_ptr() as usize);
        let mut after = text.get(offset + word.len()..).unwrap_or_default().chars();
        let file_name =
            after.next() == Some('.') && after.next().is_some_and(|c| c.is_ascii_alphabetic());
        let is_code = word.chars().all(|c| c.is_ascii_uppercase())
            || before == Some('.')
            || file_name
            || tags.iter().any(|t| t == word);
        if word.len() < 2 || is_code || !english_words.contains(&word.to_lowercase()) {
            continue;
        }
        if !left.contains(&word) {
            left.push(word);
        }
    }
    if !left.is_empty() {
        found.push((
            "english-left",
            format!("English left untranslated: {}", left.join(", ")),
        ));
    }
}

/// Runs of ASCII letters, each with the character before it.
fn latin_words(text: &str) -> Vec<(Option<char>, &str)> {
    let mut words = Vec::new();
    let mut start: Option<usize> = None;
    let mut before: Option<char> = None;
    let mut previous: Option<char> = None;
    for (at, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        if c.is_ascii_alphabetic() {
            if start.is_none() {
                start = Some(at);
                before = previous;
            }
        } else if let Some(from) = start.take()
            && let Some(word) = text.get(from..at)
        {
            // A Latin run glued to other letters is part of a word, not a word.
            if !before.is_some_and(char::is_alphanumeric) && !c.is_alphanumeric() {
                words.push((before, word));
            }
        }
        previous = Some(c);
    }
    words
}

fn glossary_terms(
    found: &mut Vec<(&'static str, String)>,
    english: &MessageFacts,
    facts: &MessageFacts,
    source: &Glossary,
    own: &Glossary,
) {
    for (name, term) in &source.terms {
        if !glossary::english_uses(&english.text.all, &term.english) {
            continue;
        }
        let Some(rendering) = own.terms.get(name) else {
            continue;
        };
        if let Some(bad) = glossary::first_found(&facts.text.all, &rendering.forbidden) {
            found.push((
                "glossary-forbidden",
                format!(
                    "\"{name}\" is rendered with \"{bad}\", which glossary.toml forbids for it"
                ),
            ));
        } else if !rendering.accepted.is_empty()
            && glossary::first_found(&facts.text.all, &rendering.accepted).is_none()
        {
            found.push((
                "glossary",
                format!(
                    "English says \"{name}\", but none of glossary.toml's renderings is here ({})",
                    rendering.accepted.join(", ")
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_gloss_starts_after_a_space_not_inside_a_word() {
        assert_eq!(
            glosses("protection (a principle) applies"),
            ["(a principle)"]
        );
        assert!(glosses("согласен(на) с тем").is_empty());
        assert_eq!(glosses("(\u{FFFC})"), ["(\u{FFFC})"]);
    }

    #[test]
    fn persian_puts_zero_in_one_and_english_does_not() {
        assert_eq!(plural_samples("fa")["one"], [0, 1]);
        assert_eq!(plural_samples("en")["one"], [1]);
        assert_eq!(plural_samples("ti")["one"], [0, 1]);
        assert_eq!(plural_samples("ar")["zero"], [0]);
    }

    #[test]
    fn latin_words_skip_runs_inside_other_words() {
        let words: Vec<&str> = latin_words("ফাইল .mp3 or .wav; IDs")
            .into_iter()
            .map(|(_, w)| w)
            .collect();
        assert_eq!(words, ["or", "wav", "IDs"]);
    }
}
