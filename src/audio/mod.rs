//! Read-aloud: plays a screen's recordings one after another through the system's
//! sound player, in a thread, so the screen never waits on sound.
//!
//! A child process keeps the kiosk free of audio libraries that need build-time
//! system headers, and lets a deployment pick whatever player its device has.

pub mod loudness;
pub mod record;
pub mod tempo;
pub mod wav;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
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

/// How fast recordings play.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Speed {
    /// As recorded.
    #[default]
    Normal,
    /// Slower, same pitch ([`tempo::SLOW_TEMPO`]); WAV recordings only, others
    /// play as recorded.
    Slow,
}

/// Plays lists of recordings, one list at a time.
#[derive(Debug)]
pub struct Player {
    command: Option<Vec<String>>,
    state: Arc<Mutex<PlayState>>,
    /// Set to stop the list now playing; each list gets its own flag.
    stop: Arc<AtomicBool>,
    child: Arc<Mutex<Option<std::process::Child>>>,
    /// Which file of the list is playing, so the screen can mark what is read.
    position: Arc<AtomicUsize>,
    /// Slowed copies of recordings, removed with the player.
    scratch: Option<tempfile::TempDir>,
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
            position: Arc::default(),
            scratch: None,
        }
    }

    /// Which file of the playing list is playing now (`None` when silent).
    pub fn playing_index(&self) -> Option<usize> {
        (self.state() == PlayState::Playing).then(|| self.position.load(Ordering::SeqCst))
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
        self.play_from(files, 0, Speed::Normal);
    }

    /// Plays `files` from the one at `start`, at `speed`, stopping whatever was
    /// playing.
    pub fn play_from(&mut self, files: Vec<PathBuf>, start: usize, speed: Speed) {
        self.stop();
        let slow_dir = match speed {
            Speed::Normal => None,
            Speed::Slow => {
                if self.scratch.is_none() {
                    self.scratch = tempfile::Builder::new()
                        .prefix("consent-kiosk-slow-")
                        .tempdir()
                        .ok();
                }
                // Without a scratch folder the recordings play as recorded.
                self.scratch.as_ref().map(|dir| dir.path().to_path_buf())
            }
        };
        let Some(command) = self.command.clone() else {
            self.set(PlayState::Failed(PlayError::NoPlayer));
            return;
        };
        self.set(PlayState::Playing);
        let stop = Arc::new(AtomicBool::new(false));
        self.stop = Arc::clone(&stop);
        let (state, slot) = (Arc::clone(&self.state), Arc::clone(&self.child));
        let position = Arc::clone(&self.position);
        position.store(start, Ordering::SeqCst);
        let program = command.first().cloned().unwrap_or_default();
        let started = std::thread::Builder::new()
            .name("read-aloud".into())
            .spawn(move || {
                let list = List {
                    files: &files,
                    start,
                    slow_dir: slow_dir.as_deref(),
                    position: &position,
                };
                let outcome = play_all(&command, &list, &stop, &slot);
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

/// What one call to [`Player::play_from`] plays.
struct List<'a> {
    files: &'a [PathBuf],
    start: usize,
    /// Where slowed copies go; `None` plays as recorded.
    slow_dir: Option<&'a Path>,
    position: &'a AtomicUsize,
}

/// The file to hand the player: a slowed copy where asked and possible, or the
/// recording itself (a format this kiosk cannot decode plays as recorded).
fn at_speed(file: &Path, index: usize, slow_dir: Option<&Path>) -> PathBuf {
    let Some(dir) = slow_dir else {
        return file.to_path_buf();
    };
    let is_wav = file
        .extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("wav"));
    let slowed = dir.join(format!("{index}.wav"));
    if is_wav && tempo::slowed(file, &slowed, tempo::SLOW_TEMPO).is_ok() {
        slowed
    } else {
        file.to_path_buf()
    }
}

fn play_all(
    command: &[String],
    list: &List<'_>,
    stop: &AtomicBool,
    slot: &Mutex<Option<std::process::Child>>,
) -> Result<(), PlayError> {
    let program = command.first().cloned().unwrap_or_default();
    for (index, file) in list.files.iter().enumerate().skip(list.start) {
        let file = at_speed(file, index, list.slow_dir);
        list.position.store(index, Ordering::SeqCst);
        {
            let mut slot = slot.lock().unwrap_or_else(PoisonError::into_inner);
            // Checked under the lock, so `stop` never misses a child started after it.
            if stop.load(Ordering::SeqCst) {
                return Ok(());
            }
            let child = Command::new(&program)
                .args(command.get(1..).unwrap_or_default())
                .arg(&file)
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
