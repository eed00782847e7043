//! The real window on an Xvfb display of its own: `--measure-startup` draws the
//! start screen, goes through the first screens of an Arabic session one frame at
//! a time, prints a figure for each and closes by itself. The figures are for the
//! README and the closing notes; this test checks only that they are all there and
//! that the window closes (timings are never asserted here).
//!
//! Needs Xvfb (`scripts/test` installs it).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::display::Display;

/// Far longer than the run takes (about a second), so a slow machine never fails it.
const DEADLINE: Duration = Duration::from_secs(180);

#[test]
fn measure_startup_times_screen_changes_and_closes() {
    let display = Display::start("1080x1920x24");
    let data = tempfile::tempdir().expect("temp dir");
    let mut child = Command::new(env!("CARGO_BIN_EXE_consent-kiosk"))
        .args(["--measure-startup", "--fullscreen"])
        .env("DISPLAY", &display.name)
        .env("XDG_DATA_HOME", data.path())
        .env_remove("WAYLAND_DISPLAY")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the kiosk starts");
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("waits") {
            break status;
        }
        if started.elapsed() > DEADLINE {
            let _ = child.kill();
            let output = child.wait_with_output().expect("output");
            panic!(
                "the window did not close within {DEADLINE:?}; it printed:\n{}\n{}",
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            );
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let output = child.wait_with_output().expect("output");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        status.success(),
        "exit {status}: {stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stdout.contains("first frame after "), "{stdout}");
    assert!(
        stdout.contains("resident memory after 10 frames: "),
        "{stdout}"
    );
    for change in [
        "start → the first Arabic page: ",
        "welcome → the age question: ",
        "age → the options' overview: ",
        "overview → an option's first part: ",
    ] {
        let line = stdout
            .lines()
            .find(|line| line.trim_start().starts_with(change))
            .unwrap_or_else(|| panic!("no figure for {change:?} in:\n{stdout}"));
        let ms: f64 = line
            .trim_start()
            .trim_start_matches(change)
            .trim_end_matches(" ms")
            .parse()
            .unwrap_or_else(|_| panic!("not a figure: {line:?}"));
        assert!(ms > 0.0, "{line}");
    }
}
