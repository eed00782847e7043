//! Writing an export on a second thread while this one reads or builds what
//! comes next: reading the encrypted store (or making entries on every core) and
//! the kernel's copying of the output then overlap rather than take turns.

use std::io::Write;
use std::sync::mpsc::sync_channel;

use super::ExportError;

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
