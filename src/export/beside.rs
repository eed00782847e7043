//! Writing an export on a second thread while this one reads or builds what
//! comes next: reading the encrypted store (or making entries on every core) and
//! the kernel's copying of the output then overlap rather than take turns.

use std::io::Write;
use std::sync::Mutex;
use std::sync::mpsc::sync_channel;

use rayon::prelude::*;

use crate::consent::Consent;

use super::ExportError;

/// Byte buffers the writing thread hands back once written, to be filled
/// again: fresh memory for every piece had the kernel clear new pages each
/// time, about as costly as making the piece.
#[derive(Debug, Default)]
pub(crate) struct Spare(Mutex<Vec<Vec<u8>>>);

impl Spare {
    /// An empty buffer: one handed back, if there is one.
    pub(crate) fn take(&self) -> Vec<u8> {
        self.0
            .lock()
            .ok()
            .and_then(|mut spare| spare.pop())
            .unwrap_or_default()
    }

    /// Writes `bytes` to `out`, then keeps the emptied buffer for the next piece.
    pub(crate) fn write_and_keep(
        &self,
        mut bytes: Vec<u8>,
        out: &mut dyn Write,
    ) -> std::io::Result<()> {
        out.write_all(&bytes)?;
        bytes.clear();
        if let Ok(mut spare) = self.0.lock() {
            spare.push(bytes);
        }
        Ok(())
    }
}

/// Writes what `make` makes of `consents` (an entry or a row each): made on
/// every core a window at a time (so the export is never all in memory at
/// once), a chunk of consents per task, and written in order on a second thread
/// while the next window is made. `make` adds a chunk's bytes to the buffer it
/// is given, told whether the chunk is the first of all. Returns how many
/// consents were written.
pub(crate) fn write_made_on_every_core(
    consents: &[&Consent],
    out: &mut (dyn Write + Send),
    make: impl Fn(&[&Consent], bool, &mut Vec<u8>) -> Result<(), ExportError> + Sync,
) -> Result<usize, ExportError> {
    const WINDOW: usize = 4_096;
    const CHUNK: usize = 256;
    let spare = &Spare::default();
    write_beside(
        out,
        |send| {
            for (window_index, window) in consents.chunks(WINDOW).enumerate() {
                let made: Result<Vec<Vec<u8>>, ExportError> = window
                    .par_chunks(CHUNK)
                    .enumerate()
                    .map(|(chunk_index, chunk)| {
                        let mut bytes = spare.take();
                        make(chunk, window_index == 0 && chunk_index == 0, &mut bytes)?;
                        Ok(bytes)
                    })
                    .collect();
                // A whole window at a time: the next is made while this one is written.
                send((made?, window.len()))?;
            }
            Ok(())
        },
        |(chunks, consents): (Vec<Vec<u8>>, usize), out| {
            for bytes in chunks {
                spare.write_and_keep(bytes, out)?;
            }
            Ok(consents)
        },
    )
}

/// Runs `produce` here, handing each piece it makes to `write` on a second
/// thread, in order; `write` returns how many records the piece held. Returns
/// how many were written in all. When both sides fail, the writer's error is
/// reported: the producer only stopped because the writer had. The producer's
/// errors may be of a wider type (the central export's reading fails with the
/// database's errors).
pub(crate) fn write_beside<T: Send, E: From<ExportError>>(
    out: &mut (dyn Write + Send),
    produce: impl FnOnce(&mut dyn FnMut(T) -> Result<(), E>) -> Result<(), E>,
    mut write: impl FnMut(T, &mut (dyn Write + Send)) -> Result<usize, ExportError> + Send,
) -> Result<usize, E> {
    std::thread::scope(|scope| {
        // One piece being written, two waiting: a bounded amount in memory.
        let (to_writer, pieces) = sync_channel::<T>(2);
        let writer = std::thread::Builder::new()
            .name("export-writer".into())
            .spawn_scoped(scope, move || -> Result<usize, ExportError> {
                let mut written = 0;
                for piece in pieces {
                    written += write(piece, out)?;
                }
                out.flush()?;
                Ok(written)
            })
            .map_err(|e| E::from(ExportError::Write(e)))?;
        let produced = produce(&mut |piece| {
            to_writer.send(piece).map_err(|_| {
                E::from(ExportError::Write(std::io::Error::other(
                    "the writing thread stopped",
                )))
            })
        });
        drop(to_writer);
        let written = match writer.join() {
            Ok(written) => written,
            Err(panic) => std::panic::resume_unwind(panic),
        };
        let written = written.map_err(E::from)?;
        produced?;
        Ok(written)
    })
}
