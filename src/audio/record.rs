//! Recording from the system's microphone through a system recorder in a child
//! process (`pw-record`, `arecord`), as playback does: the build needs no audio
//! headers, and a deployment may name any program that writes a WAV file to the
//! path given last.
//!
//! The same interface takes a program that writes a file it already has (`cp
//! take.wav`): that is how tests and a studio's files go through the recorder.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

/// Recorders tried in order when the deployment names none; the output path goes last.
const KNOWN_RECORDERS: [&[&str]; 2] = [
    &[
        "pw-record",
        "--rate",
        "48000",
        "--channels",
        "1",
        "--format",
        "s16",
    ],
    &[
        "arecord", "-q", "-t", "wav", "-f", "S16_LE", "-r", "48000", "-c", "1",
    ],
];

/// Why a take could not be made.
#[derive(Debug, thiserror::Error)]
pub enum RecordError {
    /// No recorder is configured and none of the known ones is installed.
    #[error("no sound recorder is installed (tried pw-record and arecord)")]
    NoRecorder,
    /// The recorder could not be started or waited for.
    #[error("could not run the sound recorder {program}: {source}")]
    Run {
        /// The program.
        program: String,
        /// What the system said.
        source: std::io::Error,
    },
    /// The recorder ended with a failure (no microphone, a busy device).
    #[error("the sound recorder {program} failed with {status}")]
    Failed {
        /// The program.
        program: String,
        /// Its exit status.
        status: String,
    },
    /// The recorder ended without writing anything.
    #[error("the sound recorder {program} wrote no audio")]
    Empty {
        /// The program.
        program: String,
    },
}

/// Starts takes with one recorder command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recorder {
    command: Vec<String>,
}

impl Recorder {
    /// A recorder that runs `configured` (program and arguments; the output path
    /// is added last), or the first known recorder found on `PATH`.
    pub fn new(configured: Option<Vec<String>>) -> Result<Self, RecordError> {
        let command = configured
            .filter(|c| !c.is_empty())
            .or_else(|| {
                KNOWN_RECORDERS
                    .iter()
                    .find(|c| c.first().is_some_and(|p| which::which(p).is_ok()))
                    .map(|c| c.iter().map(|s| (*s).to_owned()).collect())
            })
            .ok_or(RecordError::NoRecorder)?;
        Ok(Self { command })
    }

    /// A recorder that "records" by copying `file`: for tests and for files made
    /// elsewhere, through the same child process and checks as a microphone.
    pub fn from_file(file: &Path) -> Self {
        Self {
            command: vec!["cp".into(), file.to_string_lossy().into_owned()],
        }
    }

    /// The program and arguments run.
    pub fn command(&self) -> &[String] {
        &self.command
    }

    /// Starts recording into `out` (a WAV file).
    pub fn start(&self, out: &Path) -> Result<Take, RecordError> {
        let program = self.command.first().cloned().unwrap_or_default();
        // A stale file from an earlier take would read as this one's audio.
        let _ = std::fs::remove_file(out);
        let child = Command::new(&program)
            .args(self.command.get(1..).unwrap_or_default())
            .arg(out)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|source| RecordError::Run {
                program: program.clone(),
                source,
            })?;
        Ok(Take {
            child,
            program,
            path: out.to_path_buf(),
        })
    }
}

/// A take being recorded.
#[derive(Debug)]
pub struct Take {
    child: Child,
    program: String,
    path: PathBuf,
}

impl Take {
    /// The file being written.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The loudest sample of the last tenth of a second, 0.0..=1.0 (a level meter).
    pub fn level(&self) -> f32 {
        super::wav::tail_peak(&self.path, 0.1)
    }

    /// Whether the recorder is still running.
    pub fn is_running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// Stops recording: the recorder is interrupted as Ctrl-C would (so that it
    /// finishes the file's header), and waited for.
    pub fn stop(mut self) -> Result<PathBuf, RecordError> {
        if self.is_running() {
            // Through `kill`, so this crate needs no unsafe code; a recorder that
            // ended meanwhile makes this fail harmlessly.
            let _ = Command::new("kill")
                .args(["-s", "INT", &self.child.id().to_string()])
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status();
        }
        let status = self.wait_status()?;
        // Interrupted is how a recorder is meant to end here.
        self.outcome(status, true)
    }

    /// Waits for the recorder to end by itself (a file being copied in).
    pub fn finish(mut self) -> Result<PathBuf, RecordError> {
        let status = self.wait_status()?;
        self.outcome(status, false)
    }

    fn wait_status(&mut self) -> Result<std::process::ExitStatus, RecordError> {
        self.child.wait().map_err(|source| RecordError::Run {
            program: self.program.clone(),
            source,
        })
    }

    fn outcome(
        &self,
        status: std::process::ExitStatus,
        interrupted: bool,
    ) -> Result<PathBuf, RecordError> {
        let written = std::fs::metadata(&self.path).is_ok_and(|m| m.len() > 44);
        let ended_well = status.success() || (interrupted && written);
        if !ended_well {
            return Err(RecordError::Failed {
                program: self.program.clone(),
                status: status.to_string(),
            });
        }
        if !written {
            return Err(RecordError::Empty {
                program: self.program.clone(),
            });
        }
        Ok(self.path.clone())
    }
}

impl Drop for Take {
    fn drop(&mut self) {
        // A take dropped without stop or finish: the recorder must not go on.
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}
