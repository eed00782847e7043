//! The kiosk's background sync: a thread (`central-sync`) that looks at the store
//! every second and pushes as soon as anything new is there, so a withdrawal or a
//! concern reaches the central database within seconds. The screen never waits for
//! it: it reads through its own lock-free connection, and staff see only its status.
//!
//! Offline, tries are spaced out (2 s doubling to 5 min); a new event (a withdrawal,
//! a concern, a consent) ends the wait at once, so what happens at the kiosk is
//! tried first whatever the backoff had reached. Chain order is kept: an event goes
//! out with everything sealed before it.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use crate::consent::{Clock, Timestamp};
use crate::store::{Store, StorePaths};

use super::{CentralClient, SyncError, sync};

/// What staff are shown.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SyncStatus {
    /// When the central database last accepted everything this kiosk had.
    pub last_accepted: Option<Timestamp>,
    /// Why the last try failed, when it did (cleared by the next success).
    pub problem: Option<String>,
}

/// How often the store is looked at.
const LOOK_EVERY: Duration = Duration::from_secs(1);
/// The first wait after a failure, doubled after each further one up to [`MAX_WAIT`].
const FIRST_WAIT: Duration = Duration::from_secs(2);
const MAX_WAIT: Duration = Duration::from_secs(300);
/// Even with nothing new, the central side is asked again this often (so staff see
/// a fresh time, and a kiosk restored from a backup finds out).
const CONFIRM_EVERY: Duration = Duration::from_secs(60);

/// Starts the background sync of the store in `paths` to the intake at `url`.
pub fn spawn(
    paths: StorePaths,
    url: String,
    ca_cert: Option<PathBuf>,
    clock: Arc<dyn Clock>,
    status: Arc<Mutex<SyncStatus>>,
) -> std::io::Result<std::thread::JoinHandle<()>> {
    std::thread::Builder::new()
        .name("central-sync".into())
        .spawn(move || {
            let mut worker = Worker {
                paths,
                url,
                ca_cert,
                clock,
                status,
                reader: None,
                client: None,
                sent: None,
                last_seen: None,
                wait: FIRST_WAIT,
                next_try: Instant::now(),
                last_confirmed: None,
            };
            loop {
                worker.look();
                std::thread::sleep(LOOK_EVERY);
            }
        })
}

struct Worker {
    paths: StorePaths,
    url: String,
    ca_cert: Option<PathBuf>,
    clock: Arc<dyn Clock>,
    status: Arc<Mutex<SyncStatus>>,
    reader: Option<Store>,
    client: Option<CentralClient>,
    /// The local heads the central side last accepted.
    sent: Option<(i64, i64)>,
    /// The local heads at the last look.
    last_seen: Option<(i64, i64)>,
    wait: Duration,
    next_try: Instant,
    last_confirmed: Option<Instant>,
}

impl Worker {
    fn look(&mut self) {
        let local = match self.local_heads() {
            Ok(local) => local,
            Err(problem) => {
                self.failed(problem, true);
                return;
            }
        };
        // Something new since the last look is tried at once, whatever the
        // backoff had reached; what is still unsent waits for its next try.
        let changed = self.last_seen != Some(local);
        self.last_seen = Some(local);
        let unsent = self.sent != Some(local);
        let stale = self
            .last_confirmed
            .is_none_or(|at| at.elapsed() >= CONFIRM_EVERY);
        let due = changed || ((unsent || stale) && Instant::now() >= self.next_try);
        if !due {
            return;
        }
        let result = self.client().and_then(|client| {
            let reader = self.reader.as_ref().ok_or_else(|| SyncError::Unreachable {
                url: String::new(),
                why: "the store is not open".into(),
            })?;
            sync(reader, &client)
        });
        match result {
            Ok(_) => {
                self.sent = Some(local);
                self.wait = FIRST_WAIT;
                self.last_confirmed = Some(Instant::now());
                let mut status = self.status.lock().unwrap_or_else(PoisonError::into_inner);
                status.last_accepted = Some(self.clock.now());
                status.problem = None;
            }
            Err(error) => {
                self.sent = None;
                let transient = error.is_transient();
                self.failed(error.to_string(), transient);
            }
        }
    }

    fn local_heads(&mut self) -> Result<(i64, i64), String> {
        if self.reader.is_none() {
            self.reader = Some(Store::open_beside_writer(&self.paths).map_err(|e| e.to_string())?);
        }
        let reader = self
            .reader
            .as_mut()
            .ok_or_else(|| "the store is not open".to_owned())?;
        if let Err(error) = reader.refresh() {
            self.reader = None;
            return Err(error.to_string());
        }
        Ok((reader.event_count(), reader.audit_count()))
    }

    fn client(&mut self) -> Result<CentralClient, SyncError> {
        if let Some(client) = &self.client {
            return Ok(client.clone());
        }
        let client = CentralClient::new(&self.url, self.ca_cert.as_deref())?;
        self.client = Some(client.clone());
        Ok(client)
    }

    /// Waits longer after each failure; a refusal (fork, revoked) waits the longest.
    fn failed(&mut self, problem: String, transient: bool) {
        self.wait = if transient {
            (self.wait * 2).min(MAX_WAIT)
        } else {
            MAX_WAIT
        };
        self.next_try = Instant::now() + self.wait;
        let mut status = self.status.lock().unwrap_or_else(PoisonError::into_inner);
        status.problem = Some(problem);
    }
}
