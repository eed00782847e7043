//! `content check` reads each translation's words against English: each kind of
//! meaning shift the drafts once had is planted in a copy of the bundled tree,
//! and the check must name it, at its message, as a warning.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use std::fs;
use std::path::Path;

use common::tree::{bundled, copy_tree, replace_in};
use consent_kiosk::content::check::{self, CheckReport, Finding, Severity};

fn found<'a>(report: &'a CheckReport, tag: &str, kind: &str) -> Vec<&'a Finding> {
    report
        .findings
        .iter()
        .filter(|f| f.locale.as_deref() == Some(tag) && f.kind == kind)
        .collect()
}

/// The one finding of `kind` at message `id` of `tag`, which must be a warning.
fn warned<'a>(report: &'a CheckReport, tag: &str, kind: &str, id: &str) -> &'a Finding {
    let all = found(report, tag, kind);
    let at: Vec<&&Finding> = all
        .iter()
        .filter(|f| f.message_id.as_deref() == Some(id))
        .collect();
    assert_eq!(at.len(), 1, "{tag} {kind} {id}: {all:#?}");
    assert_eq!(at[0].severity, Severity::Warning);
    at[0]
}

/// Replaces message `id`'s whole entry (one line, or several) in `file`.
fn set_message(file: &Path, id: &str, entry: &str) {
    let text = fs::read_to_string(file).expect("read");
    let start = text
        .find(&format!("\n{id} ="))
        .map(|i| i + 1)
        .expect("message present");
    let rest = &text[start..];
    let mut end = rest.find('\n').map_or(rest.len(), |i| i + 1);
    while rest[end..].starts_with(' ') {
        end += rest[end..].find('\n').map_or(rest.len() - end, |i| i + 1);
    }
    let updated = format!("{}{entry}\n{}", &text[..start], &rest[end..]);
    fs::write(file, updated).expect("write");
}

#[test]
fn the_bundled_drafts_have_none_of_the_shifts_the_review_found() {
    let (content, locales) = bundled();
    let report = check::check(&content, &locales);
    assert!(!report.has_errors(), "{}", report.to_text());
    for kind in [
        "plural-number",
        "english-left",
        "glossary-forbidden",
        "glossary-file",
    ] {
        let hits: Vec<&Finding> = report.findings.iter().filter(|f| f.kind == kind).collect();
        assert!(hits.is_empty(), "{kind}: {hits:#?}");
    }
}

#[test]
fn a_gloss_english_does_not_have_is_reported_and_a_words_ending_is_not() {
    let (_dir, content, locales) = copy_tree();
    replace_in(
        &locales.join("fa").join("return.ftl"),
        "این حمایت شامل همه می‌شود.",
        "این حمایت (اصل عدم بازگرداندن اجباری) شامل همه می‌شود.",
    );
    let report = check::check(&content, &locales);
    let finding = warned(&report, "fa", "gloss", "rights-non-refoulement");
    assert!(
        finding.text.contains("(اصل عدم بازگرداندن اجباری)"),
        "{finding:?}"
    );
    assert!(!report.has_errors());
    // Russian's "согласен(на)" (a word's other ending) is not a gloss.
    assert!(
        found(&report, "ru", "gloss")
            .iter()
            .all(|f| f.message_id.as_deref() != Some("sign-declaration"))
    );
}

#[test]
fn a_plural_variant_that_writes_its_number_is_reported() {
    let (_dir, content, locales) = copy_tree();
    // Persian puts 0 in `one`: "one character" would be shown for an empty field.
    set_message(
        &locales.join("fa").join("kiosk.ftl"),
        "withdraw-code-length",
        "withdraw-code-length = کد پیگیری { $expected } حرف یا عدد دارد. شما { $found ->\n        [one] یک حرف یا عدد\n       *[other] { $found } حرف یا عدد\n    } نوشتید.",
    );
    // A digit written out ignores the language's own digits.
    set_message(
        &locales.join("ckb").join("kiosk.ftl"),
        "cooling-off-left",
        "cooling-off-left = { $hours ->\n        [one] 1 کاتژمێر ماوە بۆ بیرکردنەوە\n       *[other] { $hours } کاتژمێر ماوە بۆ بیرکردنەوە\n    }",
    );
    let report = check::check(&content, &locales);
    let persian = warned(&report, "fa", "plural-number", "withdraw-code-length");
    assert!(persian.text.contains("0, 1"), "{persian:?}");
    let kurdish = warned(&report, "ckb", "plural-number", "cooling-off-left");
    assert!(kurdish.text.contains('1'), "{kurdish:?}");
    // Arabic's [one] "ثانية واحدة" is right: in Arabic, `one` is 1 alone.
    assert!(found(&report, "ar", "plural-number").is_empty());
}

#[test]
fn a_translation_far_shorter_than_its_english_is_reported_within_its_scripts_tolerance() {
    let (_dir, content, locales) = copy_tree();
    let options = locales.join("ru").join("options.ftl");
    set_message(
        &options,
        "option-asylum-meaning",
        "option-asylum-meaning = Убежище — это защита.",
    );
    let report = check::check(&content, &locales);
    let finding = warned(&report, "ru", "length", "option-asylum-meaning");
    assert!(finding.text.contains("left out"), "{finding:?}");
    assert!(!report.has_errors());

    // A locale may set its own tolerance in locale.toml; a tight one finds more.
    let spanish = check::check(&content, &locales);
    let before = found(&spanish, "es", "length").len();
    let meta = locales.join("es").join("locale.toml");
    let text = fs::read_to_string(&meta).expect("read");
    fs::write(
        &meta,
        format!("{text}\n[check]\nlength_ratio = [0.95, 1.05]\n"),
    )
    .expect("write");
    let tight = check::check(&content, &locales);
    assert!(found(&tight, "es", "length").len() > before + 10);
    assert!(!tight.has_errors(), "{}", tight.to_text());
}

#[test]
fn an_english_word_left_in_another_script_is_reported_but_formats_and_codes_are_not() {
    let (_dir, content, locales) = copy_tree();
    replace_in(
        &locales.join("am").join("editor.ftl"),
        ".mp3 ወይም .wav",
        ".mp3 or .wav",
    );
    let report = check::check(&content, &locales);
    let finding = warned(&report, "am", "english-left", "editor-recording-file");
    assert!(finding.text.ends_with(": or"), "{finding:?}");
    // "JSON Lines" (a format) and "ar" (a language code) are kept on purpose.
    for id in ["console-export-jsonl", "console-find-language"] {
        assert!(
            found(&report, "am", "english-left")
                .iter()
                .all(|f| f.message_id.as_deref() != Some(id)),
            "{id}"
        );
    }
}

#[test]
fn a_term_rendered_outside_the_glossary_or_with_a_forbidden_word_is_reported() {
    let (_dir, content, locales) = copy_tree();
    // Amharic "cancel/delete" for withdraw: forbidden.
    replace_in(
        &locales.join("am").join("kiosk.ftl"),
        "start-withdraw = ስምምነትን መልሶ መውሰድ",
        "start-withdraw = ስምምነት መሰረዝ",
    );
    // A second word for "counsellor" within Spanish.
    replace_in(
        &locales.join("es").join("console.ftl"),
        "Un asesor anotó",
        "Un orientador anotó",
    );
    let report = check::check(&content, &locales);
    let forbidden = warned(&report, "am", "glossary-forbidden", "start-withdraw");
    assert!(forbidden.text.contains("ሰረዝ"), "{forbidden:?}");
    let other = warned(&report, "es", "glossary", "console-flag-capacity-doubt");
    assert!(other.text.contains("asesor"), "{other:?}");
    assert!(!report.has_errors());
}

#[test]
fn a_missing_glossary_is_a_warning_and_a_malformed_one_an_error() {
    let (_dir, content, locales) = copy_tree();
    fs::remove_file(locales.join("so").join("glossary.toml")).expect("remove");
    fs::write(
        locales.join("tr").join("glossary.toml"),
        "[terms.consent]\naccepted = \"onay\"\n",
    )
    .expect("write");
    let report = check::check(&content, &locales);
    assert_eq!(found(&report, "so", "glossary-file").len(), 1);
    assert_eq!(
        found(&report, "so", "glossary-file")[0].severity,
        Severity::Warning
    );
    let broken = found(&report, "tr", "glossary-file");
    assert_eq!(broken.len(), 1, "{broken:#?}");
    assert_eq!(broken[0].severity, Severity::Error);
    assert!(
        broken[0].text.contains("glossary.toml:2"),
        "{:?}",
        broken[0]
    );
}
