//! Every parser of outside input, fed arbitrary and mutated-valid text: `.ftl`
//! loading and checking, content TOML, XLIFF and CSV imports, reference codes and
//! JSON Lines exports. Each must answer (a value or a clear error) without a
//! panic, a stack overflow or a hang. Bounded case counts keep the file to seconds.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use consent_kiosk::consent::{ReferenceCode, SigningPolicy};
use consent_kiosk::content::{Content, check};
use consent_kiosk::editor::{exchange, ftl_edit};
use consent_kiosk::i18n::Catalog;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// One small edit: insert, delete or replace a character at a position.
type Edit = (usize, u8, char);

/// Characters that matter to the formats under test, and a few that do not.
fn interesting_char() -> impl Strategy<Value = char> {
    prop_oneof![
        prop::sample::select(vec![
            '{', '}', '[', ']', '(', ')', '"', '\'', '\\', '$', '-', '=', '*', '.', ',', '#', '<',
            '>', '&', ';', '/', '!', '\n', '\r', ' ', '\t', '0', '9', 'a', 'Z', '\u{0}', 'é', 'ش',
            '\u{2067}',
        ]),
        any::<char>(),
    ]
}

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    prop::collection::vec((any::<usize>(), 0u8..3, interesting_char()), 1..12)
}

/// `text` with `edits` applied, each at a character boundary.
fn mutate(text: &str, edits: &[Edit]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for &(at, op, c) in edits {
        let len = chars.len();
        match op {
            0 => chars.insert(at % (len + 1), c),
            1 if len > 0 => {
                chars.remove(at % len);
            }
            _ if len > 0 => chars[at % len] = c,
            _ => chars.push(c),
        }
    }
    chars.into_iter().collect()
}

/// Arbitrary text biased towards the syntax characters of the formats.
fn noise() -> impl Strategy<Value = String> {
    prop::collection::vec(interesting_char(), 0..300).prop_map(|v| v.into_iter().collect())
}

/// Text nested deep in one of the bracket kinds, to look for stack overflows.
fn deep() -> impl Strategy<Value = String> {
    (
        prop::sample::select(vec!["{", "{ ", "[", "(", "F(", "<a>", "{ $x -> *[o] "]),
        0usize..20_000,
    )
        .prop_map(|(open, depth)| open.repeat(depth))
}

fn runner(cases: u32) -> TestRunner {
    TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    })
}

// ---- .ftl --------------------------------------------------------------------

/// A locales folder with only English, whose one `.ftl` is replaced per case.
fn lone_english() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let locales = dir.path().join("locales");
    fs::create_dir_all(locales.join("en")).expect("mkdir");
    fs::copy(
        root().join("locales/en/locale.toml"),
        locales.join("en/locale.toml"),
    )
    .expect("copy");
    let content = dir.path().join("content");
    fs::create_dir_all(&content).expect("mkdir");
    (dir, locales, content)
}

fn ftl_is_answered(locales: &Path, content: &Path, text: &str) {
    fs::write(locales.join("en/case.ftl"), text).expect("write");
    // Loading: either a catalog (problems recorded) or an error naming a file.
    match Catalog::load(locales) {
        Ok(catalog) => {
            for problem in &catalog.source().problems {
                assert!(problem.location.line >= 1);
                assert!(!problem.message.is_empty());
            }
        }
        Err(error) => assert!(!error.to_string().is_empty()),
    }
    // Checking: a report, whose errors say what is wrong.
    let report = check::check(content, locales);
    for finding in &report.findings {
        assert!(!finding.text.is_empty());
    }
}

#[test]
fn ftl_loading_and_checking_answer_any_text() {
    let (_dir, locales, content) = lone_english();
    runner(64)
        .run(&prop_oneof![noise(), deep()], |text| {
            ftl_is_answered(&locales, &content, &text);
            Ok(())
        })
        .expect("no failure");
}

#[test]
fn ftl_loading_and_checking_answer_mutated_real_files() {
    let (_dir, locales, content) = lone_english();
    let real = fs::read_to_string(root().join("locales/en/kiosk.ftl")).expect("read");
    let sample: String = real.chars().take(3000).collect();
    runner(64)
        .run(&edits(), |edits| {
            ftl_is_answered(&locales, &content, &mutate(&sample, &edits));
            Ok(())
        })
        .expect("no failure");
}

#[test]
fn a_typed_message_is_validated_whatever_it_is() {
    runner(64)
        .run(&prop_oneof![noise(), deep()], |value| {
            let _ = ftl_edit::validate("case-id", &value, Some("Hello { $name }"));
            let _ = ftl_edit::variables_of(&value);
            Ok(())
        })
        .expect("no failure");
}

// ---- content TOML -------------------------------------------------------------

#[test]
fn content_loading_answers_mutated_and_arbitrary_toml() {
    let dir = tempfile::tempdir().expect("temp dir");
    let content = dir.path().join("content");
    common::copy_dir(&root().join("content"), &content);
    let catalog = Catalog::load(&root().join("locales")).expect("bundled locales load");
    let files = [
        "deployment.toml",
        "pages.toml",
        "options.toml",
        "countries.toml",
        "statements.toml",
        "comprehension.toml",
    ];
    let originals: Vec<String> = files
        .iter()
        .map(|f| fs::read_to_string(content.join(f)).expect("read"))
        .collect();
    let strategy = (
        0..files.len(),
        prop_oneof![
            edits().prop_map(Ok),
            prop_oneof![noise(), deep()].prop_map(Err)
        ],
    );
    runner(64)
        .run(&strategy, |(which, change)| {
            let text = match change {
                Ok(edits) => mutate(&originals[which], &edits),
                Err(arbitrary) => arbitrary,
            };
            fs::write(content.join(files[which]), &text).expect("write");
            if let Err(error) = Content::load(&content, &catalog) {
                let said = error.to_string();
                // The error names a file of the folder (another file when the
                // change broke a reference between them).
                prop_assert!(said.contains(&*content.to_string_lossy()), "{said}");
            }
            fs::write(content.join(files[which]), &originals[which]).expect("restore");
            Ok(())
        })
        .expect("no failure");
}

// ---- XLIFF and CSV --------------------------------------------------------------

fn sample_units() -> Vec<exchange::Unit> {
    ["greeting", "farewell"]
        .iter()
        .map(|id| exchange::Unit {
            id: (*id).to_owned(),
            file: "kiosk.ftl".to_owned(),
            english: format!("English of {id} & {{ $name }}"),
            translation: format!("Traduction de {id} <b>"),
            base: exchange::text_hash("before"),
        })
        .collect()
}

#[test]
fn xliff_import_answers_any_text() {
    let valid = exchange::to_xliff("fr", &sample_units());
    let strategy = prop_oneof![
        edits().prop_map(move |edits| mutate(&valid, &edits)),
        noise(),
        deep(),
    ];
    runner(64)
        .run(&strategy, |text| {
            match exchange::from_xliff("fr", &text) {
                Ok(units) => {
                    for unit in units {
                        let _ = ftl_edit::validate("case-id", &unit.translation, None);
                    }
                }
                Err(error) => prop_assert!(!error.to_string().is_empty()),
            }
            Ok(())
        })
        .expect("no failure");
}

#[test]
fn csv_import_answers_any_text() {
    let valid = exchange::to_csv("fr", &sample_units());
    let strategy = prop_oneof![
        edits().prop_map(move |edits| mutate(&valid, &edits)),
        noise(),
    ];
    runner(64)
        .run(&strategy, |text| {
            match exchange::from_csv("fr", &text) {
                Ok(rows) => {
                    for row in rows {
                        if let Err(why) = row {
                            prop_assert!(!why.is_empty());
                        }
                    }
                }
                Err(error) => prop_assert!(!error.to_string().is_empty()),
            }
            Ok(())
        })
        .expect("no failure");
}

// ---- reference codes -------------------------------------------------------------

#[test]
fn reference_codes_answer_any_text() {
    let valid = ReferenceCode::from_random(0x5eed_1234_abcd).to_string();
    let strategy = prop_oneof![
        edits().prop_map(move |edits| mutate(&valid, &edits)),
        noise(),
        "\\PC{0,40}",
    ];
    runner(64)
        .run(&strategy, |typed| {
            if let Ok(code) = ReferenceCode::parse(&typed) {
                // What parses reads back the same.
                prop_assert_eq!(ReferenceCode::parse(&code.to_string()), Ok(code));
            }
            Ok(())
        })
        .expect("no failure");
}

// ---- JSON Lines exports ------------------------------------------------------------

#[test]
fn verify_lines_answers_mutated_and_arbitrary_exports() {
    use consent_kiosk::export::{ExportFormat, export, verify_lines};
    use consent_kiosk::store::{Access, Store, StorePaths};

    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open(&StorePaths::in_dir(dir.path()), Access::ReadWrite).expect("store");
    for seed in [1, 2] {
        let event = common::signed_draft(seed)
            .sign(&SigningPolicy::default(), common::T0)
            .expect("signs");
        store.commit(&event).expect("commits");
    }
    let mut out = Vec::new();
    export(&store, ExportFormat::Jsonl, None, common::T0, &mut out).expect("export");
    let valid = String::from_utf8(out).expect("utf-8");
    assert_eq!(verify_lines(&valid), Ok(2));
    let header = valid.lines().next().unwrap_or_default().to_owned();
    let strategy = prop_oneof![
        edits().prop_map({
            let valid = valid.clone();
            move |edits| mutate(&valid, &edits)
        }),
        noise(),
        deep().prop_map(move |nested| format!("{header}\n{nested}")),
    ];
    runner(64)
        .run(&strategy, |text| {
            match verify_lines(&text) {
                Ok(count) => prop_assert!(count <= 2),
                Err((line, why)) => {
                    prop_assert!(line >= 1);
                    prop_assert!(!why.is_empty());
                }
            }
            Ok(())
        })
        .expect("no failure");
}

// ---- review verdict sheets and glossaries ------------------------------------------

#[test]
fn verdict_sheets_answer_mutated_and_arbitrary_text() {
    use consent_kiosk::editor::review_kit;
    let valid = "locale = \"ti\"\nreviewer = \"Fictional Reviewer\"\ndate = \"2026-11-30\"\n\n\
                 [[message]]\nid = \"nav-back\"\nhash = \"0123456789abcdef\"\n\
                 back_translation = \"back\"\nverdict = \"ok\"\ncomment = \"\"\n";
    let today = time::macros::date!(2026 - 12 - 07);
    let strategy = prop_oneof![
        edits().prop_map(move |edits| mutate(valid, &edits)),
        noise(),
        deep(),
    ];
    runner(64)
        .run(&strategy, |text| {
            match review_kit::read_sheet(&text, today) {
                Ok((sheet, date)) => {
                    prop_assert!(!sheet.reviewer.trim().is_empty());
                    prop_assert!(date <= today);
                }
                Err(error) => prop_assert!(!error.to_string().is_empty()),
            }
            Ok(())
        })
        .expect("no failure");
}

#[test]
fn glossaries_answer_mutated_and_arbitrary_text() {
    use consent_kiosk::content::check::glossary::{self, Glossary};
    let valid = fs::read_to_string(root().join("locales/am/glossary.toml")).expect("read");
    let strategy = prop_oneof![
        edits().prop_map(move |edits| mutate(&valid, &edits)),
        noise(),
        deep(),
    ];
    runner(64)
        .run(&strategy, |text| {
            if let Ok(parsed) = toml::from_str::<Glossary>(&text) {
                for term in parsed.terms.values() {
                    let _ = glossary::first_found(&text, &term.accepted);
                    let _ = glossary::english_uses(&text, &term.forbidden);
                }
            }
            let forms = vec![text.clone()];
            let _ = glossary::english_uses("withdraw your consent", &forms);
            prop_assert_eq!(
                glossary::first_found(&text, &forms).is_some(),
                !glossary::fold(&text).is_empty()
            );
            Ok(())
        })
        .expect("no failure");
}
