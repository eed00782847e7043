//! Reaching a counsellor who is not at the console: when a concern is raised at
//! the kiosk, the deployment's optional `alert_command` runs (a pager, a phone
//! gateway). Run directly, never through a shell, so nothing in its arguments
//! is interpreted; its arguments are the deployment's own, then the concern's
//! kind and the kiosk screen, and never anything about the person. It runs in a
//! named thread and is stopped after a timeout, so the kiosk never waits for it.

use std::process::{Command, Stdio};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::consent::ConcernKind;

/// How long an alert command may run before it is stopped.
pub const ALERT_TIMEOUT: Duration = Duration::from_secs(10);

/// Why an alert did not go out.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AlertError {
    /// The command is empty.
    #[error("the alert command is empty")]
    Empty,
    /// The program could not be started (not found, not executable).
    #[error("the alert command could not be started: {0}")]
    NotStarted(String),
    /// The program ended with a failure status.
    #[error("the alert command failed ({0})")]
    Failed(String),
    /// The program did not end in time and was stopped.
    #[error("the alert command did not end within {0} s and was stopped")]
    TimedOut(u64),
    /// The alert thread could not be started.
    #[error("the alert thread could not be started: {0}")]
    Thread(String),
}

/// The full argument list: the deployment's, then the kind and the screen's
/// name (its leading ASCII letters and digits only, so whatever a screen holds
/// never reaches the command).
pub fn alert_arguments(command: &[String], kind: ConcernKind, screen: &str) -> Vec<String> {
    let screen: String = screen
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .take(40)
        .collect();
    command
        .iter()
        .skip(1)
        .cloned()
        .chain([kind.as_str().to_owned(), screen])
        .collect()
}

/// Runs `command` for a concern and waits for it at most `timeout`.
pub fn run_alert(
    command: &[String],
    kind: ConcernKind,
    screen: &str,
    timeout: Duration,
) -> Result<(), AlertError> {
    let program = command
        .first()
        .filter(|p| !p.is_empty())
        .ok_or(AlertError::Empty)?;
    let mut child = Command::new(program)
        .args(alert_arguments(command, kind, screen))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| AlertError::NotStarted(e.to_string()))?;
    let started = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) if status.success() => return Ok(()),
            Ok(Some(status)) => return Err(AlertError::Failed(status.to_string())),
            Ok(None) if started.elapsed() >= timeout => {
                // Stopped and reaped, so no process is left behind.
                let _ = child.kill();
                let _ = child.wait();
                return Err(AlertError::TimedOut(timeout.as_secs()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(25)),
            Err(e) => return Err(AlertError::Failed(e.to_string())),
        }
    }
}

/// Starts [`run_alert`] in the `concern-alert` thread and returns at once.
pub fn spawn_alert(
    command: Vec<String>,
    kind: ConcernKind,
    screen: String,
    timeout: Duration,
) -> Result<JoinHandle<Result<(), AlertError>>, AlertError> {
    std::thread::Builder::new()
        .name("concern-alert".into())
        .spawn(move || {
            let outcome = run_alert(&command, kind, &screen, timeout);
            if let Err(why) = &outcome {
                // What failed, never who asked: the kind and screen only.
                eprintln!("concern alert ({}) not sent: {why}", kind.as_str());
            }
            outcome
        })
        .map_err(|e| AlertError::Thread(e.to_string()))
}
