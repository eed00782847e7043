//! The real clock, given to the domain by the edges (CLI, GUI); the domain has none of its own.

use crate::consent::{Clock, Timestamp};

/// The operating system's clock, in UTC.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Timestamp {
        Timestamp::now_utc()
    }
}
