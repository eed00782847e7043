//! Content folders are outside input: no file in them may crash, hang or
//! silently mislead the kiosk. Each test here breaks one thing in a private copy
//! of the bundled tree and expects a clear error naming the file.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use std::fs;
use std::path::Path;

use common::tree::{copy_tree, load, replace_in};
use consent_kiosk::content::check;
use consent_kiosk::i18n::Catalog;

fn refused(content: &Path, locales: &Path) -> String {
    match load(content, locales) {
        Ok(_) => panic!("bad content must be refused"),
        Err(error) => error.to_string(),
    }
}

fn check_errors(content: &Path, locales: &Path) -> Vec<String> {
    check::check(content, locales)
        .findings
        .iter()
        .filter(|f| f.severity == check::Severity::Error)
        .map(|f| match &f.location {
            Some(at) => format!("{at}: {} [{}]", f.text, f.kind),
            None => format!("{} [{}]", f.text, f.kind),
        })
        .collect()
}

// ---- 1. settings out of range ---------------------------------------------

#[test]
fn a_huge_cooling_off_is_refused_at_load_with_its_line() {
    let (_dir, content, locales) = copy_tree();
    replace_in(
        &content.join("deployment.toml"),
        "cooling_off_hours = 72",
        "cooling_off_hours = 1000000000",
    );
    let error = refused(&content, &locales);
    assert!(error.contains("deployment.toml:15:"), "{error}");
    assert!(error.contains("cooling_off_hours"), "{error}");
}

#[test]
fn every_numeric_setting_out_of_range_is_refused_not_clamped() {
    let cases = [
        ("console_lock_minutes = 15", "console_lock_minutes = 500"),
        ("console_lock_minutes = 15", "console_lock_minutes = 0"),
        ("idle_warning_seconds = 60", "idle_warning_seconds = 0"),
        ("idle_reset_seconds = 90", "idle_reset_seconds = 4000000000"),
        ("retention_years = 5", "retention_years = 0"),
        ("retention_years = 5", "retention_years = 4000"),
        (
            "cooling_off_minimum_hours = 24",
            "cooling_off_minimum_hours = 900000",
        ),
    ];
    for (from, to) in cases {
        let (_dir, content, locales) = copy_tree();
        let settings = content.join("deployment.toml");
        // The line is found, not written down: comments above it come and go.
        let line = std::fs::read_to_string(&settings)
            .expect("settings")
            .lines()
            .position(|l| l == from)
            .expect("the bundled setting")
            + 1;
        replace_in(&settings, from, to);
        let error = refused(&content, &locales);
        let setting = to.split(' ').next().unwrap_or_default();
        assert!(
            error.contains(&format!("deployment.toml:{line}:")) && error.contains(setting),
            "{to}: {error}"
        );
    }
}

#[test]
fn an_unknown_time_zone_is_refused_at_load() {
    let (_dir, content, locales) = copy_tree();
    replace_in(
        &content.join("deployment.toml"),
        "time_zone = \"Europe/Paris\"",
        "time_zone = \"Mars/Olympus_Mons\"",
    );
    let error = refused(&content, &locales);
    assert!(
        error.contains("deployment.toml:10:") && error.contains("Mars/Olympus_Mons"),
        "{error}"
    );
}

// ---- 2. deep nesting ------------------------------------------------------

fn deep_ftl(depth: usize) -> String {
    format!(
        "deep-message = {}x{}\n",
        "{ ".repeat(depth),
        " }".repeat(depth)
    )
}

#[test]
fn deep_nesting_in_an_ftl_is_refused_by_check_and_load_without_a_crash() {
    let (_dir, content, locales) = copy_tree();
    fs::write(locales.join("fr").join("deep.ftl"), deep_ftl(20_000)).expect("write");
    let errors = check_errors(&content, &locales);
    assert!(
        errors
            .iter()
            .any(|e| e.contains("deep.ftl:1:") && e.contains("deep")),
        "{errors:?}"
    );
    let catalog = Catalog::load(&locales).expect("the other files still load");
    let french = catalog.locale("fr").expect("fr");
    assert!(
        french
            .problems
            .iter()
            .any(|p| p.location.to_string().contains("deep.ftl:1:")),
        "{:?}",
        french.problems
    );
}

#[test]
fn deep_nesting_in_english_is_refused_by_check() {
    let (_dir, content, locales) = copy_tree();
    fs::write(locales.join("en").join("deep.ftl"), deep_ftl(20_000)).expect("write");
    let errors = check_errors(&content, &locales);
    assert!(
        errors.iter().any(|e| e.contains("deep.ftl:1:")),
        "{errors:?}"
    );
}

#[test]
fn a_deep_translation_in_an_xliff_import_is_rejected_without_a_crash() {
    use consent_kiosk::editor::{Workspace, exchange};
    let (_dir, content, locales) = copy_tree();
    let mut workspace = Workspace::open(&locales, &content).expect("open");
    let mut units = exchange::units(&workspace, "fr", false);
    let unit = units.first_mut().expect("a unit");
    unit.translation = format!("{}x{}", "{ ".repeat(20_000), " }".repeat(20_000));
    let xliff = exchange::to_xliff("fr", &units[..1]);
    let parsed = exchange::from_xliff("fr", &xliff).expect("reads");
    let report = exchange::import(&mut workspace, "fr", parsed.into_iter().map(Ok).collect());
    assert!(report.applied.is_empty(), "{report:?}");
    assert_eq!(report.rejected.len(), 1, "{report:?}");
    assert!(report.rejected[0].2.contains("deep"), "{report:?}");
}

#[test]
fn deeply_nested_toml_is_refused_without_a_crash() {
    let (_dir, content, locales) = copy_tree();
    let deep = format!(
        "{}\nnested = {}{}\n",
        fs::read_to_string(content.join("pages.toml")).expect("read"),
        "[".repeat(50_000),
        "]".repeat(50_000)
    );
    fs::write(content.join("pages.toml"), deep).expect("write");
    let error = refused(&content, &locales);
    assert!(error.contains("pages.toml"), "{error}");
}

// ---- 3. FIFOs, devices, symlinks, oversized files -------------------------

fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(status.success());
}

#[test]
fn a_fifo_in_content_is_refused_instead_of_hanging() {
    let (_dir, content, locales) = copy_tree();
    fs::remove_file(content.join("deployment.toml")).expect("rm");
    mkfifo(&content.join("deployment.toml"));
    let error = refused(&content, &locales);
    assert!(
        error.contains("deployment.toml") && error.contains("not a regular file"),
        "{error}"
    );
}

#[test]
fn a_fifo_in_locales_is_refused_instead_of_hanging() {
    let (_dir, content, locales) = copy_tree();
    mkfifo(&locales.join("fr").join("extra.ftl"));
    let error = Catalog::load(&locales).expect_err("refused").to_string();
    assert!(
        error.contains("extra.ftl") && error.contains("not a regular file"),
        "{error}"
    );
    let errors = check_errors(&content, &locales);
    assert!(errors.iter().any(|e| e.contains("extra.ftl")), "{errors:?}");
}

#[test]
fn a_fifo_elsewhere_in_content_does_not_hang_the_version_hash() {
    let (_dir, content, locales) = copy_tree();
    fs::create_dir_all(content.join("audio").join("fr")).expect("mkdir");
    mkfifo(&content.join("audio").join("fr").join("stray.opus"));
    let error = refused(&content, &locales);
    assert!(error.contains("stray.opus"), "{error}");
}

#[test]
fn a_symlink_to_dev_zero_is_refused() {
    let (_dir, content, locales) = copy_tree();
    fs::remove_file(content.join("pages.toml")).expect("rm");
    std::os::unix::fs::symlink("/dev/zero", content.join("pages.toml")).expect("symlink");
    let error = refused(&content, &locales);
    assert!(error.contains("pages.toml"), "{error}");
    std::os::unix::fs::symlink("/dev/zero", locales.join("fr").join("zero.ftl")).expect("symlink");
    let error = Catalog::load(&locales).expect_err("refused").to_string();
    assert!(error.contains("zero.ftl"), "{error}");
}

#[test]
fn a_symlink_to_a_file_outside_the_folder_is_refused() {
    let (dir, content, locales) = copy_tree();
    let outside = dir.path().join("outside.toml");
    fs::copy(content.join("statements.toml"), &outside).expect("copy");
    fs::remove_file(content.join("statements.toml")).expect("rm");
    std::os::unix::fs::symlink(&outside, content.join("statements.toml")).expect("symlink");
    let error = refused(&content, &locales);
    assert!(
        error.contains("statements.toml") && error.contains("outside"),
        "{error}"
    );
}

#[test]
fn a_pictogram_linked_from_outside_is_refused() {
    let (dir, content, locales) = copy_tree();
    let pages = fs::read_to_string(content.join("pages.toml")).expect("read");
    let pictogram = pages
        .lines()
        .find_map(|l| l.strip_prefix("pictogram = \""))
        .and_then(|rest| rest.strip_suffix('"'))
        .expect("a page with a pictogram")
        .to_owned();
    let outside = dir.path().join("outside.svg");
    fs::copy(content.join(&pictogram), &outside).expect("copy");
    fs::remove_file(content.join(&pictogram)).expect("rm");
    std::os::unix::fs::symlink(&outside, content.join(&pictogram)).expect("symlink");
    let error = refused(&content, &locales);
    assert!(
        error.contains("pages.toml") && error.contains(&pictogram),
        "{error}"
    );
}

#[test]
fn an_oversized_file_is_refused() {
    let (_dir, content, locales) = copy_tree();
    let mut text = fs::read_to_string(content.join("options.toml")).expect("read");
    text.push_str(&format!("# {}\n", "x".repeat(5 * 1024 * 1024)));
    fs::write(content.join("options.toml"), text).expect("write");
    let error = refused(&content, &locales);
    assert!(
        error.contains("options.toml") && error.contains("larger"),
        "{error}"
    );
}

// ---- 4. cycles and unknown terms ------------------------------------------

#[test]
fn check_reports_cyclic_references_and_unknown_terms() {
    let (_dir, content, locales) = copy_tree();
    fs::write(
        locales.join("en").join("loops.ftl"),
        "loop-a = { loop-b }\nloop-b = { loop-a }\nno-term = Hello { -no-such-term }\n",
    )
    .expect("write");
    let errors = check_errors(&content, &locales);
    assert!(
        errors
            .iter()
            .any(|e| e.contains("loops.ftl:1:") && e.contains("loop-a") && e.contains("cycl")),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains("loops.ftl:3:") && e.contains("-no-such-term")),
        "{errors:?}"
    );
}

// ---- 5. CDATA in XLIFF ----------------------------------------------------

#[test]
fn a_cdata_target_is_taken_as_text() {
    use consent_kiosk::editor::exchange;
    let xliff = "<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"fr\"><file id=\"kiosk.ftl\"><unit id=\"greeting\"><segment><source>Hello &amp; welcome</source><target><![CDATA[Bonjour & <bienvenue>]]></target></segment></unit></file></xliff>";
    let units = exchange::from_xliff("fr", xliff).expect("reads");
    assert_eq!(units.len(), 1);
    assert_eq!(units[0].translation, "Bonjour & <bienvenue>");
    assert_eq!(units[0].english, "Hello & welcome");
}

// ---- 6. no silent fallbacks -----------------------------------------------

#[test]
fn a_malformed_sources_toml_is_an_error_and_is_not_wiped_by_a_save() {
    use consent_kiosk::editor::Workspace;
    let (_dir, content, locales) = copy_tree();
    let sources = locales.join("fr").join("sources.toml");
    fs::write(&sources, "this is = = not toml\n").expect("write");
    let errors = check_errors(&content, &locales);
    assert!(
        errors.iter().any(|e| e.contains("sources.toml")),
        "{errors:?}"
    );
    let opened = Workspace::open(&locales, &content);
    assert!(
        opened.is_err(),
        "a workspace over a broken sources.toml must not open"
    );
    assert_eq!(
        fs::read_to_string(&sources).expect("read"),
        "this is = = not toml\n"
    );
}

#[test]
fn a_malformed_recordings_toml_is_an_error() {
    let (_dir, content, locales) = copy_tree();
    let folder = content.join("audio").join("fr");
    fs::create_dir_all(&folder).expect("mkdir");
    fs::write(folder.join("recordings.toml"), "[[[ broken\n").expect("write");
    let errors = check_errors(&content, &locales);
    assert!(
        errors.iter().any(|e| e.contains("recordings.toml")),
        "{errors:?}"
    );
}

#[test]
fn check_counts_messages_that_fail_to_format() {
    let (_dir, content, locales) = copy_tree();
    fs::write(
        locales.join("en").join("broken-ref.ftl"),
        "points-nowhere = Hello { missing-message-id }\n",
    )
    .expect("write");
    let errors = check_errors(&content, &locales);
    assert!(
        errors
            .iter()
            .any(|e| e.contains("broken-ref.ftl:1:") && e.contains("missing-message-id")),
        "{errors:?}"
    );
}

#[test]
fn a_message_that_fails_to_format_is_counted_once_not_discarded() {
    let (_dir, _content, locales) = copy_tree();
    fs::write(
        locales.join("en").join("broken-ref.ftl"),
        "points-nowhere = Hello { missing-message-id }\n",
    )
    .expect("write");
    let catalog = Catalog::load(&locales).expect("loads");
    let chain = catalog.chain("en", "en");
    assert_eq!(catalog.format_failures(), 0);
    for _ in 0..3 {
        let shown = catalog.text(&chain, "points-nowhere", None);
        assert!(shown.missing, "{shown:?}");
    }
    assert_eq!(catalog.format_failures(), 1);
}

#[test]
fn a_recording_from_a_fifo_is_refused_instead_of_hanging_the_editor() {
    use consent_kiosk::editor::Workspace;
    let (dir, content, locales) = copy_tree();
    let mut workspace = Workspace::open(&locales, &content).expect("open");
    let id = workspace.ids().next().expect("an id").to_owned();
    let fifo = dir.path().join("take.opus");
    mkfifo(&fifo);
    let error = workspace
        .attach_recording("fr", &id, &fifo)
        .expect_err("refused");
    assert!(error.to_string().contains("not a regular file"), "{error}");
}

// ---- pictograms -------------------------------------------------------------

#[test]
fn a_pictogram_that_is_not_a_drawable_svg_is_refused_with_its_line() {
    let (_dir, content, locales) = copy_tree();
    fs::write(content.join("pictograms/home.svg"), "<svg><path d=").expect("break");
    let error = refused(&content, &locales);
    assert!(error.contains("home.svg"), "{error}");
    assert!(error.contains("not an SVG"), "{error}");
    assert!(
        error.contains(".toml:"),
        "names the file and line that uses it: {error}"
    );
}
