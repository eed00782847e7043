//! Printing through the system's print service (CUPS `lp`), never waiting forever.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Why a receipt did not print.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PrintError {
    /// `lp` is not installed.
    #[error("the print service (lp) is not installed")]
    NoPrintService,
    /// The print service refused (no such printer, printer disabled…).
    #[error("the printer refused the receipt: {0}")]
    Refused(String),
    /// No answer in time; the job was abandoned.
    #[error("the printer did not answer within {0} s")]
    TimedOut(u64),
}

/// Sends `pdf` to `printer` (or the default printer) and waits at most `timeout`.
/// Returns what `lp` said (the job's ID).
pub fn print(
    pdf: &[u8],
    printer: Option<&str>,
    title: &str,
    timeout: Duration,
) -> Result<String, PrintError> {
    print_with_server(pdf, printer, title, timeout, None)
}

/// [`print`] through a given CUPS server (`host:port`) instead of the system's.
pub fn print_with_server(
    pdf: &[u8],
    printer: Option<&str>,
    title: &str,
    timeout: Duration,
    server: Option<&str>,
) -> Result<String, PrintError> {
    let mut command = Command::new("lp");
    if let Some(server) = server {
        command.env("CUPS_SERVER", server);
    }
    if let Some(printer) = printer {
        command.arg("-d").arg(printer);
    }
    command
        .arg("-t")
        .arg(title)
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => PrintError::NoPrintService,
        _ => PrintError::Refused(e.to_string()),
    })?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(pdf)
            .map_err(|e| PrintError::Refused(e.to_string()))?;
    }
    let started = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if started.elapsed() >= timeout => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(PrintError::TimedOut(timeout.as_secs()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(25)),
            Err(e) => return Err(PrintError::Refused(e.to_string())),
        }
    }
    let output = child
        .wait_with_output()
        .map_err(|e| PrintError::Refused(e.to_string()))?;
    if output.status.success() {
        Ok(String::from_utf8_lossy(&output.stdout).trim().to_owned())
    } else {
        Err(PrintError::Refused(
            String::from_utf8_lossy(&output.stderr).trim().to_owned(),
        ))
    }
}
