//! Time is injected: the domain never reads the system clock itself.

use std::sync::Mutex;

use time::OffsetDateTime;

/// A point in time, always UTC.
pub type Timestamp = OffsetDateTime;

/// Where the current time comes from; the application passes one in.
pub trait Clock: Send + Sync {
    /// The current time, in UTC.
    fn now(&self) -> Timestamp;
}

/// A clock that only moves when told to, for tests and demos.
#[derive(Debug)]
pub struct ManualClock {
    now: Mutex<Timestamp>,
}

impl ManualClock {
    /// A clock standing still at `start`.
    pub fn new(start: Timestamp) -> Self {
        Self {
            now: Mutex::new(start),
        }
    }

    /// Moves the clock forward (or back) by `by`.
    pub fn advance(&self, by: time::Duration) {
        let mut now = self.now.lock().unwrap_or_else(|e| e.into_inner());
        *now += by;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Timestamp {
        *self.now.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl<C: Clock + ?Sized> Clock for std::sync::Arc<C> {
    fn now(&self) -> Timestamp {
        (**self).now()
    }
}
