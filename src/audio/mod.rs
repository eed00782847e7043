//! Read-aloud: plays a screen's recordings one after another through the system's
//! sound player, in a thread, so the screen never waits on sound.
//!
//! A child process keeps the kiosk free of audio libraries that need build-time
//! system headers, and lets a deployment pick whatever player its device has.

pub mod loudness;
pub mod record;
pub mod wav;

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

/// Players tried in order when the deployment names none; the file path goes last.
const KNOWN_PLAYERS: [&[&str]; 4] = [
    &["pw-play"],
    &["paplay"],
    &["aplay", "-q"],
    &["ffplay", "-nodisp", "-autoexit", "-loglevel", "quiet"],
];

/// Why sound could not be played.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlayError {
    /// No player is configured and none of the known ones is installed.
    #[error("no sound player is installed (tried pw-play, paplay, aplay and ffplay)")]
    NoPlayer,
    /// The player could not be started.
    #[error("could not start the sound player {program}: {reason}")]
    Start {
        /// The program.
        program: String,
        /// What the system said.
        reason: String,
    },
    /// The player ran and reported a failure (no sound device, unreadable file).
    #[error("the sound player {program} failed with {status}")]
    Failed {
        /// The program.
        program: String,
        /// Its exit status.
        status: String,
    },
}

/// What the player is doing.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum PlayState {
    /// Silent.
    #[default]
    Idle,
    /// Playing a screen's recordings.
    Playing,
    /// The last attempt failed.
    Failed(PlayError),
}

/// Plays lists of recordings, one list at a time.
#[derive(Debug)]
pub struct Player {
    command: Option<Vec<String>>,
    state: Arc<Mutex<PlayState>>,
    /// Set to stop the list now playing; each list gets its own flag.
    stop: Arc<AtomicBool>,
    child: Arc<Mutex<Option<std::process::Child>>>,
}

impl Player {
    /// A player that runs `configured` (program and arguments), or the first known
    /// player found on `PATH`.
    pub fn new(configured: Option<Vec<String>>) -> Self {
        let command = configured.or_else(|| {
            KNOWN_PLAYERS
                .iter()
                .find(|candidate| candidate.first().is_some_and(|p| which::which(p).is_ok()))
                .map(|candidate| candidate.iter().map(|s| (*s).to_owned()).collect())
        });
        Self {
            command,
            state: Arc::default(),
            stop: Arc::default(),
            child: Arc::default(),
        }
    }

    /// What the player is doing now.
    pub fn state(&self) -> PlayState {
        self.state
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Plays `files` in order, stopping whatever was playing.
    pub fn play(&mut self, files: Vec<PathBuf>) {
        self.stop();
        let Some(command) = self.command.clone() else {
            self.set(PlayState::Failed(PlayError::NoPlayer));
            return;
        };
        self.set(PlayState::Playing);
        let stop = Arc::new(AtomicBool::new(false));
        self.stop = Arc::clone(&stop);
        let (state, slot) = (Arc::clone(&self.state), Arc::clone(&self.child));
        let program = command.first().cloned().unwrap_or_default();
        let started = std::thread::Builder::new()
            .name("read-aloud".into())
            .spawn(move || {
                let outcome = play_all(&command, &files, &stop, &slot);
                if !stop.load(Ordering::SeqCst) {
                    *state.lock().unwrap_or_else(PoisonError::into_inner) = match outcome {
                        Ok(()) => PlayState::Idle,
                        Err(error) => PlayState::Failed(error),
                    };
                }
            });
        if let Err(error) = started {
            self.set(PlayState::Failed(PlayError::Start {
                program,
                reason: error.to_string(),
            }));
        }
    }

    /// Stops playing at once (a new screen, a wipe, the person pressed stop).
    pub fn stop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(mut child) = self
            .child
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take()
        {
            // Already finished is fine: there is nothing left to stop.
            let _ = child.kill();
            let _ = child.wait();
        }
        self.set(PlayState::Idle);
    }

    fn set(&self, state: PlayState) {
        *self.state.lock().unwrap_or_else(PoisonError::into_inner) = state;
    }
}

impl Drop for Player {
    fn drop(&mut self) {
        self.stop();
    }
}

fn play_all(
    command: &[String],
    files: &[PathBuf],
    stop: &AtomicBool,
    slot: &Mutex<Option<std::process::Child>>,
) -> Result<(), PlayError> {
    let program = command.first().cloned().unwrap_or_default();
    for file in files {
        {
            let mut slot = slot.lock().unwrap_or_else(PoisonError::into_inner);
            // Checked under the lock, so `stop` never misses a child started after it.
            if stop.load(Ordering::SeqCst) {
                return Ok(());
            }
            let child = Command::new(&program)
                .args(command.get(1..).unwrap_or_default())
                .arg(file)
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .map_err(|error| PlayError::Start {
                    program: program.clone(),
                    reason: error.to_string(),
                })?;
            *slot = Some(child);
        }
        // Poll rather than block in wait(), so `stop` can take and kill the child.
        let status = loop {
            let mut guard = slot.lock().unwrap_or_else(PoisonError::into_inner);
            let Some(running) = guard.as_mut() else {
                return Ok(()); // stopped
            };
            match running.try_wait() {
                Ok(Some(status)) => {
                    guard.take();
                    break status;
                }
                Ok(None) => {}
                Err(error) => {
                    return Err(PlayError::Start {
                        program: program.clone(),
                        reason: error.to_string(),
                    });
                }
            }
            drop(guard);
            std::thread::sleep(std::time::Duration::from_millis(20));
        };
        if !status.success() {
            return Err(PlayError::Failed {
                program: program.clone(),
                status: status.to_string(),
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
