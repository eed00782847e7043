//! An Xvfb display of its own for a test that runs the real window.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

/// One X display for the test, ended with it.
pub struct Display {
    server: Child,
    /// The value for `DISPLAY`.
    pub name: String,
}

impl Display {
    /// Xvfb on a free display number it picks itself (`-displayfd`), so runs in
    /// parallel never race for one.
    pub fn start(screen: &str) -> Self {
        let mut server = Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                screen,
                "-nolisten",
                "tcp",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb runs (package xvfb; scripts/test installs it)");
        let mut line = String::new();
        BufReader::new(server.stdout.take().expect("Xvfb's output"))
            .read_line(&mut line)
            .expect("Xvfb says its display");
        let number = line.trim();
        assert!(!number.is_empty(), "Xvfb did not start");
        Self {
            server,
            name: format!(":{number}"),
        }
    }
}

impl Drop for Display {
    fn drop(&mut self) {
        // SIGTERM, so Xvfb removes its lock file and socket: after a SIGKILL the
        // next test's Xvfb could take the same number and be unreachable.
        let ended = Command::new("kill")
            .arg("-TERM")
            .arg(self.server.id().to_string())
            .status()
            .is_ok_and(|status| status.success());
        if !ended {
            let _ = self.server.kill();
        }
        let _ = self.server.wait();
    }
}
