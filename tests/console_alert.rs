//! The concern alert: a real small script in a temporary folder, run without a
//! shell, with no personal data in its arguments, stopped after its timeout.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::time::{Duration, Instant};

use consent_kiosk::consent::ConcernKind;
use consent_kiosk::console::{AlertError, alert_arguments, run_alert, spawn_alert};

/// Writes an executable script that records its arguments, one a line, in `out`.
/// A pager script, and the command that runs it. Run through `/bin/sh` rather
/// than executed itself: a file just written can still be open for writing in a
/// child another test thread forked meanwhile, and executing it then fails
/// with "Text file busy" one run in many.
fn script(dir: &Path, body: &str) -> Vec<String> {
    let path = dir.join("page-counsellor");
    std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).expect("write script");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o700)).expect("chmod");
    vec!["/bin/sh".into(), path.to_string_lossy().into_owned()]
}

#[test]
fn the_alert_runs_the_program_itself_with_the_kind_and_screen_only() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("args.txt");
    let program = script(
        dir.path(),
        &format!(
            "for a in \"$@\"; do echo \"$a\" >> '{}'; done",
            out.display()
        ),
    );
    // A shell would expand `$HOME` and run `; touch`; without one both stay words.
    let mut command = program;
    command.extend(["--duty".into(), "$HOME; touch pwned".into()]);
    let handle = spawn_alert(
        command,
        ConcernKind::Pressured,
        "Items(screen data) Name".into(),
        Duration::from_secs(10),
    )
    .expect("thread");
    assert_eq!(
        handle.thread().name(),
        Some("concern-alert"),
        "a named thread"
    );
    handle.join().expect("joined").expect("the alert went out");
    let args = std::fs::read_to_string(&out).expect("the script ran");
    assert_eq!(
        args.lines().collect::<Vec<_>>(),
        ["--duty", "$HOME; touch pwned", "pressured", "Items"]
    );
    assert!(!dir.path().join("pwned").exists());
    assert!(!Path::new("pwned").exists());
}

#[test]
fn a_failing_or_missing_program_is_an_error_not_a_panic() {
    let dir = tempfile::tempdir().expect("temp dir");
    let failing = script(dir.path(), "exit 3");
    assert!(matches!(
        run_alert(
            &failing,
            ConcernKind::LostCode,
            "Start",
            Duration::from_secs(5)
        ),
        Err(AlertError::Failed(_))
    ));
    let missing = dir
        .path()
        .join("no-such-pager")
        .to_string_lossy()
        .into_owned();
    assert!(matches!(
        run_alert(
            &[missing],
            ConcernKind::LostCode,
            "Start",
            Duration::from_secs(5)
        ),
        Err(AlertError::NotStarted(_))
    ));
    assert_eq!(
        run_alert(&[], ConcernKind::LostCode, "Start", Duration::from_secs(5)),
        Err(AlertError::Empty)
    );
}

#[test]
fn a_program_that_hangs_is_stopped_at_the_timeout() {
    let dir = tempfile::tempdir().expect("temp dir");
    let hanging = script(dir.path(), "exec sleep 30");
    let started = Instant::now();
    assert_eq!(
        run_alert(
            &hanging,
            ConcernKind::Pressured,
            "Review",
            Duration::from_millis(300)
        ),
        Err(AlertError::TimedOut(0))
    );
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "not waited out"
    );
}

#[test]
fn the_arguments_never_carry_more_than_the_screen_identifier() {
    let args = alert_arguments(
        &["pager".into()],
        ConcernKind::LostCode,
        "Withdraw { typed: \"Quentin Exampleton\" }",
    );
    assert_eq!(args, ["lost_code", "Withdraw"]);
}

#[test]
fn the_deployment_sets_the_alert_and_the_interview_which_is_on_unless_switched_off() {
    let (content, locales) = common::tree::bundled();
    let bundled = common::tree::load(&content, &locales).expect("bundled content");
    assert_eq!(bundled.deployment.alert_command, None);
    assert!(
        bundled.signing_policy().confirmation_interview,
        "on by default"
    );

    let (_dir, content, locales) = common::tree::copy_tree();
    let deployment = content.join("deployment.toml");
    common::tree::replace_in(
        &deployment,
        "# alert_command = [\"/usr/local/bin/page-duty-counsellor\"]",
        "alert_command = [\"/usr/local/bin/page-duty-counsellor\", \"--team\", \"night\"]",
    );
    common::tree::replace_in(
        &deployment,
        "confirmation_interview = true",
        "confirmation_interview = false",
    );
    let changed = common::tree::load(&content, &locales).expect("changed content");
    assert_eq!(
        changed.deployment.alert_command.as_deref(),
        Some(
            &[
                "/usr/local/bin/page-duty-counsellor".to_owned(),
                "--team".to_owned(),
                "night".to_owned()
            ][..]
        )
    );
    assert!(!changed.signing_policy().confirmation_interview);
}
