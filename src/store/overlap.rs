//! Reading, parallel work and ordered work overlapped: while one thread reads the
//! next batch (from SQLite or PostgreSQL), a worker prepares the one before on
//! every core (seals, parsing), and the reading thread settles the prepared batches
//! in order (the chain and the rules). A check of a long log then costs about the
//! slowest of the three rather than their sum. For PostgreSQL, `read_ahead` moves
//! the reading itself to a thread of its own, so the server is never kept waiting
//! while the batches are settled.

use std::sync::mpsc::sync_channel;

/// Feeds every batch `read` produces through `prepare` on a worker thread, then
/// `each` on this thread, in order. `read` calls the function it is given once per
/// batch and stops at its first error. Without a worker thread (none could be
/// started) the three run in turn here.
pub(crate) fn overlapped<B: Send, T: Send, E>(
    read: impl FnOnce(&mut dyn FnMut(B) -> Result<(), E>) -> Result<(), E>,
    prepare: impl Fn(B) -> T + Sync,
    mut each: impl FnMut(T) -> Result<(), E>,
) -> Result<(), E> {
    let prepare = &prepare;
    std::thread::scope(|scope| {
        // One batch waiting for the worker, one being prepared, one being settled.
        let (to_worker, batches) = sync_channel::<B>(1);
        let (to_reader, prepared) = sync_channel::<T>(1);
        let worker = std::thread::Builder::new()
            .name("prepare-batches".into())
            .spawn_scoped(scope, move || {
                for batch in batches {
                    if to_reader.send(prepare(batch)).is_err() {
                        return;
                    }
                }
            });
        let Ok(worker) = worker else {
            return read(&mut |batch| each(prepare(batch)));
        };
        let mut in_flight = 0_usize;
        // Set when the worker is gone (it panicked): its panic is resumed below.
        let mut worker_gone = false;
        let result = read(&mut |batch| {
            if worker_gone || to_worker.send(batch).is_err() {
                worker_gone = true;
                return Ok(());
            }
            in_flight += 1;
            if in_flight > 1 {
                in_flight -= 1;
                match prepared.recv() {
                    Ok(ready) => each(ready)?,
                    Err(_) => worker_gone = true,
                }
            }
            Ok(())
        });
        drop(to_worker);
        let mut result = result;
        while result.is_ok() && in_flight > 0 && !worker_gone {
            in_flight -= 1;
            match prepared.recv() {
                Ok(ready) => result = each(ready),
                Err(_) => worker_gone = true,
            }
        }
        drop(prepared);
        if let Err(panic) = worker.join() {
            std::panic::resume_unwind(panic);
        }
        result
    })
}

/// Why [`read_ahead`]'s reading stopped by itself.
#[derive(Debug, thiserror::Error)]
pub enum ReadAheadError {
    /// No thread could be started for the reading.
    #[error("could not start a thread to read on: {0}")]
    Spawn(std::io::Error),
    /// What was read was no longer wanted (the other side had failed).
    #[error("the reading stopped: what it read was no longer taken")]
    Stopped,
}

/// Runs `read` on a thread of its own and hands what it produces to `each` here,
/// in order, a few pieces ahead. For a reader fed by a server (PostgreSQL's
/// `COPY`): it then goes on taking rows off the socket while this thread is busy,
/// where otherwise the server would wait for the socket to drain. The first
/// error of either side stops both; `each`'s is returned before `read`'s (which
/// then only says that `each` had stopped).
pub(crate) fn read_ahead<P: Send, E: Send + From<ReadAheadError>>(
    read: impl FnOnce(&mut dyn FnMut(P) -> Result<(), E>) -> Result<(), E> + Send,
    mut each: impl FnMut(P) -> Result<(), E>,
) -> Result<(), E> {
    std::thread::scope(|scope| {
        let (to_reader, pieces) = sync_channel::<P>(4);
        let reader = std::thread::Builder::new()
            .name("read-ahead".into())
            .spawn_scoped(scope, move || {
                read(&mut |piece| {
                    to_reader
                        .send(piece)
                        .map_err(|_| E::from(ReadAheadError::Stopped))
                })
            })
            .map_err(|e| E::from(ReadAheadError::Spawn(e)))?;
        let mut settled = Ok(());
        for piece in &pieces {
            settled = each(piece);
            if settled.is_err() {
                break;
            }
        }
        drop(pieces);
        let read = match reader.join() {
            Ok(read) => read,
            Err(panic) => std::panic::resume_unwind(panic),
        };
        settled.and(read)
    })
}

/// [`overlapped`] with the reading on a thread of its own ([`read_ahead`]): for
/// a reader fed by a server, which then never waits while batches are settled.
pub(crate) fn overlapped_reading_ahead<B: Send, T: Send, E: Send + From<ReadAheadError>>(
    read: impl FnOnce(&mut dyn FnMut(B) -> Result<(), E>) -> Result<(), E> + Send,
    prepare: impl Fn(B) -> T + Sync,
    each: impl FnMut(T) -> Result<(), E>,
) -> Result<(), E> {
    overlapped(|feed| read_ahead(read, feed), prepare, each)
}

#[cfg(test)]
mod tests {
    use super::overlapped;

    fn run(batches: u32, fail_at: Option<u32>) -> (Result<(), u32>, Vec<u32>, u32) {
        let mut settled = Vec::new();
        let mut read_count = 0;
        let result = overlapped(
            |each: &mut dyn FnMut(u32) -> Result<(), u32>| {
                for batch in 0..batches {
                    read_count += 1;
                    each(batch)?;
                }
                Ok(())
            },
            |batch| batch * 10,
            |prepared| {
                if Some(prepared / 10) == fail_at {
                    return Err(prepared);
                }
                settled.push(prepared);
                Ok(())
            },
        );
        (result, settled, read_count)
    }

    #[test]
    fn every_batch_is_prepared_and_settled_in_order() {
        let (result, settled, _) = run(50, None);
        assert_eq!(result, Ok(()));
        assert_eq!(settled, (0..50).map(|b| b * 10).collect::<Vec<_>>());
        assert_eq!(run(0, None).1, Vec::<u32>::new());
        assert_eq!(run(1, None).1, vec![0]);
    }

    #[test]
    fn read_ahead_hands_everything_on_in_order_and_stops_at_either_sides_error() {
        use super::{ReadAheadError, read_ahead};

        #[derive(Debug, PartialEq)]
        enum Failed {
            Reading(u32),
            Taking(u32),
            Ahead,
        }
        impl From<ReadAheadError> for Failed {
            fn from(_: ReadAheadError) -> Self {
                Self::Ahead
            }
        }
        let run = |read_fails: Option<u32>, take_fails: Option<u32>| {
            let mut taken = Vec::new();
            let result = read_ahead(
                |ahead: &mut dyn FnMut(u32) -> Result<(), Failed>| {
                    for piece in 0..1_000 {
                        if Some(piece) == read_fails {
                            return Err(Failed::Reading(piece));
                        }
                        ahead(piece)?;
                    }
                    Ok(())
                },
                |piece| {
                    if Some(piece) == take_fails {
                        return Err(Failed::Taking(piece));
                    }
                    taken.push(piece);
                    Ok(())
                },
            );
            (result, taken)
        };
        let (result, taken) = run(None, None);
        assert_eq!(result, Ok(()));
        assert_eq!(taken, (0..1_000).collect::<Vec<_>>());
        // The reader's error comes after everything it read before it.
        let (result, taken) = run(Some(600), None);
        assert_eq!(result, Err(Failed::Reading(600)));
        assert_eq!(taken, (0..600).collect::<Vec<_>>());
        // The taker's error stops the reader, and is the one returned.
        let (result, taken) = run(None, Some(7));
        assert_eq!(result, Err(Failed::Taking(7)));
        assert_eq!(taken, (0..7).collect::<Vec<_>>());
    }

    #[test]
    fn the_first_error_stops_reading_and_is_returned() {
        let (result, settled, read) = run(50, Some(7));
        assert_eq!(result, Err(70));
        assert_eq!(settled, (0..7).map(|b| b * 10).collect::<Vec<_>>());
        // At most one batch beyond the failing one was read.
        assert!(read <= 9, "{read} batches read");
        let (result, settled, _) = run(8, Some(7));
        assert_eq!(result, Err(70));
        assert_eq!(settled.len(), 7);
    }
}
