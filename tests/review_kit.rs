//! The review kit: a locale's messages beside their English as HTML and as a PDF
//! with the text in it, and a filled verdict sheet read back into review status.
//! Every test works on a copy of the bundled tree; the reviewer is fictional.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use std::fs;
use std::path::Path;
use std::process::Command;

use common::T0;
use common::tree::copy_tree;
use consent_kiosk::editor::review_kit::{self, KitError, Sheet};
use consent_kiosk::editor::{Status, Workspace};

const REVIEWER: &str = "Fictional Reviewer Selam";

fn pdf_text(path: &Path) -> String {
    let output = Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext runs (poppler-utils)");
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout).expect("utf-8")
}

fn kit(workspace: &Workspace, out: &Path) -> (review_kit::KitFiles, Sheet) {
    let pages = ["option/asylum".to_owned(), "items".to_owned()];
    let files = review_kit::write_kit(workspace, "ti", &pages, out, T0).expect("kit");
    let sheet: Sheet =
        toml::from_str(&fs::read_to_string(&files.sheet).expect("read")).expect("sheet");
    (files, sheet)
}

#[test]
fn the_kit_holds_english_and_the_translation_as_html_and_as_a_real_pdf() {
    let (dir, content, locales) = copy_tree();
    let workspace = Workspace::open(&locales, &content).expect("opens");
    let (files, sheet) = kit(&workspace, &dir.path().join("kit"));
    assert!(files.messages >= 6, "{files:?}");
    assert_eq!(sheet.messages.len(), files.messages);
    assert!(sheet.reviewer.is_empty() && sheet.date.is_empty());

    let english = workspace.english("option-asylum-title").expect("english");
    let translation = workspace
        .row("ti", "option-asylum-title")
        .and_then(|r| r.translation)
        .expect("translated");

    let bytes = fs::read(&files.pdf).expect("pdf");
    assert!(bytes.starts_with(b"%PDF-"), "a PDF");
    let text = pdf_text(&files.pdf);
    assert!(text.contains("Review kit: Tigrinya (ti)"), "{text}");
    assert!(text.contains(english), "English in the PDF: {text}");
    assert!(
        text.contains(&translation),
        "Tigrinya in the PDF: {translation}"
    );
    assert!(text.contains("Back-translation") && text.contains("Verdict"));

    let html = fs::read_to_string(&files.html).expect("html");
    assert!(html.contains("lang=\"ti\" dir=\"ltr\""));
    assert!(html.contains("data-id=\"option-asylum-title\""));
    assert!(html.contains(&translation));
    assert!(html.contains("<textarea class=\"back\">"));
    assert!(html.contains("value=\"wrong\""));

    // Nothing in the locales folder changed: writing a kit marks nothing.
    assert!(!locales.join("ti").join("reviews.toml").exists());
}

#[test]
fn a_right_to_left_kit_is_written_too() {
    let (dir, content, locales) = copy_tree();
    let workspace = Workspace::open(&locales, &content).expect("opens");
    let files = review_kit::write_kit(
        &workspace,
        "ar",
        &["items".to_owned()],
        &dir.path().join("kit"),
        T0,
    )
    .expect("kit");
    let html = fs::read_to_string(&files.html).expect("html");
    assert!(html.contains("lang=\"ar\" dir=\"rtl\""));
    assert!(pdf_text(&files.pdf).contains("Review kit: Arabic (ar)"));
}

#[test]
fn a_filled_sheet_marks_only_the_messages_judged_ok_and_unchanged() {
    let (dir, content, locales) = copy_tree();
    let mut workspace = Workspace::open(&locales, &content).expect("opens");
    let (_, mut sheet) = kit(&workspace, &dir.path().join("kit"));
    let ids: Vec<String> = sheet.messages.iter().map(|m| m.id.clone()).collect();

    sheet.reviewer = REVIEWER.to_owned();
    sheet.date = "2026-11-30".to_owned();
    sheet.messages[0].verdict = "ok".into();
    sheet.messages[0].back_translation = "Ask for protection (asylum)".into();
    sheet.messages[1].verdict = "ok".into();
    sheet.messages[2].verdict = "change".into();
    sheet.messages[2].comment = "a plainer word would do".into();
    sheet.messages[3].verdict = "ok".into();
    // The fourth message is edited after the kit was written: its "ok" judged
    // other words, so it must not mark the new ones.
    let before = workspace
        .row("ti", &ids[3])
        .and_then(|r| r.translation)
        .expect("translated");
    workspace
        .save("ti", &ids[3], &format!("{before} ።"), Some(&before))
        .expect("saved");

    let text = toml::to_string(&sheet).expect("toml");
    let today = time::macros::date!(2026 - 12 - 07);
    let (read, date) = review_kit::read_sheet(&text, today).expect("read");
    let applied = review_kit::apply_sheet(&mut workspace, &read, date).expect("applied");

    assert_eq!(applied.reviewed, [ids[0].clone(), ids[1].clone()]);
    assert_eq!(applied.changed, [ids[3].clone()]);
    assert_eq!(applied.to_fix.len(), 1);
    assert_eq!(applied.open, ids.len() - 4);
    for id in &ids[..2] {
        assert_eq!(
            workspace.row("ti", id).expect("row").status,
            Status::Reviewed
        );
        let mark = workspace.review_of("ti", id).expect("mark");
        assert_eq!(mark.reviewer, REVIEWER);
        assert_eq!(mark.date, "2026-11-30");
    }
    for id in &ids[2..] {
        assert_eq!(
            workspace.row("ti", id).expect("row").status,
            Status::Draft,
            "{id}"
        );
    }
    // The mark is on disk, read again by a fresh workspace.
    let again = Workspace::open(&locales, &content).expect("opens");
    assert_eq!(
        again.row("ti", &ids[0]).expect("row").status,
        Status::Reviewed
    );
}

#[test]
fn a_sheet_without_a_reviewer_a_date_or_a_known_verdict_is_refused_whole() {
    let (dir, content, locales) = copy_tree();
    let workspace = Workspace::open(&locales, &content).expect("opens");
    let (_, mut sheet) = kit(&workspace, &dir.path().join("kit"));
    sheet.messages[0].verdict = "ok".into();
    let today = time::macros::date!(2026 - 12 - 07);
    let read = |sheet: &Sheet| review_kit::read_sheet(&toml::to_string(sheet).unwrap(), today);

    sheet.date = "2026-11-30".into();
    sheet.reviewer = "   ".into();
    assert!(matches!(read(&sheet), Err(KitError::NoReviewer)));

    sheet.reviewer = REVIEWER.into();
    for date in ["", "30/11/2026", "2026-12-08"] {
        sheet.date = date.into();
        assert!(matches!(read(&sheet), Err(KitError::BadDate(_))), "{date}");
    }

    sheet.date = "2026-11-30".into();
    sheet.messages[1].verdict = "fine".into();
    assert!(matches!(read(&sheet), Err(KitError::BadVerdict { .. })));
    assert!(!locales.join("ti").join("reviews.toml").exists());
}

#[test]
fn the_command_line_writes_a_kit_and_refuses_an_unsigned_sheet() {
    let (dir, content, locales) = copy_tree();
    let out = dir.path().join("kit");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_consent-kiosk"))
            .args(["--content", content.to_str().unwrap()])
            .args(["--locales", locales.to_str().unwrap()])
            .args(["content"])
            .args(args)
            .output()
            .expect("runs")
    };
    let written = run(&[
        "review-kit",
        "--locale",
        "ti",
        "--page",
        "items",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(written.status.success(), "{written:?}");
    let sheet = out.join("verdicts-ti.toml");
    let text = fs::read_to_string(&sheet).expect("sheet");
    fs::write(
        &sheet,
        text.replacen("verdict = \"\"", "verdict = \"ok\"", 1),
    )
    .expect("write");
    let refused = run(&["review-import", sheet.to_str().unwrap()]);
    assert!(!refused.status.success());
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(stderr.contains("no reviewer's name"), "{stderr}");
    assert!(!locales.join("ti").join("reviews.toml").exists());
}
